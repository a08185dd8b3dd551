/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates membership tiers. A wallet's tier is evaluated after each of its merchant payments and
 * refunds (up or down), when its partner's tier table changes, and on the platform clock when a
 * payment leaves the rolling window of a wallet above the lowest tier. Every evaluation runs inside
 * a journaled command (the payment, refund, control operation or the command before which due work
 * runs), so replaying the journal reproduces every change at the same instant. Every method runs
 * under the engine's lock.
 */
public final class MembershipService {
  /** Payments older than this never count again, whatever window a table sets later. */
  private static final Duration KEPT = Duration.ofDays(MembershipTable.MAX_WINDOW_DAYS);

  /**
   * What counts toward a wallet's tier now.
   *
   * @param spend the rolling spend in the table's currency
   * @param points the points earned on payments in the window, net of reversals
   * @param nextExpiry when the oldest counted payment leaves the window, if any counts
   */
  public record Progress(Amount spend, long points, Optional<Instant> nextExpiry) {}

  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   */
  public MembershipService(Engine engine) {
    this.engine = engine;
  }

  /**
   * Computes what counts toward a wallet's tier now, without changing anything: its merchant
   * payments made less than the window ago, for spend only those debited in the table's currency,
   * each counting what the wallet paid (fees included) less what refunds credited back, and for
   * points each payment's points earned less those reversed.
   *
   * @param wallet the wallet
   * @return the progress
   */
  public Progress progress(WalletRecord wallet) {
    MembershipTable table = engine.membership().table(wallet.partnerId());
    Instant now = engine.clock().now();
    long spend = 0;
    long points = 0;
    Instant nextExpiry = null;
    for (PaymentRecord payment : engine.membership().windowPayments(wallet.id())) {
      Instant expiry = payment.createdAt().plus(table.window());
      if (!expiry.isAfter(now)) {
        continue;
      }
      if (nextExpiry == null) {
        nextExpiry = expiry;
      }
      if (payment.debited().currency() == table.currency()) {
        spend = Math.addExact(spend, payment.debited().minor() - payment.refundedDebit().minor());
      }
      points = Math.addExact(points, payment.pointsEarned() - payment.pointsReversed());
    }
    return new Progress(
        Amount.of(table.currency(), spend), points, Optional.ofNullable(nextExpiry));
  }

  /**
   * Counts a payment that just landed toward its wallet's tier and evaluates the tier.
   *
   * @param payment the payment, its points recorded
   */
  public void paymentLanded(PaymentRecord payment) {
    WalletRecord wallet = engine.wallet(payment.walletId()).orElseThrow();
    engine.membership().member(wallet).window().addLast(payment);
    evaluate(wallet, "payment");
  }

  /**
   * Evaluates a wallet's tier after a refund of one of its payments.
   *
   * @param payment the refunded payment
   */
  public void refundLanded(PaymentRecord payment) {
    evaluate(engine.wallet(payment.walletId()).orElseThrow(), "refund");
  }

  /**
   * Sets a partner's tier table and evaluates each of its wallets that ever paid.
   *
   * @param partnerId the partner
   * @param table a valid table
   */
  public void configure(String partnerId, MembershipTable table) {
    engine.membership().table(partnerId, table);
    for (MembershipBook.Member member : List.copyOf(engine.membership().members())) {
      WalletRecord wallet = engine.wallet(member.walletId()).orElseThrow();
      if (wallet.partnerId().equals(partnerId)) {
        evaluate(wallet, "tiers_changed");
      }
    }
  }

  /**
   * Evaluates every wallet above the lowest tier whose oldest counted payment has left the window
   * since its last evaluation. The clock's scheduler calls it; use under the lock.
   */
  public void runDue() {
    Instant now = engine.clock().now();
    String lowest = MembershipTable.NAMES.get(0);
    for (MembershipBook.Member member : List.copyOf(engine.membership().members())) {
      Instant due = member.nextCheck();
      if (!member.tier().equals(lowest) && due != null && !due.isAfter(now)) {
        evaluate(engine.wallet(member.walletId()).orElseThrow(), "window_rolled");
      }
    }
  }

  private void evaluate(WalletRecord wallet, String cause) {
    MembershipBook.Member member = engine.membership().member(wallet);
    Instant now = engine.clock().now();
    Deque<PaymentRecord> window = member.window();
    while (!window.isEmpty() && !window.peekFirst().createdAt().plus(KEPT).isAfter(now)) {
      window.removeFirst();
    }
    MembershipTable table = engine.membership().table(wallet.partnerId());
    Progress progress = progress(wallet);
    member.nextCheck(progress.nextExpiry().orElse(null));
    String to = table.qualified(progress.spend().minor(), progress.points()).name();
    String from = member.tier();
    if (to.equals(from)) {
      return;
    }
    member.changed(to, now);
    TierChangeRecord change =
        new TierChangeRecord(
            engine.ids().next("mtc_"),
            wallet.partnerId(),
            wallet.id(),
            from,
            to,
            cause,
            progress.spend(),
            progress.points(),
            now);
    engine.membership().record(change);
    engine.emit(new DomainEvent.MembershipTierChanged(wallet.partnerId(), change));
  }
}
