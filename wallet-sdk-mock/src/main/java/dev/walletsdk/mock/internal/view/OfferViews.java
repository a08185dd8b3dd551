/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.OfferRecord;
import dev.walletsdk.mock.internal.engine.VoucherRecord;
import org.jspecify.annotations.Nullable;

/** Renders offers and vouchers. */
public final class OfferViews {
  private OfferViews() {}

  /**
   * Renders an offer.
   *
   * @param offer the offer
   * @return the {@code offer} object
   */
  public static ObjectNode offer(OfferRecord offer) {
    ObjectNode json = MockJson.object();
    json.put("object", "offer");
    json.put("id", offer.id());
    json.put("merchantId", offer.merchantId());
    json.put("title", offer.title());
    json.put("currency", offer.currency().code());
    if (offer.percentOff() != null) {
      json.put("percentOff", offer.percentOff());
    }
    money(json, "amountOff", offer.amountOff());
    money(json, "minimumSpend", offer.minimumSpend());
    json.put("validFrom", offer.validFrom().toString());
    json.put("validUntil", offer.validUntil().toString());
    json.put("perHolderLimit", offer.perHolderLimit());
    json.put("createdAt", offer.createdAt().toString());
    return json;
  }

  /**
   * Renders a voucher with the terms of its offer.
   *
   * @param voucher the voucher
   * @param offer its offer
   * @return the {@code voucher} object
   */
  public static ObjectNode voucher(VoucherRecord voucher, OfferRecord offer) {
    ObjectNode json = MockJson.object();
    json.put("object", "voucher");
    json.put("id", voucher.id());
    json.put("offerId", offer.id());
    json.put("walletId", voucher.walletId());
    json.put("merchantId", offer.merchantId());
    json.put("title", offer.title());
    json.put("status", voucher.status());
    json.put("validFrom", offer.validFrom().toString());
    json.put("validUntil", offer.validUntil().toString());
    json.put("issuedAt", voucher.issuedAt().toString());
    if (voucher.paymentId() != null) {
      json.put("paymentId", voucher.paymentId());
    }
    if (voucher.redeemedAt() != null) {
      json.put("redeemedAt", voucher.redeemedAt().toString());
    }
    if (voucher.endedAt() != null) {
      json.put("endedAt", voucher.endedAt().toString());
    }
    return json;
  }

  private static void money(ObjectNode json, String name, @Nullable Amount amount) {
    if (amount != null) {
      json.set(name, Views.money(amount));
    }
  }
}
