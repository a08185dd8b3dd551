/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.QuoteExpiredException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Quote;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;

/** A cross-currency transfer: quote a fixed sell amount, show it, transfer at the quote. */
public final class FxTransferExample {
  private FxTransferExample() {}

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
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.0850"));
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("USD"));
      mock.control().fund(alice.id(), Money.of("500.00", "EUR"));

      Quote quote =
          wallet
              .quotes()
              .create(r -> r.wallet(alice.id()).sell(Money.of("100.00", "EUR")).buy("USD"));
      out.printf(
          "Quote %s: sell %s, buy %s at %s, fee %s, valid until %s%n",
          quote.id(),
          quote.sellAmount(),
          quote.buyAmount(),
          quote.rate().toPlainString(),
          quote.fee(),
          quote.expiresAt());

      Transfer transfer =
          wallet.transfers().create(r -> r.from(alice.id()).to(bob.id()).quote(quote));
      out.printf(
          "Transfer %s: %s debited, %s credited%n",
          transfer.status().name().toLowerCase(),
          transfer.sourceAmount(),
          transfer.destinationAmount());

      Quote stale =
          wallet
              .quotes()
              .create(r -> r.wallet(alice.id()).buy(Money.of("50.00", "USD")).sell("EUR"));
      mock.control().advanceClock(Duration.ofMinutes(2));
      try {
        wallet.transfers().create(r -> r.from(alice.id()).to(bob.id()).quote(stale));
      } catch (QuoteExpiredException e) {
        out.println("Expired quote refused: " + e.code());
      }
    }
  }
}
