/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.Page;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.TransactionQuery;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Transactions}, asynchronously, one page per future; see {@link AsyncWalletClient}.
 * Thread-safe.
 */
public interface AsyncTransactions {
  /**
   * Fetches one page; pass {@code query.withCursor(page.nextCursor())} for the next.
   *
   * @param query the query, with the cursor of the page to fetch
   * @return the page
   */
  CompletableFuture<Page<Transaction>> page(TransactionQuery query);
}
