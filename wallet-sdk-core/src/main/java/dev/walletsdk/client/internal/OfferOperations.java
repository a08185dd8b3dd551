/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.client.internal.json.OfferReaders;
import dev.walletsdk.client.internal.json.OfferWriters;
import dev.walletsdk.client.internal.json.ResponseFormatException;
import dev.walletsdk.client.internal.pipeline.ApiCall;
import dev.walletsdk.model.Offer;
import dev.walletsdk.model.OfferId;
import dev.walletsdk.model.OfferRequest;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Voucher;
import dev.walletsdk.model.VoucherId;
import dev.walletsdk.model.WalletId;
import org.jspecify.annotations.Nullable;

/** The offer and voucher operations of Wallet API v1, shared by the sync and async resources. */
final class OfferOperations {
  private OfferOperations() {}

  static ApiCall<Offer> create(OfferRequest request) {
    return ApiCall.<Offer>post("offers.create", "/v1/offers", OfferWriters.create(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .reading("offer", OfferReaders::offer);
  }

  static ApiCall<Offer> get(OfferId id) {
    return ApiCall.<Offer>get("offers.get", "/v1/offers/" + id.value())
        .identifiedBy("id", id.value())
        .reading("offer", OfferReaders::offer);
  }

  static ApiCall<Voucher> issue(OfferId offer, WalletId wallet) {
    return ApiCall.<Voucher>post(
            "vouchers.issue",
            "/v1/offers/" + offer.value() + "/vouchers",
            OfferWriters.issue(wallet))
        .identifiedBy("offerId", offer.value())
        .reading("voucher", OfferReaders::voucher);
  }

  static ApiCall<Page<Voucher>> list(WalletId wallet, @Nullable String cursor, int limit) {
    return ApiCall.<Page<Voucher>>get(
            "vouchers.list", "/v1/wallets/" + wallet.value() + "/vouchers")
        .query("cursor", cursor)
        .query("limit", limit)
        .reading("list", json -> ofWallet(wallet, ModelReaders.page(json, OfferReaders::voucher)));
  }

  /** Refuses a page holding a voucher of another wallet than the one asked for. */
  private static Page<Voucher> ofWallet(WalletId wallet, Page<Voucher> page) {
    for (Voucher voucher : page.data()) {
      if (!voucher.walletId().equals(wallet)) {
        throw new ResponseFormatException(
            "expected vouchers of wallet \""
                + wallet.value()
                + "\" but got "
                + ServerText.of(voucher.id().value())
                + " of wallet \""
                + ServerText.of(voucher.walletId().value())
                + "\"");
      }
    }
    return page;
  }

  static ApiCall<Voucher> get(VoucherId id) {
    return ApiCall.<Voucher>get("vouchers.get", "/v1/vouchers/" + id.value())
        .identifiedBy("id", id.value())
        .reading("voucher", OfferReaders::voucher);
  }
}
