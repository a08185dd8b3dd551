/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.PayoutBatch;
import dev.walletsdk.model.PayoutBatchId;
import dev.walletsdk.model.PayoutBatchItem;
import dev.walletsdk.model.PayoutBatchRequest;
import dev.walletsdk.model.PayoutBatchStatus;
import dev.walletsdk.model.PayoutItem;
import dev.walletsdk.model.PayoutItemStatus;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;

/** Writes batch payout requests and reads batches and their items. */
public final class PayoutBatchJson {
  private PayoutBatchJson() {}

  /**
   * Writes the submission of a batch.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode write(PayoutBatchRequest request) {
    ObjectNode body = Json.object();
    body.put("currency", request.currency().code());
    request.reference().ifPresent(reference -> body.put("reference", reference));
    ArrayNode items = body.putArray("items");
    for (PayoutItem item : request.items()) {
      ObjectNode json = items.addObject();
      json.put("reference", item.reference());
      json.put("destinationWalletId", item.destination().value());
      RequestWriters.putMoney(json, "amount", item.amount());
      item.description().ifPresent(description -> json.put("description", description));
    }
    return body;
  }

  /**
   * Reads a batch.
   *
   * @param json the payout batch object
   * @return the batch
   */
  public static PayoutBatch batch(JsonRead json) {
    ModelReaders.expectObject(json, "payout_batch");
    JsonRead counts = json.object("counts");
    JsonRead totals = json.object("totals");
    return PayoutBatch.builder()
        .id(json.value("id", PayoutBatchId::of))
        .walletId(json.value("walletId", WalletId::of))
        .currency(json.value("currency", CurrencyCode::of))
        .reference(json.optString("reference"))
        .status(json.enumValue("status", PayoutBatchStatus.class, PayoutBatchStatus.UNKNOWN))
        .counts(counts.integer("total"), counts.integer("paid"), counts.integer("failed"))
        .totals(totals.money("paid"), totals.money("failed"))
        .createdAt(json.instant("createdAt"))
        .build();
  }

  /**
   * Reads an item of a batch.
   *
   * @param json the payout batch item object
   * @return the item
   */
  public static PayoutBatchItem item(JsonRead json) {
    ModelReaders.expectObject(json, "payout_batch_item");
    JsonRead failure = json.optObject("failure");
    return PayoutBatchItem.builder()
        .batchId(json.value("batchId", PayoutBatchId::of))
        .index(json.integer("index"))
        .reference(json.string("reference"))
        .destination(json.value("destinationWalletId", WalletId::of))
        .amount(json.money("amount"))
        .description(json.optString("description"))
        .status(json.enumValue("status", PayoutItemStatus.class, PayoutItemStatus.UNKNOWN))
        .transferId(json.optValue("transferId", TransferId::of))
        .failure(
            failure == null ? null : failure.string("code"),
            failure == null ? null : failure.string("message"))
        .build();
  }
}
