/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A holder's budget: a most-to-spend per merchant category, period and currency, with the alert
 * thresholds that already fired in the current period. Changed only under the engine's lock.
 */
public final class BudgetRecord {
  private final String id;
  private final String partnerId;
  private final String walletId;
  private final String category;
  private final SpendingPeriod period;
  private final List<Integer> thresholds;
  private final Instant createdAt;
  private Amount amount;
  private Instant updatedAt;
  private @Nullable Instant firedPeriodStart;
  private final TreeSet<Integer> fired = new TreeSet<>();
  private boolean exceeded;

  BudgetRecord(
      String id,
      String partnerId,
      String walletId,
      String category,
      SpendingPeriod period,
      Amount amount,
      List<Integer> thresholds,
      Instant createdAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.walletId = walletId;
    this.category = category;
    this.period = period;
    this.amount = amount;
    this.thresholds = List.copyOf(thresholds);
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  /**
   * The budget id.
   *
   * @return {@code bgt_…}
   */
  public String id() {
    return id;
  }

  /**
   * The owner.
   *
   * @return the partner id
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * The wallet whose spending it bounds.
   *
   * @return the wallet id
   */
  public String walletId() {
    return walletId;
  }

  /**
   * The merchant category, ISO 18245.
   *
   * @return four digits
   */
  public String category() {
    return category;
  }

  /**
   * The period it resets on.
   *
   * @return the period
   */
  public SpendingPeriod period() {
    return period;
  }

  /**
   * The most to spend per period, in the currency it counts.
   *
   * @return the amount, positive
   */
  public Amount amount() {
    return amount;
  }

  /**
   * The percentages of the amount at which {@code budget.threshold_reached} fires, ascending.
   *
   * @return the thresholds
   */
  public List<Integer> thresholds() {
    return thresholds;
  }

  /**
   * When it was created.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * When its amount last changed.
   *
   * @return the instant
   */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * The thresholds that fired in the period starting at {@code periodStart}.
   *
   * @param periodStart the current period's start
   * @return the thresholds, ascending; empty if none fired in that period
   */
  public List<Integer> firedIn(Instant periodStart) {
    return periodStart.equals(firedPeriodStart) ? List.copyOf(fired) : List.of();
  }

  /**
   * Whether {@code budget.exceeded} fired in the period starting at {@code periodStart}.
   *
   * @param periodStart the current period's start
   * @return {@code true} if it did
   */
  public boolean exceededIn(Instant periodStart) {
    return periodStart.equals(firedPeriodStart) && exceeded;
  }

  void amount(Amount amount, Instant at) {
    this.amount = amount;
    this.updatedAt = at;
  }

  /** Forgets what fired in an earlier period. */
  void enterPeriod(Instant periodStart) {
    if (!periodStart.equals(firedPeriodStart)) {
      firedPeriodStart = periodStart;
      fired.clear();
      exceeded = false;
    }
  }

  /** Marks a threshold fired; returns {@code false} if it had fired already this period. */
  boolean fire(int threshold) {
    return fired.add(threshold);
  }

  /** Marks the budget exceeded; returns {@code false} if it was already this period. */
  boolean exceed() {
    boolean first = !exceeded;
    exceeded = true;
    return first;
  }
}
