/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.Budget;
import dev.walletsdk.model.BudgetId;
import dev.walletsdk.model.BudgetRequest;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.SpendingLine;
import dev.walletsdk.model.SpendingQuery;
import dev.walletsdk.model.WalletId;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * {@link Budgets}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation.
 */
public interface AsyncBudgets {
  /**
   * Fetches one page of a spending analysis.
   *
   * @param query the query, with the cursor of the page to fetch
   * @return the page, when it arrives
   */
  CompletableFuture<Page<SpendingLine>> spendingPage(SpendingQuery query);

  /**
   * Creates a budget.
   *
   * @param request the budget
   * @return the budget, when created
   */
  CompletableFuture<Budget> create(BudgetRequest request);

  /**
   * Reads one page of a wallet's budgets, by id.
   *
   * @param wallet the wallet
   * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the first
   * @param limit the page size, 1 to 100
   * @return the page, when it arrives
   */
  CompletableFuture<Page<Budget>> list(WalletId wallet, @Nullable String cursor, int limit);

  /**
   * Reads a budget.
   *
   * @param id the budget
   * @return the budget, when it arrives
   */
  CompletableFuture<Budget> get(BudgetId id);

  /**
   * Changes a budget's amount.
   *
   * @param id the budget
   * @param amount the new amount, positive, in the budget's currency
   * @return the budget, when changed
   */
  CompletableFuture<Budget> changeAmount(BudgetId id, Money amount);

  /**
   * Deletes a budget.
   *
   * @param id the budget
   * @return completes when deleted
   */
  CompletableFuture<Void> delete(BudgetId id);
}
