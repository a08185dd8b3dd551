/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;

/** Multi-currency balances: available, pending and total per currency held. */
public final class BalancesExample {
  private BalancesExample() {}

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
      Wallet alice =
          wallet.wallets().open(r -> r.displayName("Alice").currency("EUR").currency("JPY"));
      mock.control().fund(alice.id(), Money.of("120.50", "EUR"));
      mock.control().fund(alice.id(), Money.of("15000", "JPY"));

      for (Balance balance : wallet.balances().list(alice.id())) {
        out.printf(
            "%s: available %s, pending %s, total %s%n",
            balance.currency(), balance.available(), balance.pending(), balance.total());
      }
      Balance usd = wallet.balances().get(alice.id(), CurrencyCode.USD);
      out.println("USD (not held): total " + usd.total());
    }
  }
}
