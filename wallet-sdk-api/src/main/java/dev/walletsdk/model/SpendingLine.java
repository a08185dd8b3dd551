/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One total of a spending analysis: a merchant category, a merchant or a direction, over one period
 * in one wallet currency, beside the same total of the period before. Totals are exact and net: a
 * payment counts at what left the wallet (FX fee included), a refund counts against its payment's
 * category and merchant in the period it is made, so a total may be negative. Immutable.
 *
 * @param walletId the wallet
 * @param groupBy what the analysis totals by
 * @param key the category code, the merchant id, or {@code in}/{@code out}
 * @param category the category of a category or merchant line, {@code null} by direction
 * @param period the period kind
 * @param periodStart the period's first instant
 * @param periodEnd the first instant after the period
 * @param amount the net total in the period
 * @param previousAmount the net total in the period before
 * @param count the payments (by direction, the movements) in the period, refunds not counted
 * @param merchantAmounts for cross-currency payments, the net the merchants received in their own
 *     currencies, one per currency
 * @param budget the budget of this category, period and currency, if any
 */
public record SpendingLine(
    WalletId walletId,
    SpendingGroup groupBy,
    String key,
    @Nullable String category,
    SpendingPeriod period,
    Instant periodStart,
    Instant periodEnd,
    Money amount,
    Money previousAmount,
    int count,
    List<Money> merchantAmounts,
    @Nullable BudgetLimit budget) {

  /**
   * Checks the members.
   *
   * @param walletId the wallet
   * @param groupBy the grouping
   * @param key the key
   * @param category the category or {@code null}
   * @param period the period kind
   * @param periodStart the start
   * @param periodEnd the end
   * @param amount the total
   * @param previousAmount the previous total
   * @param count the count
   * @param merchantAmounts the merchants' amounts
   * @param budget the budget or {@code null}
   */
  public SpendingLine {
    required(walletId, "SpendingLine.walletId");
    required(groupBy, "SpendingLine.groupBy");
    required(key, "SpendingLine.key");
    required(period, "SpendingLine.period");
    required(periodStart, "SpendingLine.periodStart");
    required(periodEnd, "SpendingLine.periodEnd");
    required(amount, "SpendingLine.amount");
    required(previousAmount, "SpendingLine.previousAmount");
    merchantAmounts = List.copyOf(required(merchantAmounts, "SpendingLine.merchantAmounts"));
  }

  /**
   * Returns the category, on category and merchant lines.
   *
   * @return the ISO 18245 code, or empty by direction
   */
  public Optional<String> categoryCode() {
    return Optional.ofNullable(category);
  }

  /**
   * Returns the budget of a category line.
   *
   * @return the budget's amount and what remains of it, or empty
   */
  public Optional<BudgetLimit> budgetLimit() {
    return Optional.ofNullable(budget);
  }

  /**
   * A budget as a spending line shows it.
   *
   * @param budgetId the budget
   * @param amount its amount
   * @param remaining the amount less the line's total; negative once exceeded
   */
  public record BudgetLimit(BudgetId budgetId, Money amount, Money remaining) {
    /**
     * Checks the members.
     *
     * @param budgetId the budget
     * @param amount its amount
     * @param remaining what remains
     */
    public BudgetLimit {
      required(budgetId, "BudgetLimit.budgetId");
      required(amount, "BudgetLimit.amount");
      required(remaining, "BudgetLimit.remaining");
    }
  }
}
