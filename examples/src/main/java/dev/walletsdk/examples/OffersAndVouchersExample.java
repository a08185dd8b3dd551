/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Offer;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.Voucher;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * A merchant-funded offer: a voucher below the minimum spend is refused, then redeemed at payment
 * (the holder pays the amount less the discount, points are earned on what the holder paid), a full
 * refund restores it, and the clock expires it when the offer ends.
 */
public final class OffersAndVouchersExample {
  private OffersAndVouchersExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Instant start = Instant.parse("2026-06-01T09:00:00Z");
    MockWalletServer mock = MockWalletServer.builder().startAt(start).build();
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      mock.control().setRewardsEarnRule(CurrencyCode.EUR, 10);
      MerchantId grocer = mock.control().registerMerchant("Corner Grocer", "5411");
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("100.00", "EUR"));

      Offer offer =
          wallet
              .offers()
              .create(
                  r ->
                      r.merchant(grocer)
                          .title("15 % off your weekly shop")
                          .currency(CurrencyCode.EUR)
                          .percentOff(15)
                          .minimumSpend(Money.of("20.00", "EUR"))
                          .validUntil(start.plus(Duration.ofDays(30))));
      Voucher voucher = wallet.offers().issue(offer.id(), alice.id());
      out.println("Issued " + voucher.title() + ": " + voucher.status());

      try {
        pay(wallet, alice, grocer, voucher, "12.00");
      } catch (InvalidRequestException e) {
        out.println("Refused: " + e.code());
      }
      Payment paid = pay(wallet, alice, grocer, voucher, "33.33");
      out.println(
          "Paid "
              + paid.amount()
              + ": discount "
              + paid.discount().orElseThrow()
              + ", holder paid "
              + paid.debitedAmount()
              + ", points "
              + mock.control().rewardsPoints(alice.id()));
      try {
        pay(wallet, alice, grocer, voucher, "40.00");
      } catch (ConflictException e) {
        out.println("Refused: " + e.code());
      }

      wallet.payments().refund(r -> r.payment(paid.id()));
      out.println("Refunded in full: voucher " + wallet.vouchers().get(voucher.id()).status());

      mock.control().advanceClock(Duration.ofDays(30));
      for (Voucher held : wallet.vouchers().list(alice.id())) {
        out.println("  " + held.id().equals(voucher.id()) + " " + held.status());
      }
      out.println(
          "Balance "
              + wallet.balances().get(alice.id(), CurrencyCode.EUR).available()
              + ", audit clean: "
              + mock.ledger().audit().isClean());
    }
  }

  private static Payment pay(
      WalletClient wallet, Wallet from, MerchantId merchant, Voucher voucher, String amount) {
    return wallet
        .payments()
        .create(
            r ->
                r.wallet(from.id())
                    .merchant(merchant)
                    .amount(Money.of(amount, "EUR"))
                    .voucher(voucher.id()));
  }
}
