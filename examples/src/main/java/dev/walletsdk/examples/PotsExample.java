/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Pot;
import dev.walletsdk.model.PotMove;
import dev.walletsdk.model.RecurrenceInterval;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Save into a pot with a target and a weekly sweep: a deposit, two sweeps that reach the target, a
 * sweep the wallet cannot cover, a refused close, then empty and close the pot.
 */
public final class PotsExample {
  private PotsExample() {}

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
        MockWalletServer.builder().startAt(Instant.parse("2026-06-01T09:00:00Z")).build();
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("200.00", "EUR"));

      Pot holiday =
          wallet
              .pots()
              .create(
                  r ->
                      r.wallet(alice.id())
                          .name("Holiday")
                          .currency(CurrencyCode.EUR)
                          .target(Money.of("150.00", "EUR"))
                          .sweep(Money.of("50.00", "EUR"), RecurrenceInterval.WEEKLY));
      PotMove deposit = wallet.pots().deposit(holiday.id(), Money.of("60.00", "EUR"));
      out.println(
          "Deposited "
              + deposit.amount()
              + ": pot "
              + deposit.potBalanceAfter()
              + ", available "
              + deposit.availableAfter());

      mock.control().advanceClock(Duration.ofDays(21)); // two sweeps, then one it cannot cover
      Pot swept = wallet.pots().get(holiday.id());
      out.println(
          "After three weeks: pot "
              + swept.balance()
              + ", last sweep "
              + swept.lastSweep().orElseThrow().failureCode().orElse("succeeded"));
      Balance balance = wallet.balances().get(alice.id(), CurrencyCode.EUR);
      out.println("Available " + balance.available() + ", in pots " + balance.inPots());

      try {
        wallet.pots().withdraw(holiday.id(), Money.of("500.00", "EUR"));
      } catch (InsufficientFundsException e) {
        out.println("Refused: " + e.code());
      }
      try {
        wallet.pots().close(holiday.id());
      } catch (ConflictException e) {
        out.println("Refused: " + e.code());
      }
      wallet.pots().withdraw(holiday.id(), swept.balance());
      out.println("Closed: " + wallet.pots().close(holiday.id()).status());

      for (Transaction t : wallet.transactions().list(q -> q.wallet(alice.id()).limit(5))) {
        out.println("  " + t.type().name().toLowerCase(Locale.ROOT) + " " + t.amount());
      }
      out.println(
          "Balance "
              + wallet.balances().get(alice.id(), CurrencyCode.EUR).available()
              + ", audit clean: "
              + mock.ledger().audit().isClean());
    }
  }
}
