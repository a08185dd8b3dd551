/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.BudgetRecord;
import dev.walletsdk.mock.internal.engine.BudgetService;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.SpendingAnalysis;
import dev.walletsdk.mock.internal.engine.SpendingAnalysis.GroupBy;
import dev.walletsdk.mock.internal.engine.SpendingPeriod;
import dev.walletsdk.mock.internal.engine.SpendingPeriod.Window;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.BudgetViews;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.model.CurrencyCode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The spending analysis and budget routes. */
final class BudgetRoutes {
  private static final Set<String> CREATE_MEMBERS =
      Set.of("walletId", "category", "period", "amount", "thresholds");

  private final Engine engine;
  private final Lookups lookups;
  private final BudgetService budgets;
  private final SpendingAnalysis analysis;

  BudgetRoutes(Engine engine, Lookups lookups) {
    this.engine = engine;
    this.lookups = lookups;
    this.budgets = new BudgetService(engine);
    this.analysis = new SpendingAnalysis(engine);
  }

  List<Route> routes() {
    return List.of(
        Route.of(
            "GET",
            "/v1/wallets/{walletId}/spending",
            Set.of("period", "at", "currency", "groupBy", "cursor", "limit"),
            this::spending),
        Route.of("POST", "/v1/budgets", Set.of(), this::create),
        Route.of("GET", "/v1/wallets/{walletId}/budgets", Set.of("cursor", "limit"), this::list),
        Route.of("GET", "/v1/budgets/{budgetId}", Set.of(), this::get),
        Route.of("POST", "/v1/budgets/{budgetId}/amount", Set.of(), this::changeAmount),
        Route.of("POST", "/v1/budgets/{budgetId}/delete", Set.of(), this::delete));
  }

  private Reply spending(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    SpendingQuery query = SpendingQuery.parse(call.query(), engine.clock().now());
    Window window = Window.of(query.period(), query.at());
    GroupBy by = query.groupBy();
    CurrencyCode currency = query.currency();
    List<SpendingAnalysis.Line> lines = analysis.lines(wallet.id(), window, currency, by);
    String listName =
        "spending:" + wallet.id() + ":" + by.wireName() + ":" + window.start() + ":" + currency;
    return KeyedPages.page(
        lines,
        SpendingAnalysis.Line::key,
        listName,
        query.cursor(),
        query.limit(),
        line -> BudgetViews.spendingLine(wallet.id(), by, window, currency, line));
  }

  private Reply create(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", CREATE_MEMBERS);
    String walletId = fields.id(body, "", "walletId", "wal_", true);
    String category = BudgetFields.category(fields, body);
    SpendingPeriod period = BudgetFields.period(fields, body);
    Amount amount = fields.money(body, "", "amount", true);
    fields.positive(amount, "/amount/amount");
    List<Integer> thresholds = BudgetFields.thresholds(fields, body);
    fields.throwIfAny();
    WalletRecord wallet = lookups.ownedWallet(call, walletId, "/walletId");
    BudgetRecord budget =
        budgets.create(call.partner(), wallet, category, period, amount, thresholds);
    return Reply.created(BudgetViews.budget(budgets.status(budget)));
  }

  private Reply list(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    List<BudgetRecord> mine =
        engine.budgets().ofWallet(wallet.id()).stream()
            .sorted(Comparator.comparing(BudgetRecord::id))
            .toList();
    return KeyedPages.page(
        mine,
        BudgetRecord::id,
        "budgets:" + wallet.id(),
        call.query().get("cursor"),
        Query.limit(call.query()),
        budget -> BudgetViews.budget(budgets.status(budget)));
  }

  private Reply get(Call call) {
    return Reply.ok(BudgetViews.budget(budgets.status(visible(call))));
  }

  private Reply changeAmount(Call call) {
    BudgetRecord budget = visible(call);
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", Set.of("amount"));
    Amount amount = fields.money(body, "", "amount", true);
    fields.positive(amount, "/amount/amount");
    fields.throwIfAny();
    return Reply.ok(BudgetViews.budget(budgets.status(budgets.changeAmount(budget, amount))));
  }

  private Reply delete(Call call) {
    BudgetRecord budget = visible(call);
    Fields fields = new Fields();
    fields.object(call.requireBody(), "", Set.of());
    fields.throwIfAny();
    budgets.delete(budget);
    ObjectNode json = MockJson.object();
    json.put("object", "budget_deletion");
    json.put("id", budget.id());
    json.put("deleted", true);
    return Reply.ok(json);
  }

  private BudgetRecord visible(Call call) {
    String id = lookups.pathId(call.path(0), "bgt_", "path:budgetId");
    return engine
        .budgets()
        .budget(id)
        .filter(b -> b.partnerId().equals(call.partner().id()))
        .orElseThrow(() -> Lookups.notFound("budget", id));
  }
}
