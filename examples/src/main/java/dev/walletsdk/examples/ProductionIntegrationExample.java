/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.client.ApiResponse;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferRequest;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.time.Duration;

/**
 * What a production service adds: its name in the {@code User-Agent}, per-call options (a deadline
 * over all retries, a trace header, an idempotency key derived from its own order id) and the
 * {@code Request-Id} of a successful call for its logs and support tickets.
 */
public final class ProductionIntegrationExample {
  private ProductionIntegrationExample() {}

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
        WalletClient.builder()
            .transport(mock.transport())
            .apiKey(mock.apiKey())
            .appInfo("CheckoutService", "4.2.0", "https://shop.example")
            .build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
      TransferRequest request =
          TransferRequest.builder()
              .from(alice.id())
              .to(bob.id())
              .amount(Money.of("25.50", "EUR"))
              .reference("order-4711")
              .build();

      WalletClient perCall =
          wallet.withOptions(
              o ->
                  o.timeout(Duration.ofSeconds(3))
                      .header("X-Partner-Trace", "trace-0001")
                      .idempotencyKey(IdempotencyKey.of("order-4711")));
      ApiResponse<Transfer> first = perCall.withResponse(c -> c.transfers().create(request));
      ApiResponse<Transfer> again = perCall.withResponse(c -> c.transfers().create(request));

      out.println(
          "Transfer "
              + first.value().sourceAmount()
              + " created with status "
              + first.status()
              + ", request id present: "
              + first.requestId().isPresent());
      out.println(
          "Sent again with the same key: same transfer "
              + again.value().id().equals(first.value().id())
              + ", replayed "
              + again.headers().first("Idempotent-Replayed").orElse("false"));
    }
  }
}
