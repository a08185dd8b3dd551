/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.Budget;
import dev.walletsdk.model.BudgetId;
import dev.walletsdk.model.BudgetRequest;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.SpendingLine;
import dev.walletsdk.model.SpendingQuery;
import dev.walletsdk.model.WalletId;
import java.util.function.Consumer;

/**
 * Spending analysis and budgets. The analysis totals a wallet's spending in one currency over a UTC
 * day, an ISO week or a calendar month of server time, by merchant category, merchant or direction,
 * beside the period before; refunds are netted against their payment's category and merchant in the
 * period they are made. A budget bounds the net spent per category, period and currency; the
 * platform emits {@code budget.threshold_reached} and {@code budget.exceeded} events, each once per
 * threshold per period, as payments land.
 *
 * <p>Thread-safe. Each method is one HTTP call, except the paging ones, which fetch lazily.
 */
public interface Budgets {
  /**
   * Analyses spending, fetching pages of lines (sorted by key) as the iteration needs them.
   *
   * @param query the wallet, period, currency and grouping
   * @return the lines
   */
  PagedIterable<SpendingLine> spending(SpendingQuery query);

  /**
   * Analyses spending, building the query in place.
   *
   * @param query fills a {@link SpendingQuery.Builder}
   * @return the lines
   * @throws InvalidRequestException if the query is invalid; nothing is sent
   */
  default PagedIterable<SpendingLine> spending(Consumer<SpendingQuery.Builder> query) {
    SpendingQuery.Builder builder = SpendingQuery.builder();
    query.accept(builder);
    return spending(builder.build());
  }

  /**
   * Fetches one page of a spending analysis.
   *
   * @param query the query, with the cursor of the page to fetch
   * @return the page
   * @throws WalletException if the call fails
   */
  Page<SpendingLine> spendingPage(SpendingQuery query);

  /**
   * Creates a budget. Idempotent under retries.
   *
   * @param request the budget
   * @return the budget with its current period
   * @throws InvalidRequestException if a field is invalid; nothing changes
   * @throws ConflictException ({@code budget_exists}) if the wallet has a budget for the same
   *     category, period and currency
   * @throws WalletException if the call fails otherwise
   */
  Budget create(BudgetRequest request);

  /**
   * Creates a budget, building the request in place.
   *
   * @param request fills a {@link BudgetRequest.Builder}
   * @return the budget
   * @throws WalletException as {@link #create(BudgetRequest)}
   */
  default Budget create(Consumer<BudgetRequest.Builder> request) {
    BudgetRequest.Builder builder = BudgetRequest.builder();
    request.accept(builder);
    return create(builder.build());
  }

  /**
   * Lists a wallet's budgets by id, fetching pages lazily.
   *
   * @param wallet the wallet
   * @return the budgets
   */
  PagedIterable<Budget> list(WalletId wallet);

  /**
   * Reads a budget with its current period.
   *
   * @param id the budget
   * @return the budget
   * @throws NotFoundException if it does not exist or belongs to another partner
   * @throws WalletException if the call fails otherwise
   */
  Budget get(BudgetId id);

  /**
   * Changes a budget's amount; alerts that fired this period stay fired. Idempotent under retries.
   *
   * @param id the budget
   * @param amount the new amount, positive, in the budget's currency
   * @return the budget
   * @throws InvalidRequestException if the amount is not positive (nothing is sent) or in another
   *     currency ({@code currency_mismatch}; nothing changes)
   * @throws NotFoundException if the budget does not exist
   * @throws WalletException if the call fails otherwise
   */
  Budget changeAmount(BudgetId id, Money amount);

  /**
   * Deletes a budget. Idempotent under retries.
   *
   * @param id the budget
   * @throws NotFoundException if it does not exist
   * @throws WalletException if the call fails otherwise
   */
  void delete(BudgetId id);
}
