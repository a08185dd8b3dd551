/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.AsyncPayoutBatches;
import dev.walletsdk.client.PagedIterable;
import dev.walletsdk.client.PayoutBatches;
import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.client.internal.json.PayoutBatchJson;
import dev.walletsdk.client.internal.pipeline.ApiCall;
import dev.walletsdk.client.internal.pipeline.Pipeline;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.PayoutBatch;
import dev.walletsdk.model.PayoutBatchId;
import dev.walletsdk.model.PayoutBatchItem;
import dev.walletsdk.model.PayoutBatchRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The sync and async batch payout resources and their operations. */
final class PayoutBatchResources {
  private PayoutBatchResources() {}

  static ApiCall<PayoutBatch> submit(PayoutBatchRequest request) {
    return ApiCall.<PayoutBatch>post(
            "payoutBatches.submit",
            "/v1/wallets/" + request.walletId().value() + "/payout-batches",
            PayoutBatchJson.write(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .identifiedBy("walletId", request.walletId().value())
        .reading("payout_batch", PayoutBatchJson::batch);
  }

  static ApiCall<PayoutBatch> get(PayoutBatchId id) {
    return ApiCall.<PayoutBatch>get("payoutBatches.get", "/v1/payout-batches/" + id.value())
        .identifiedBy("id", id.value())
        .reading("payout_batch", PayoutBatchJson::batch);
  }

  static ApiCall<Page<PayoutBatchItem>> items(
      PayoutBatchId id, @Nullable String cursor, int limit) {
    return ApiCall.<Page<PayoutBatchItem>>get(
            "payoutBatches.listItems", "/v1/payout-batches/" + id.value() + "/items")
        .query("cursor", cursor)
        .query("limit", limit)
        .reading("list", json -> ModelReaders.page(json, PayoutBatchJson::item));
  }

  /** {@link PayoutBatches} over a pipeline. */
  record Sync(Pipeline pipeline) implements PayoutBatches {
    @Override
    public PayoutBatch submit(PayoutBatchRequest request) {
      return pipeline.execute(
          PayoutBatchResources.submit(Objects.requireNonNull(request, "request")));
    }

    @Override
    public PayoutBatch get(PayoutBatchId id) {
      return pipeline.execute(PayoutBatchResources.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public PagedIterable<PayoutBatchItem> items(PayoutBatchId id) {
      Objects.requireNonNull(id, "id");
      return new LazyPagedIterable<>(
          cursor ->
              pipeline.execute(
                  PayoutBatchResources.items(id, cursor, SyncResources.DEFAULT_PAGE_SIZE)));
    }
  }

  /** {@link AsyncPayoutBatches} over the async calls. */
  record Async(AsyncResources.Calls calls) implements AsyncPayoutBatches {
    @Override
    public CompletableFuture<PayoutBatch> submit(PayoutBatchRequest request) {
      return calls.submit(PayoutBatchResources.submit(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<PayoutBatch> get(PayoutBatchId id) {
      return calls.submit(PayoutBatchResources.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<Page<PayoutBatchItem>> items(
        PayoutBatchId id, @Nullable String cursor, int limit) {
      return calls.submit(
          PayoutBatchResources.items(
              Objects.requireNonNull(id, "id"), cursor, PageLimits.check(limit)));
    }
  }
}
