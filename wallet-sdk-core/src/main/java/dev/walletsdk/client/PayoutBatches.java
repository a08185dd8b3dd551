/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.PayoutBatch;
import dev.walletsdk.model.PayoutBatchId;
import dev.walletsdk.model.PayoutBatchItem;
import dev.walletsdk.model.PayoutBatchRequest;
import java.util.function.Consumer;

/**
 * Batch payouts of business wallets (payroll, supplier runs): one request of 1 to 1,000 items,
 * validated as a whole before anything moves, then run item by item, each item paid by its own
 * transfer or failed with an error code while the others go on. The server runs the batch to the
 * end before it answers, so the {@link PayoutBatch} returned is final: its status, counts and
 * totals do not change, and {@code payout_batch.completed} is in the event feed.
 *
 * <p>One idempotency key covers the whole batch: re-sending the request with the same key (after a
 * timeout, a lost response or a restart) returns the first answer and never pays an item twice; the
 * same key with another body is refused with {@code idempotency_key_reused}.
 *
 * <p>Limits and transaction monitoring apply to each item on its own. No item is held for step-up:
 * one at or above the wallet's step-up threshold fails with {@code step_up_not_supported}.
 *
 * <p>Thread-safe. Each method is one HTTP call, except {@link #items(PayoutBatchId)}, which pages
 * lazily.
 */
public interface PayoutBatches {
  /**
   * Submits a batch and returns it once every item has been paid or has failed.
   *
   * @param request the business wallet, currency and items
   * @return the batch, final
   * @throws InvalidRequestException if the wallet is personal ({@code business_wallet_required}) or
   *     an item is invalid (400, each problem naming its item, for example {@code
   *     /items/17/amount/amount}); nothing moves
   * @throws ConflictException if the key was used for another request ({@code
   *     idempotency_key_reused})
   * @throws WalletException if the call fails otherwise
   */
  PayoutBatch submit(PayoutBatchRequest request);

  /**
   * Submits a batch, building the request in place.
   *
   * @param request fills a {@link PayoutBatchRequest.Builder}
   * @return the batch
   * @throws WalletException as {@link #submit(PayoutBatchRequest)}
   */
  default PayoutBatch submit(Consumer<PayoutBatchRequest.Builder> request) {
    PayoutBatchRequest.Builder builder = PayoutBatchRequest.builder();
    request.accept(builder);
    return submit(builder.build());
  }

  /**
   * Reads a batch.
   *
   * @param id the batch
   * @return the batch
   * @throws NotFoundException if no batch of the caller has the id
   * @throws WalletException if the call fails otherwise
   */
  PayoutBatch get(PayoutBatchId id);

  /**
   * Lists a batch's items in request order, each with its result, fetching pages as iterated.
   *
   * @param id the batch
   * @return the items
   * @throws NotFoundException when iterated, if no batch of the caller has the id
   */
  PagedIterable<PayoutBatchItem> items(PayoutBatchId id);
}
