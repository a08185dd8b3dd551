/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.Page;
import dev.walletsdk.model.PayoutBatch;
import dev.walletsdk.model.PayoutBatchId;
import dev.walletsdk.model.PayoutBatchItem;
import dev.walletsdk.model.PayoutBatchRequest;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * {@link PayoutBatches}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation.
 */
public interface AsyncPayoutBatches {
  /**
   * Submits a batch.
   *
   * @param request the business wallet, currency and items
   * @return the batch, final, when every item has been paid or has failed
   */
  CompletableFuture<PayoutBatch> submit(PayoutBatchRequest request);

  /**
   * Reads a batch.
   *
   * @param id the batch
   * @return the batch, when it arrives
   */
  CompletableFuture<PayoutBatch> get(PayoutBatchId id);

  /**
   * Reads one page of a batch's items, in request order.
   *
   * @param id the batch
   * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the first
   * @param limit the page size, 1 to 100
   * @return the page, when it arrives
   */
  CompletableFuture<Page<PayoutBatchItem>> items(
      PayoutBatchId id, @Nullable String cursor, int limit);
}
