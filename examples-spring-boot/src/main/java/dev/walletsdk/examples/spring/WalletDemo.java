/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples.spring;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.spring.WalletHealthIndicator;
import java.io.PrintStream;
import org.springframework.stereotype.Component;

/**
 * The demo: the application's {@link WalletClient} (built by the starter) opens two wallets, moves
 * money and reads balances; the mock then delivers its webhooks to the application's endpoint.
 */
@Component
public class WalletDemo {
  private final WalletClient wallet;
  private final MockWalletServer mock;
  private final ReceivedEvents received;
  private final WalletHealthIndicator health;

  /**
   * Creates the demo; Spring does.
   *
   * @param wallet the client the starter built
   * @param mock the embedded mock ({@code wallet.mock.enabled=true})
   * @param received what the application's event handlers recorded
   * @param health the starter's {@code wallet} health indicator
   */
  public WalletDemo(
      WalletClient wallet,
      MockWalletServer mock,
      ReceivedEvents received,
      WalletHealthIndicator health) {
    this.wallet = wallet;
    this.mock = mock;
    this.received = received;
    this.health = health;
  }

  /**
   * Runs the demo.
   *
   * @param out where to print
   */
  public void run(PrintStream out) {
    out.println("Wallet SDK in Spring Boot, against the embedded mock backend");
    out.println("Health of the wallet platform: " + health.health().getStatus());

    Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("EUR"));
    out.printf("Opened %s (Alice) and %s (Bob)%n", alice.id(), bob.id());
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
    out.println("Funded Alice with 100.00 EUR through the mock's control plane");

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
    printBalance(out, alice);
    printBalance(out, bob);

    // In-process, the mock delivers when asked and returns once every delivery was answered.
    int delivered = mock.webhooks().deliverDue();
    out.println(
        delivered
            + " webhooks delivered to the application's endpoint; those its EventDispatcher"
            + " handles (others, such as wallet.funded, are acknowledged):");
    received.list().forEach(event -> out.println("  " + event));
    out.println("Ledger audit: " + (mock.ledger().audit().isClean() ? "clean" : "VIOLATIONS"));
  }

  private void printBalance(PrintStream out, Wallet holder) {
    Balance balance = wallet.balances().get(holder.id(), CurrencyCode.EUR);
    out.printf("  %-6s available %10s%n", holder.displayName(), balance.available());
  }
}
