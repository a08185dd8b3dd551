/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The data of {@link EventType#BUDGET_THRESHOLD_REACHED} and {@link EventType#BUDGET_EXCEEDED}: a
 * payment took a budget's net spending in its period to one of its thresholds, or above its amount.
 * Each fires once per threshold per period. Immutable.
 *
 * @param budgetId the budget
 * @param walletId the wallet
 * @param category the budget's merchant category
 * @param period the budget's period kind
 * @param periodStart the period's first instant
 * @param periodEnd the first instant after it
 * @param amount the budget's amount
 * @param spent the net spent in the period once the payment landed
 * @param threshold the percentage reached, or {@code null} when exceeded
 * @param paymentId the payment that brought it about
 */
public record BudgetAlert(
    BudgetId budgetId,
    WalletId walletId,
    String category,
    SpendingPeriod period,
    Instant periodStart,
    Instant periodEnd,
    Money amount,
    Money spent,
    @Nullable Integer threshold,
    PaymentId paymentId)
    implements Resource {

  /**
   * Checks the members.
   *
   * @param budgetId the budget
   * @param walletId the wallet
   * @param category the category
   * @param period the period
   * @param periodStart the start
   * @param periodEnd the end
   * @param amount the amount
   * @param spent what is spent
   * @param threshold the threshold or {@code null}
   * @param paymentId the payment
   */
  public BudgetAlert {
    required(budgetId, "BudgetAlert.budgetId");
    required(walletId, "BudgetAlert.walletId");
    required(category, "BudgetAlert.category");
    required(period, "BudgetAlert.period");
    required(periodStart, "BudgetAlert.periodStart");
    required(periodEnd, "BudgetAlert.periodEnd");
    required(amount, "BudgetAlert.amount");
    required(spent, "BudgetAlert.spent");
    required(paymentId, "BudgetAlert.paymentId");
  }

  /**
   * Returns the threshold reached.
   *
   * @return the percentage, or empty for {@code budget.exceeded}
   */
  public OptionalInt thresholdReached() {
    return threshold == null ? OptionalInt.empty() : OptionalInt.of(threshold);
  }
}
