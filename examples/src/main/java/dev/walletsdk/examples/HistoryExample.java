/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.TransactionQuery;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * Transaction history: one page at a time with cursors, or all of it as a lazily fetched stream.
 */
public final class HistoryExample {
  private HistoryExample() {}

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
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
      for (int i = 1; i <= 12; i++) {
        String reference = "rent-" + i;
        wallet
            .transfers()
            .create(
                r ->
                    r.from(alice.id())
                        .to(bob.id())
                        .amount(Money.of("1.00", "EUR"))
                        .reference(reference));
      }

      Page<Transaction> first =
          wallet
              .transactions()
              .page(TransactionQuery.builder().wallet(alice.id()).limit(5).build());
      out.println(
          "First page: "
              + first.data().stream()
                  .map(t -> t.reference().orElse("-"))
                  .collect(Collectors.joining(", "))
              + (first.hasMore() ? " …" : ""));

      long count = wallet.transactions().list(q -> q.wallet(alice.id()).limit(5)).stream().count();
      Money out12 =
          wallet.transactions().list(q -> q.wallet(alice.id())).stream()
              .filter(t -> t.type().name().equals("TRANSFER_OUT"))
              .map(Transaction::amount)
              .reduce(Money.of("0.00", "EUR"), Money::plus);
      out.println("All " + count + " transactions fetched page by page; sent in total " + out12);
    }
  }
}
