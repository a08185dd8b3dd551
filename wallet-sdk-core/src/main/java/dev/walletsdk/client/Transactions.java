/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.TransactionQuery;
import java.util.function.Consumer;

/**
 * Reads a wallet's transaction history, newest first. Thread-safe; every method throws {@link
 * WalletException} on failure.
 */
public interface Transactions {
  /**
   * Lists transactions, fetching pages as the result is consumed.
   *
   * @param query which wallet and which time range
   * @return the transactions
   */
  PagedIterable<Transaction> list(TransactionQuery query);

  /**
   * Lists transactions, building the query in place: {@code list(q ->
   * q.wallet(id).since(lastWeek))}.
   *
   * @param query fills in the query's builder
   * @return the transactions
   * @throws InvalidRequestException if the query is invalid; nothing is sent
   */
  default PagedIterable<Transaction> list(Consumer<TransactionQuery.Builder> query) {
    TransactionQuery.Builder builder = TransactionQuery.builder();
    query.accept(builder);
    return list(builder.build());
  }

  /**
   * Fetches one page.
   *
   * @param query the query, with the cursor of the page to fetch
   * @return the page
   */
  Page<Transaction> page(TransactionQuery query);
}
