/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.AsyncBudgets;
import dev.walletsdk.client.Budgets;
import dev.walletsdk.client.PagedIterable;
import dev.walletsdk.client.internal.pipeline.Pipeline;
import dev.walletsdk.model.Budget;
import dev.walletsdk.model.BudgetId;
import dev.walletsdk.model.BudgetRequest;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.SpendingLine;
import dev.walletsdk.model.SpendingQuery;
import dev.walletsdk.model.WalletId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The budgets resource, sync and async. */
final class BudgetResources {
  private BudgetResources() {}

  /** Refuses an amount that is not positive before anything is sent. */
  static Money positive(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() <= 0) {
      throw InvalidRequestException.forField(
          "amount",
          amount.isZero() ? "zero_amount" : "negative_amount",
          "amount must be greater than zero but was " + amount);
    }
    return amount;
  }

  /** The synchronous resource. */
  record Sync(Pipeline pipeline) implements Budgets {
    @Override
    public PagedIterable<SpendingLine> spending(SpendingQuery query) {
      Objects.requireNonNull(query, "query");
      return new LazyPagedIterable<>(cursor -> spendingPage(query.withCursor(cursor)));
    }

    @Override
    public Page<SpendingLine> spendingPage(SpendingQuery query) {
      return pipeline.execute(BudgetOperations.spending(Objects.requireNonNull(query, "query")));
    }

    @Override
    public Budget create(BudgetRequest request) {
      return pipeline.execute(BudgetOperations.create(Objects.requireNonNull(request, "request")));
    }

    @Override
    public PagedIterable<Budget> list(WalletId wallet) {
      Objects.requireNonNull(wallet, "wallet");
      return new LazyPagedIterable<>(
          cursor ->
              pipeline.execute(
                  BudgetOperations.list(wallet, cursor, SyncResources.DEFAULT_PAGE_SIZE)));
    }

    @Override
    public Budget get(BudgetId id) {
      return pipeline.execute(BudgetOperations.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Budget changeAmount(BudgetId id, Money amount) {
      return pipeline.execute(
          BudgetOperations.changeAmount(Objects.requireNonNull(id, "id"), positive(amount)));
    }

    @Override
    public void delete(BudgetId id) {
      pipeline.execute(BudgetOperations.delete(Objects.requireNonNull(id, "id")));
    }
  }

  /** The asynchronous resource. */
  record Async(AsyncResources.Calls calls) implements AsyncBudgets {
    @Override
    public CompletableFuture<Page<SpendingLine>> spendingPage(SpendingQuery query) {
      return calls.submit(BudgetOperations.spending(Objects.requireNonNull(query, "query")));
    }

    @Override
    public CompletableFuture<Budget> create(BudgetRequest request) {
      return calls.submit(BudgetOperations.create(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<Page<Budget>> list(
        WalletId wallet, @Nullable String cursor, int limit) {
      return calls.submit(
          BudgetOperations.list(
              Objects.requireNonNull(wallet, "wallet"), cursor, PageLimits.check(limit)));
    }

    @Override
    public CompletableFuture<Budget> get(BudgetId id) {
      return calls.submit(BudgetOperations.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<Budget> changeAmount(BudgetId id, Money amount) {
      return calls.submit(
          BudgetOperations.changeAmount(Objects.requireNonNull(id, "id"), positive(amount)));
    }

    @Override
    public CompletableFuture<Void> delete(BudgetId id) {
      return calls
          .submit(BudgetOperations.delete(Objects.requireNonNull(id, "id")))
          .thenApply(deleted -> null);
    }
  }
}
