/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.PayoutBatchRecord;

/** Renders batch payouts and their items as Wallet API v1 objects. */
public final class PayoutBatchViews {
  private PayoutBatchViews() {}

  /**
   * Renders a batch, without its items (they are listed page by page).
   *
   * @param batch the batch
   * @return the {@code payout_batch} object
   */
  public static ObjectNode batch(PayoutBatchRecord batch) {
    ObjectNode json = MockJson.object();
    json.put("object", "payout_batch");
    json.put("id", batch.id());
    json.put("walletId", batch.walletId());
    json.put("currency", batch.currency().code());
    if (batch.reference() != null) {
      json.put("reference", batch.reference());
    }
    json.put("status", batch.status());
    long paid = batch.paidCount();
    ObjectNode counts = json.putObject("counts");
    counts.put("total", batch.items().size());
    counts.put("paid", paid);
    counts.put("failed", batch.items().size() - paid);
    ObjectNode totals = json.putObject("totals");
    totals.set("paid", Views.money(batch.total(true)));
    totals.set("failed", Views.money(batch.total(false)));
    json.put("createdAt", batch.createdAt().toString());
    return json;
  }

  /**
   * Renders an item of a batch.
   *
   * @param batch the batch
   * @param item one of its items
   * @return the {@code payout_batch_item} object
   */
  public static ObjectNode item(PayoutBatchRecord batch, PayoutBatchRecord.Item item) {
    ObjectNode json = MockJson.object();
    json.put("object", "payout_batch_item");
    json.put("batchId", batch.id());
    json.put("index", item.index());
    json.put("reference", item.reference());
    json.put("destinationWalletId", item.destinationWalletId());
    json.set("amount", Views.money(item.amount()));
    if (item.description() != null) {
      json.put("description", item.description());
    }
    json.put("status", item.paid() ? "paid" : "failed");
    if (item.transferId() != null) {
      json.put("transferId", item.transferId());
    }
    if (item.failureCode() != null) {
      ObjectNode failure = json.putObject("failure");
      failure.put("code", item.failureCode());
      failure.put("message", item.failureMessage());
    }
    return json;
  }
}
