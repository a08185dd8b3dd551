/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.ConflictException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.DataExport;
import dev.walletsdk.model.Erasure;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.time.Instant;

/**
 * A holder's privacy rights: export everything held about them, then erase their personal data once
 * the wallet is empty, while the ledger keeps its entries under the pseudonymous wallet id.
 */
public final class PrivacyExample {
  private PrivacyExample() {}

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
      Wallet zoe =
          wallet.wallets().open(r -> r.displayName("Zoe Example").currency("EUR").reference("c-7"));
      Wallet bank = wallet.wallets().open(r -> r.displayName("Savings").currency("EUR"));
      mock.control().fund(zoe.id(), Money.of("40.00", "EUR"));
      wallet
          .transfers()
          .create(
              r ->
                  r.from(zoe.id())
                      .to(bank.id())
                      .amount(Money.of("15.00", "EUR"))
                      .description("rent"));

      DataExport export = wallet.privacy().export(zoe.id());
      out.println("Exported " + export);

      try {
        wallet.privacy().erase(zoe.id());
      } catch (ConflictException e) {
        out.println("Erasure refused: " + e.code());
      }
      Money left = mock.control().balance(zoe.id(), CurrencyCode.EUR);
      wallet.transfers().create(r -> r.from(zoe.id()).to(bank.id()).amount(left));

      Erasure erasure = wallet.privacy().erase(zoe.id());
      Wallet erased = wallet.wallets().get(zoe.id());
      out.println(
          "Erased at "
              + erasure.erasedAt()
              + "; ledger keeps entries under "
              + (erasure.pseudonym().equals(zoe.id().value()) ? "the wallet id" : "a new id"));
      out.println(
          "Wallet now: " + erased.displayName() + ", " + erased.status().name().toLowerCase());
      out.println("Ledger audit clean: " + mock.ledger().audit().violations().isEmpty());
    }
  }
}
