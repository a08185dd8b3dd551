/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Offer;
import dev.walletsdk.model.OfferId;
import dev.walletsdk.model.PaymentId;
import dev.walletsdk.model.Voucher;
import dev.walletsdk.model.VoucherId;
import dev.walletsdk.model.VoucherStatus;
import dev.walletsdk.model.WalletId;

/** Reads offers and vouchers from the wire. */
public final class OfferReaders {
  private OfferReaders() {}

  /**
   * Reads an offer.
   *
   * @param json the offer object
   * @return the offer
   */
  public static Offer offer(JsonRead json) {
    ModelReaders.expectObject(json, "offer");
    return Offer.builder()
        .id(json.value("id", OfferId::of))
        .merchantId(json.value("merchantId", MerchantId::of))
        .title(json.string("title"))
        .currency(json.value("currency", CurrencyCode::of))
        .percentOff(json.has("percentOff") ? json.integer("percentOff") : null)
        .amountOff(json.optMoney("amountOff"))
        .minimumSpend(json.optMoney("minimumSpend"))
        .validFrom(json.instant("validFrom"))
        .validUntil(json.instant("validUntil"))
        .perHolderLimit(json.integer("perHolderLimit"))
        .createdAt(json.instant("createdAt"))
        .build();
  }

  /**
   * Reads a voucher.
   *
   * @param json the voucher object
   * @return the voucher
   */
  public static Voucher voucher(JsonRead json) {
    ModelReaders.expectObject(json, "voucher");
    return Voucher.builder()
        .id(json.value("id", VoucherId::of))
        .offerId(json.value("offerId", OfferId::of))
        .walletId(json.value("walletId", WalletId::of))
        .merchantId(json.value("merchantId", MerchantId::of))
        .title(json.string("title"))
        .status(json.enumValue("status", VoucherStatus.class, VoucherStatus.UNKNOWN))
        .validFrom(json.instant("validFrom"))
        .validUntil(json.instant("validUntil"))
        .issuedAt(json.instant("issuedAt"))
        .paymentId(json.optValue("paymentId", PaymentId::of))
        .redeemedAt(json.has("redeemedAt") ? json.instant("redeemedAt") : null)
        .endedAt(json.has("endedAt") ? json.instant("endedAt") : null)
        .build();
  }
}
