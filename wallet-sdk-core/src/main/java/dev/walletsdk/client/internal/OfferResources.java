/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.AsyncOffers;
import dev.walletsdk.client.AsyncVouchers;
import dev.walletsdk.client.Offers;
import dev.walletsdk.client.PagedIterable;
import dev.walletsdk.client.Vouchers;
import dev.walletsdk.client.internal.pipeline.Pipeline;
import dev.walletsdk.model.Offer;
import dev.walletsdk.model.OfferId;
import dev.walletsdk.model.OfferRequest;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Voucher;
import dev.walletsdk.model.VoucherId;
import dev.walletsdk.model.WalletId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The sync and async offer and voucher resources. */
final class OfferResources {
  private OfferResources() {}

  /** {@link Offers} over a pipeline. */
  record SyncOffers(Pipeline pipeline) implements Offers {
    @Override
    public Offer create(OfferRequest request) {
      return pipeline.execute(OfferOperations.create(Objects.requireNonNull(request, "request")));
    }

    @Override
    public Offer get(OfferId id) {
      return pipeline.execute(OfferOperations.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Voucher issue(OfferId offer, WalletId wallet) {
      return pipeline.execute(
          OfferOperations.issue(
              Objects.requireNonNull(offer, "offer"), Objects.requireNonNull(wallet, "wallet")));
    }
  }

  /** {@link Vouchers} over a pipeline. */
  record SyncVouchers(Pipeline pipeline) implements Vouchers {
    @Override
    public PagedIterable<Voucher> list(WalletId wallet) {
      Objects.requireNonNull(wallet, "wallet");
      return new LazyPagedIterable<>(
          cursor ->
              pipeline.execute(
                  OfferOperations.list(wallet, cursor, SyncResources.DEFAULT_PAGE_SIZE)));
    }

    @Override
    public Voucher get(VoucherId id) {
      return pipeline.execute(OfferOperations.get(Objects.requireNonNull(id, "id")));
    }
  }

  /** {@link AsyncOffers} over the async calls. */
  record AsyncOffersOver(AsyncResources.Calls calls) implements AsyncOffers {
    @Override
    public CompletableFuture<Offer> create(OfferRequest request) {
      return calls.submit(OfferOperations.create(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<Offer> get(OfferId id) {
      return calls.submit(OfferOperations.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<Voucher> issue(OfferId offer, WalletId wallet) {
      return calls.submit(
          OfferOperations.issue(
              Objects.requireNonNull(offer, "offer"), Objects.requireNonNull(wallet, "wallet")));
    }
  }

  /** {@link AsyncVouchers} over the async calls. */
  record AsyncVouchersOver(AsyncResources.Calls calls) implements AsyncVouchers {
    @Override
    public CompletableFuture<Page<Voucher>> list(
        WalletId wallet, @Nullable String cursor, int limit) {
      return calls.submit(
          OfferOperations.list(
              Objects.requireNonNull(wallet, "wallet"), cursor, PageLimits.check(limit)));
    }

    @Override
    public CompletableFuture<Voucher> get(VoucherId id) {
      return calls.submit(OfferOperations.get(Objects.requireNonNull(id, "id")));
    }
  }
}
