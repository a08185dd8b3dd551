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
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;

/**
 * The quick start: open two wallets, fund one, read balances, transfer, read balances again —
 * against the embedded mock backend, through the real client pipeline.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the quick start.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    MockWalletServer mock = MockWalletServer.inProcess();
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      out.println("Wallet SDK quick start, against the in-process mock backend");

      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("EUR"));
      out.printf("Opened %s (%s) and %s (%s)%n", alice.id(), "Alice", bob.id(), "Bob");

      mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
      out.println("Funded Alice with 100.00 EUR through the mock's control plane");

      out.println("Balances before the transfer:");
      printBalance(out, wallet, alice);
      printBalance(out, wallet, bob);

      Transfer transfer =
          wallet
              .transfers()
              .create(
                  r ->
                      r.from(alice.id())
                          .to(bob.id())
                          .amount(Money.of("25.50", "EUR"))
                          .reference("invoice-42"));
      out.printf(
          "Transfer %s %s: %s from Alice to Bob%n",
          transfer.id(), transfer.status().name().toLowerCase(), transfer.sourceAmount());

      out.println("Balances after the transfer:");
      printBalance(out, wallet, alice);
      printBalance(out, wallet, bob);

      out.println("Ledger audit: " + (mock.ledger().audit().isClean() ? "clean" : "VIOLATIONS"));
    }
  }

  private static void printBalance(PrintStream out, WalletClient wallet, Wallet holder) {
    Balance balance = wallet.balances().get(holder.id(), CurrencyCode.EUR);
    out.printf(
        "  %-6s available %10s   pending %10s   total %10s%n",
        holder.displayName(), balance.available(), balance.pending(), balance.total());
  }
}
