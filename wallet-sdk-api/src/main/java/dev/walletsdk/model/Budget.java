/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.List;

/**
 * A holder's budget for a merchant category and period, with its current period: the net spent so
 * far, what remains, and the alerts that fired. Immutable.
 *
 * @param id the budget's id
 * @param walletId the wallet
 * @param category the ISO 18245 merchant category code
 * @param period the period it resets on
 * @param amount the most to spend per period
 * @param thresholds the percentages of the amount at which {@code budget.threshold_reached} fires
 * @param periodStart the current period's first instant
 * @param periodEnd the first instant after it
 * @param spent the net spent in the category in the current period
 * @param remaining the amount less what is spent; negative once exceeded
 * @param thresholdsReached the thresholds that fired in the current period
 * @param exceeded whether {@code budget.exceeded} fired in the current period
 * @param createdAt when it was created
 * @param updatedAt when its amount last changed
 */
public record Budget(
    BudgetId id,
    WalletId walletId,
    String category,
    SpendingPeriod period,
    Money amount,
    List<Integer> thresholds,
    Instant periodStart,
    Instant periodEnd,
    Money spent,
    Money remaining,
    List<Integer> thresholdsReached,
    boolean exceeded,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Checks the members.
   *
   * @param id the id
   * @param walletId the wallet
   * @param category the category
   * @param period the period
   * @param amount the amount
   * @param thresholds the thresholds
   * @param periodStart the start
   * @param periodEnd the end
   * @param spent what is spent
   * @param remaining what remains
   * @param thresholdsReached the thresholds fired
   * @param exceeded whether exceeded
   * @param createdAt created
   * @param updatedAt updated
   */
  public Budget {
    required(id, "Budget.id");
    required(walletId, "Budget.walletId");
    required(category, "Budget.category");
    required(period, "Budget.period");
    required(amount, "Budget.amount");
    thresholds = List.copyOf(required(thresholds, "Budget.thresholds"));
    required(periodStart, "Budget.periodStart");
    required(periodEnd, "Budget.periodEnd");
    required(spent, "Budget.spent");
    required(remaining, "Budget.remaining");
    thresholdsReached = List.copyOf(required(thresholdsReached, "Budget.thresholdsReached"));
    required(createdAt, "Budget.createdAt");
    required(updatedAt, "Budget.updatedAt");
  }
}
