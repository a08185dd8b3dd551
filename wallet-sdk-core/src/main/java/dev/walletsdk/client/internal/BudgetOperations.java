/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.client.internal.json.BudgetReaders;
import dev.walletsdk.client.internal.json.Json;
import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.client.internal.pipeline.ApiCall;
import dev.walletsdk.model.Budget;
import dev.walletsdk.model.BudgetId;
import dev.walletsdk.model.BudgetRequest;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.SpendingLine;
import dev.walletsdk.model.SpendingQuery;
import dev.walletsdk.model.WalletId;
import org.jspecify.annotations.Nullable;

/** The spending analysis and budget operations of Wallet API v1. */
final class BudgetOperations {
  private BudgetOperations() {}

  static ApiCall<Page<SpendingLine>> spending(SpendingQuery query) {
    return ApiCall.<Page<SpendingLine>>get(
            "budgets.spending", "/v1/wallets/" + query.walletId().value() + "/spending")
        .query("period", query.period().wireName())
        .query("currency", query.currency().code())
        .query("at", query.at().orElse(null))
        .query("groupBy", query.groupBy().wireName())
        .query("cursor", query.cursor().orElse(null))
        .query("limit", query.limit())
        .reading("list", json -> ModelReaders.page(json, BudgetReaders::spendingLine));
  }

  static ApiCall<Budget> create(BudgetRequest request) {
    ObjectNode body = Json.object();
    body.put("walletId", request.walletId().value());
    body.put("category", request.category());
    body.put("period", request.period().wireName());
    putMoney(body, request.amount());
    request.thresholds().ifPresent(list -> list.forEach(body.putArray("thresholds")::add));
    return ApiCall.<Budget>post("budgets.create", "/v1/budgets", body)
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .reading("budget", BudgetReaders::budget);
  }

  static ApiCall<Page<Budget>> list(WalletId wallet, @Nullable String cursor, int limit) {
    return ApiCall.<Page<Budget>>get("budgets.list", "/v1/wallets/" + wallet.value() + "/budgets")
        .query("cursor", cursor)
        .query("limit", limit)
        .reading("list", json -> ModelReaders.page(json, BudgetReaders::budget));
  }

  static ApiCall<Budget> get(BudgetId id) {
    return ApiCall.<Budget>get("budgets.get", "/v1/budgets/" + id.value())
        .identifiedBy("id", id.value())
        .reading("budget", BudgetReaders::budget);
  }

  static ApiCall<Budget> changeAmount(BudgetId id, Money amount) {
    ObjectNode body = Json.object();
    putMoney(body, amount);
    return ApiCall.<Budget>post(
            "budgets.changeAmount", "/v1/budgets/" + id.value() + "/amount", body)
        .identifiedBy("id", id.value())
        .reading("budget", BudgetReaders::budget);
  }

  static ApiCall<BudgetId> delete(BudgetId id) {
    return ApiCall.<BudgetId>post(
            "budgets.delete", "/v1/budgets/" + id.value() + "/delete", Json.object())
        .identifiedBy("id", id.value())
        .reading("budget_deletion", BudgetReaders::deletion);
  }

  private static void putMoney(ObjectNode body, Money amount) {
    ObjectNode node = body.putObject("amount");
    node.put("amount", amount.toAmountString());
    node.put("currency", amount.currency().code());
  }
}
