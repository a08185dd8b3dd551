/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.command.PayoutBatchCommands;
import dev.walletsdk.mock.internal.command.PayoutBatchCommands.ItemRequest;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.PayoutBatchRecord;
import dev.walletsdk.mock.internal.engine.StandIns;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.engine.WalletService;
import dev.walletsdk.mock.internal.view.PayoutBatchViews;
import dev.walletsdk.model.CurrencyCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The batch payout routes: submit (validated as a whole, then executed), read, list items. */
final class PayoutBatchRoutes {
  /** The most items a batch may hold. */
  static final int MAX_ITEMS = 1000;

  /**
   * The HTTP server's own cap: 1,000 items with the longest references (64 characters) and
   * descriptions (140) of three UTF-8 bytes each take about 800 KB, more than 512 KiB.
   */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final Set<String> MEMBERS = Set.of("currency", "reference", "items");
  private static final Set<String> ITEM_MEMBERS =
      Set.of("reference", "destinationWalletId", "amount", "description");

  private final Engine engine;
  private final Lookups lookups;
  private final PayoutBatchCommands commands;

  PayoutBatchRoutes(Engine engine, Lookups lookups, PayoutBatchCommands commands) {
    this.engine = engine;
    this.lookups = lookups;
    this.commands = commands;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/wallets/{walletId}/payout-batches", Set.of(), this::create)
            .withMaxBodyBytes(MAX_BODY_BYTES),
        Route.of(
            "GET",
            "/v1/payout-batches/{batchId}",
            Set.of(),
            call -> Reply.ok(PayoutBatchViews.batch(owned(call)))),
        Route.of(
            "GET", "/v1/payout-batches/{batchId}/items", Set.of("cursor", "limit"), this::items));
  }

  private Reply create(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    WalletService.requireBusiness(wallet, "path:walletId");
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", MEMBERS);
    CurrencyCode currency = fields.currency(body, "", "currency", true);
    String reference = fields.text(body, "", "reference", false, 64);
    List<ItemRequest> items = items(fields, body, wallet.id(), currency);
    fields.throwIfAny();
    PayoutBatchRecord batch =
        commands.execute(
            call.partner(), wallet, currency, reference, items, call.idempotencyScope());
    return Reply.created(PayoutBatchViews.batch(batch));
  }

  private static List<ItemRequest> items(
      Fields fields, @Nullable JsonNode body, String sourceId, @Nullable CurrencyCode currency) {
    JsonNode items = body == null ? null : body.get("items");
    if (items == null || items.isNull()) {
      fields.missing("/items");
      return List.of();
    }
    if (!items.isArray()) {
      fields.add("/items", "invalid_type", "must be an array");
      return List.of();
    }
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      fields.add(
          "/items",
          items.isEmpty() ? "invalid_length" : "too_many_items",
          "must hold 1 to " + MAX_ITEMS + " items, not " + items.size());
      return List.of();
    }
    List<ItemRequest> parsed = new ArrayList<>(items.size());
    Set<String> references = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      ItemRequest item = item(fields, items.get(i), "/items/" + i, sourceId, currency);
      // A replay after the holder's erasure reads stand-ins, which passed this check before.
      boolean standIn = item != null && StandIns.isText(item.reference());
      if (item != null && !standIn && !references.add(item.reference())) {
        fields.add("/items/" + i + "/reference", "duplicate_reference", "is used by another item");
      }
      if (item != null) {
        parsed.add(item);
      }
    }
    return parsed;
  }

  private static @Nullable ItemRequest item(
      Fields fields, JsonNode node, String at, String sourceId, @Nullable CurrencyCode currency) {
    JsonNode item = fields.object(node, at, ITEM_MEMBERS);
    String reference = fields.text(item, at, "reference", true, 64);
    String destination = fields.id(item, at, "destinationWalletId", "wal_", true);
    Amount amount = fields.money(item, at, "amount", true);
    String description = fields.text(item, at, "description", false, 140);
    fields.positive(amount, at + "/amount/amount");
    if (amount != null && currency != null && amount.currency() != currency) {
      fields.add(
          at + "/amount/currency", "currency_mismatch", "must be " + currency + ", the batch's");
    }
    if (sourceId.equals(destination)) {
      fields.add(at + "/destinationWalletId", "same_wallet", "must differ from the paying wallet");
      return null;
    }
    if (reference == null || destination == null || amount == null) {
      return null;
    }
    return new ItemRequest(reference, destination, amount, description);
  }

  private Reply items(Call call) {
    PayoutBatchRecord batch = owned(call);
    return Cursors.page(
        batch.items(),
        false,
        "payout-batch-items:" + batch.id(),
        call.query().get("cursor"),
        Query.limit(call.query()),
        item -> PayoutBatchViews.item(batch, item));
  }

  private PayoutBatchRecord owned(Call call) {
    String id = lookups.pathId(call.path(0), "pbt_", "path:batchId");
    PayoutBatchRecord batch = engine.payoutBatches().get(id);
    if (batch == null || !batch.partnerId().equals(call.partner().id())) {
      throw Lookups.notFound("payout batch", id);
    }
    return batch;
  }
}
