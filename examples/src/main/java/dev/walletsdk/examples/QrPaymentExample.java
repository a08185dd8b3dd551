/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.ConflictException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentToken;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.PointOfInitiation;
import dev.walletsdk.qr.QrFormatException;
import dev.walletsdk.qr.Tip;
import java.io.PrintStream;
import java.time.Duration;

/**
 * QR payments both ways: the shop shows an EMVCo code that the customer's app scans and pays, and
 * the customer shows a one-time payment token that the shop scans and redeems.
 */
public final class QrPaymentExample {
  private QrPaymentExample() {}

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
    MockWalletServer mock = MockWalletServer.inProcess();
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("SGD"));
      mock.control().fund(alice.id(), Money.of("50.00", "SGD"));

      // The shop's till prints a static code that asks the payer for the amount and a tip.
      String printed =
          MerchantQr.builder()
              .pointOfInitiation(PointOfInitiation.STATIC)
              .merchantAccount(MerchantAccount.walletMerchant(mock.control().demoMerchant()))
              .merchantCategoryCode("5814")
              .currency(CurrencyCode.SGD)
              .tip(Tip.prompt())
              .countryCode("SG")
              .merchantName("Kopi Corner")
              .merchantCity("Singapore")
              .build()
              .payload();
      out.println("Shop code: " + printed);

      MerchantQr scanned = MerchantQr.parse(printed);
      Payment paid =
          wallet
              .payments()
              .payQr(
                  r ->
                      r.wallet(alice.id())
                          .qr(scanned)
                          .amount(Money.of("4.80", "SGD"))
                          .tip(Money.of("0.50", "SGD")));
      out.println("Paid " + paid.amount() + " to " + scanned.merchantName());

      String damaged = printed.replace("5303702", "5303703");
      try {
        MerchantQr.parse(damaged);
      } catch (QrFormatException e) {
        out.println("Damaged code refused: " + e.getMessage());
      }

      // The customer shows a one-time token; the shop scans it and collects once.
      PaymentToken token =
          wallet.payments().createToken(r -> r.wallet(alice.id()).lifetime(Duration.ofSeconds(30)));
      out.println("Token valid until " + token.expiresAt() + " (server time)");
      Payment collected =
          wallet
              .payments()
              .redeemToken(
                  r ->
                      r.payload(token.payload())
                          .merchant(mock.control().demoMerchant())
                          .amount(Money.of("12.00", "SGD"))
                          .reference("till-3"));
      out.println("Shop collected " + collected.amount());
      try {
        wallet
            .payments()
            .redeemToken(
                r ->
                    r.payload(token.payload())
                        .merchant(mock.control().demoMerchant())
                        .amount(Money.of("12.00", "SGD")));
      } catch (ConflictException e) {
        out.println("Second scan refused: " + e.code());
      }
      out.println("Balance: " + wallet.balances().get(alice.id(), CurrencyCode.SGD).available());
    }
  }
}
