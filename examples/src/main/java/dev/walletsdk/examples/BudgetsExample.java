/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Budget;
import dev.walletsdk.model.BudgetAlert;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.Quote;
import dev.walletsdk.model.SpendingGroup;
import dev.walletsdk.model.SpendingLine;
import dev.walletsdk.model.SpendingPeriod;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Set a monthly grocery budget, spend across a month boundary (a refund, a payment in dollars),
 * receive the budget alerts, and read the month's spending by category and by direction against the
 * month before.
 */
public final class BudgetsExample {
  private BudgetsExample() {}

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
    MockWalletServer mock =
        MockWalletServer.builder().startAt(Instant.parse("2026-11-27T10:00:00Z")).build();
    MerchantId grocer = mock.control().registerMerchant("Corner Grocer", "5411");
    MerchantId bistro = mock.control().registerMerchant("Bistro", "5812");
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("400.00", "EUR"));
      Budget groceries =
          wallet
              .budgets()
              .create(
                  r ->
                      r.wallet(alice.id())
                          .category("5411")
                          .period(SpendingPeriod.MONTH)
                          .amount(Money.of("100.00", "EUR"))
                          .thresholds(50, 80));

      pay(wallet, alice, grocer, "60.00"); // November
      mock.control().setClock(Instant.parse("2026-12-02T09:00:00Z"));
      pay(wallet, alice, grocer, "45.00");
      Payment big = pay(wallet, alice, grocer, "40.00"); // 85 %: 50 % and 80 % alerts
      wallet.payments().refund(r -> r.payment(big.id()).amount(Money.of("10.00", "EUR")));
      pay(wallet, alice, bistro, "30.00");
      Quote dollars =
          wallet
              .quotes()
              .create(r -> r.wallet(alice.id()).buy(Money.of("22.00", "USD")).sell("EUR"));
      wallet.payments().create(r -> r.wallet(alice.id()).merchant(bistro).quote(dollars));
      pay(wallet, alice, grocer, "30.00"); // 105 %: exceeded

      for (Event event : wallet.events().list(EventQuery.builder().build())) {
        if (event.data() instanceof BudgetAlert alert) {
          out.println(
              event.type()
                  + " "
                  + alert.thresholdReached().stream().mapToObj(t -> t + "% ").findFirst().orElse("")
                  + "spent "
                  + alert.spent()
                  + " of "
                  + alert.amount()
                  + " from "
                  + alert.periodStart());
        }
      }
      out.println("December by category:");
      for (SpendingLine line : spending(wallet, alice, SpendingGroup.CATEGORY)) {
        out.println(
            "  "
                + line.key()
                + " "
                + line.amount()
                + " (November "
                + line.previousAmount()
                + ")"
                + (line.merchantAmounts().isEmpty() ? "" : " paid " + line.merchantAmounts())
                + line.budgetLimit().map(b -> ", budget left " + b.remaining()).orElse(""));
      }
      out.println("December by direction:");
      for (SpendingLine line : spending(wallet, alice, SpendingGroup.DIRECTION)) {
        out.println("  " + line.key() + " " + line.amount() + " in " + line.count() + " movements");
      }
      Budget now = wallet.budgets().get(groceries.id());
      out.println(
          "Budget "
              + now.spent()
              + " spent, alerts "
              + now.thresholdsReached()
              + ", exceeded "
              + now.exceeded());
    }
  }

  private static Iterable<SpendingLine> spending(
      WalletClient wallet, Wallet alice, SpendingGroup group) {
    return wallet
        .budgets()
        .spending(
            q ->
                q.wallet(alice.id())
                    .period(SpendingPeriod.MONTH)
                    .currency(CurrencyCode.EUR)
                    .groupBy(group));
  }

  private static Payment pay(
      WalletClient wallet, Wallet alice, MerchantId merchant, String amount) {
    return wallet
        .payments()
        .create(r -> r.wallet(alice.id()).merchant(merchant).amount(Money.of(amount, "EUR")));
  }
}
