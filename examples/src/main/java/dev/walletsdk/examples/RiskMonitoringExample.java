/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.PendingReviewException;
import dev.walletsdk.RiskDeclinedException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.RiskFlag;
import dev.walletsdk.model.RiskReason;
import dev.walletsdk.model.RiskReview;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real-time transaction monitoring: the bank's rules hold a large first transfer to a new payee for
 * review (its funds reserved) and decline a burst of payments; a reviewer releases the held
 * transfer, which then completes once, and the feed reports every decision.
 */
public final class RiskMonitoringExample {
  private RiskMonitoringExample() {}

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
    // The bank's rules: hold a first payment of 200.00 EUR or more to anyone new; decline a fourth
    // movement within ten minutes.
    mock.control()
        .addRiskRule(
            mock.control().defaultPartner(),
            "new_payee",
            "hold",
            Map.of("currency", "EUR", "minAmount", "200.00"));
    mock.control()
        .addRiskRule(
            mock.control().defaultPartner(),
            "velocity",
            "decline",
            Map.of("windowSeconds", "600", "maxCount", "3", "reasonCode", "burst"));
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("1000.00", "EUR"));
      pay(wallet, mock, alice, "20.00");
      pay(wallet, mock, alice, "25.00");

      IdempotencyKey key = IdempotencyKey.of("rent-december");
      RiskReview review;
      try {
        transfer(wallet, alice, bob, key);
        throw new IllegalStateException("the first large transfer to Bob was not held");
      } catch (PendingReviewException e) {
        review = e.review();
      }
      out.println(
          "Held for review: "
              + review.amount()
              + " ("
              + codes(review.reasons())
              + "), available "
              + wallet.balances().get(alice.id(), CurrencyCode.EUR).available());

      mock.control().releaseRiskReview(review.id().value());
      Transfer released = transfer(wallet, alice, bob, key);
      out.println(
          "Released: transfer "
              + released.status().name().toLowerCase(java.util.Locale.ROOT)
              + ", review "
              + wallet.riskReviews().get(review.id()).status()
              + ", resource matches: "
              + wallet
                  .riskReviews()
                  .get(review.id())
                  .resultId()
                  .orElseThrow()
                  .equals(released.id().value()));

      try {
        pay(wallet, mock, alice, "10.00");
      } catch (RiskDeclinedException e) {
        out.println("Declined: " + e.code() + " (" + codes(e.reasons()) + ")");
      }
      mock.control().advanceClock(Duration.ofMinutes(10));
      pay(wallet, mock, alice, "10.00");
      out.println(
          "Ten minutes later: paid, available "
              + wallet.balances().get(alice.id(), CurrencyCode.EUR).available());

      for (Event event : wallet.events().list(EventQuery.builder().build())) {
        if (event.data() instanceof RiskFlag flag) {
          out.println(
              "  " + event.type().value() + " " + flag.outcome() + " " + codes(flag.reasons()));
        } else if (event.data() instanceof RiskReview decided) {
          out.println("  " + event.type().value() + " " + decided.status());
        }
      }
      out.println("Audit clean: " + mock.ledger().audit().isClean());
    }
  }

  private static String codes(java.util.List<RiskReason> reasons) {
    return reasons.stream().map(RiskReason::code).collect(Collectors.joining(", "));
  }

  private static Transfer transfer(
      WalletClient wallet, Wallet from, Wallet to, IdempotencyKey key) {
    return wallet
        .transfers()
        .create(
            r ->
                r.from(from.id())
                    .to(to.id())
                    .amount(Money.of("300.00", "EUR"))
                    .idempotencyKey(key));
  }

  private static void pay(WalletClient wallet, MockWalletServer mock, Wallet payer, String amount) {
    wallet
        .payments()
        .create(
            r ->
                r.wallet(payer.id())
                    .merchant(mock.control().demoMerchant())
                    .amount(Money.of(amount, "EUR")));
  }
}
