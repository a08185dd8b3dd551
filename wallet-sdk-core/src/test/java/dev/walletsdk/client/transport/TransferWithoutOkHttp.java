/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.internal.DefaultWalletClient;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.WalletId;
import java.time.Duration;

/**
 * Run by {@link WithoutOkHttpTest} in a JVM of its own, on a class path without OkHttp (argument
 * {@code transfer}) or with OkHttp but without Okio and Kotlin ({@code build}). Prints one line per
 * fact the test checks.
 */
final class TransferWithoutOkHttp {
  private TransferWithoutOkHttp() {}

  public static void main(String[] args) {
    System.out.println("okhttp3.OkHttpClient " + presence("okhttp3.OkHttpClient"));
    System.out.println("kotlin.Unit " + presence("kotlin.Unit"));
    try (MockWalletServer mock = MockWalletServer.inProcess();
        MockHttpServer server = mock.start(0)) {
      WalletClient.Builder builder =
          WalletClient.builder().baseUrl(server.baseUrl().toString()).apiKey(mock.apiKey());
      if (args[0].equals("build")) {
        try {
          builder.build().close();
          System.out.println("built");
        } catch (InvalidRequestException e) {
          System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return;
      }
      WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
      WalletId bob = mock.control().openWallet("Bob", CurrencyCode.EUR);
      mock.control().fund(alice, Money.of("100.00", "EUR"));
      try (WalletClient wallet = builder.build()) {
        System.out.println(
            "transport " + ((DefaultWalletClient) wallet).transport().getClass().getSimpleName());
        Transfer first =
            wallet.transfers().create(r -> r.from(alice).to(bob).amount(Money.of("1.00", "EUR")));
        // A client derived with other timeouts goes through the per-call transport choice too.
        Transfer second =
            wallet
                .withOptions(
                    o -> o.timeouts(Timeouts.of(Duration.ofSeconds(5), Duration.ofSeconds(6))))
                .transfers()
                .create(r -> r.from(alice).to(bob).amount(Money.of("2.50", "EUR")));
        System.out.println("transfer " + first.destinationAmount() + " " + first.status());
        System.out.println("transfer " + second.destinationAmount() + " " + second.status());
      }
      System.out.println("alice " + mock.control().balance(alice, CurrencyCode.EUR));
    }
  }

  private static String presence(String className) {
    try {
      Class.forName(className, false, TransferWithoutOkHttp.class.getClassLoader());
      return "present";
    } catch (ClassNotFoundException e) {
      return "absent";
    }
  }
}
