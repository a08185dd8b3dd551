/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.ChallengeResult;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Step-up authentication for a large transfer: answered by hand from the exception, then inline by
 * a {@code StepUpHandler}. The mock's control plane plays the customer's authenticator app.
 */
public final class StepUpExample {
  private StepUpExample() {}

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
      mock.control().fund(alice.id(), Money.of("5000.00", "EUR"));
      mock.control().setStepUpThreshold(alice.id(), Money.of("1000.00", "EUR"));
      mock.control().enrollTotp(alice.id());

      try {
        wallet
            .transfers()
            .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("2500.00", "EUR")));
      } catch (StepUpRequiredException e) {
        out.println(
            "Step-up required for "
                + e.challenge().amount().orElseThrow()
                + " ("
                + e.challenge().operation()
                + ")");
        String otp = mock.control().currentTotp(alice.id());
        ChallengeResult result = wallet.challenges().confirm(e.challenge(), otp);
        Transfer transfer = result.resultAs(Transfer.class).orElseThrow();
        out.println(
            "Confirmed: transfer "
                + transfer.status().name().toLowerCase()
                + ", "
                + transfer.sourceAmount());
      }

      mock.control().advanceClock(java.time.Duration.ofSeconds(30));
      try (WalletClient inline =
          WalletClient.builder()
              .transport(mock.transport())
              .apiKey(mock.apiKey())
              .stepUpHandler(challenge -> Optional.of(mock.control().currentTotp(alice.id())))
              .build()) {
        Transfer transfer =
            inline
                .transfers()
                .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("1500.00", "EUR")));
        out.println(
            "Inline handler: transfer "
                + transfer.status().name().toLowerCase()
                + ", "
                + transfer.sourceAmount());
      }
      out.println(
          "Alice now has " + wallet.balances().get(alice.id(), CurrencyCode.EUR).available());
    }
  }
}
