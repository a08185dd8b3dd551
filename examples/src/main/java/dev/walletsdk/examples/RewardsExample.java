/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.RedemptionRate;
import dev.walletsdk.model.RewardsAccount;
import dev.walletsdk.model.RewardsEntry;
import dev.walletsdk.model.RewardsRedemption;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Earn rewards points on two purchases, lose some to a partial refund, try to redeem too many, then
 * redeem whole blocks into money and read the points history.
 */
public final class RewardsExample {
  private RewardsExample() {}

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
    // The bank's programme: 2 points per euro spent; 100 points redeem for 1.00 EUR.
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 2);
    mock.control().setRewardsRedemptionRate(100, Money.of("1.00", "EUR"));
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("500.00", "EUR"));

      Payment groceries = pay(wallet, mock, alice, "84.99");
      pay(wallet, mock, alice, "120.00");
      wallet.payments().refund(r -> r.payment(groceries.id()).amount(Money.of("20.00", "EUR")));
      RewardsAccount account = wallet.rewards().account(alice.id());
      out.println(
          "Points: "
              + account.points()
              + " (earned "
              + account.earned()
              + ", reversed "
              + account.reversed()
              + ")");

      try {
        wallet.rewards().redeem(r -> r.wallet(alice.id()).points(500).currency(CurrencyCode.EUR));
      } catch (InsufficientFundsException e) {
        out.println("Refused: " + e.code());
      }

      RedemptionRate rate =
          wallet.rewards().program().redemptionRate(CurrencyCode.EUR).orElseThrow();
      long blocks = account.points() / rate.points() * rate.points();
      RewardsRedemption redemption =
          wallet
              .rewards()
              .redeem(r -> r.wallet(alice.id()).points(blocks).currency(CurrencyCode.EUR));
      out.println("Redeemed " + redemption.points() + " points for " + redemption.amount());

      for (RewardsEntry entry : wallet.rewards().history(alice.id())) {
        out.println(
            "  "
                + entry.type().name().toLowerCase(Locale.ROOT)
                + " "
                + entry.points()
                + " -> "
                + entry.balanceAfter());
      }
      out.println(
          "Balance "
              + wallet.balances().get(alice.id(), CurrencyCode.EUR).available()
              + ", audit clean: "
              + mock.ledger().audit().isClean());
    }
  }

  private static Payment pay(
      WalletClient wallet, MockWalletServer mock, Wallet payer, String amount) {
    return wallet
        .payments()
        .create(
            r ->
                r.wallet(payer.id())
                    .merchant(mock.control().demoMerchant())
                    .amount(Money.of(amount, "EUR")));
  }
}
