/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.client.AsyncWalletClient;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Asynchronous calls: ten transfers in flight at once on the application's own executor, over the
 * same pipeline (idempotency keys, retries) as synchronous calls.
 */
public final class AsyncExample {
  private AsyncExample() {}

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
    ExecutorService executor = Executors.newFixedThreadPool(4);
    try (WalletClient wallet =
        WalletClient.builder()
            .transport(mock.transport())
            .apiKey(mock.apiKey())
            .asyncExecutor(executor)
            .build()) {
      AsyncWalletClient async = wallet.async();
      Wallet alice = async.wallets().open(r -> r.displayName("Alice").currency("EUR")).join();
      Wallet bob = async.wallets().open(r -> r.displayName("Bob").currency("EUR")).join();
      mock.control().fund(alice.id(), Money.of("100.00", "EUR"));

      List<CompletableFuture<Transfer>> transfers = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        String reference = "split-" + i;
        transfers.add(
            async
                .transfers()
                .create(
                    r ->
                        r.from(alice.id())
                            .to(bob.id())
                            .amount(Money.of("2.50", "EUR"))
                            .reference(reference)));
      }
      CompletableFuture.allOf(transfers.toArray(CompletableFuture[]::new)).join();
      out.println(transfers.size() + " transfers completed concurrently");

      async
          .balances()
          .get(bob.id(), CurrencyCode.EUR)
          .thenAccept(balance -> out.println("Bob received " + balance.total()))
          .join();
    } finally {
      executor.shutdown();
    }
  }
}
