/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.model.OfferRequest;
import dev.walletsdk.model.WalletId;

/** Writes the bodies of the offer and voucher requests. */
public final class OfferWriters {
  private OfferWriters() {}

  /**
   * Writes the creation of an offer.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode create(OfferRequest request) {
    ObjectNode body = Json.object();
    body.put("merchantId", request.merchantId().value());
    body.put("title", request.title());
    body.put("currency", request.currency().code());
    request.percentOff().ifPresent(percent -> body.put("percentOff", percent));
    request.amountOff().ifPresent(off -> RequestWriters.putMoney(body, "amountOff", off));
    request
        .minimumSpend()
        .ifPresent(minimum -> RequestWriters.putMoney(body, "minimumSpend", minimum));
    request.validFrom().ifPresent(from -> body.put("validFrom", from.toString()));
    body.put("validUntil", request.validUntil().toString());
    body.put("perHolderLimit", request.perHolderLimit());
    return body;
  }

  /**
   * Writes the issue of a voucher.
   *
   * @param wallet the wallet that receives it
   * @return the body
   */
  public static ObjectNode issue(WalletId wallet) {
    ObjectNode body = Json.object();
    body.put("walletId", wallet.value());
    return body;
  }
}
