/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.BudgetRecord;
import dev.walletsdk.mock.internal.engine.BudgetService;
import dev.walletsdk.mock.internal.engine.DomainEvent;
import dev.walletsdk.mock.internal.engine.SpendingAnalysis;
import dev.walletsdk.mock.internal.engine.SpendingPeriod.Window;
import dev.walletsdk.model.CurrencyCode;

/** Renders budgets, budget alerts and spending analysis lines. */
public final class BudgetViews {
  private BudgetViews() {}

  /**
   * Renders a budget with its current period.
   *
   * @param status the budget, its current period and the net spent in it
   * @return the {@code budget} object
   */
  public static ObjectNode budget(BudgetService.Status status) {
    BudgetRecord budget = status.budget();
    ObjectNode json = MockJson.object();
    json.put("object", "budget");
    json.put("id", budget.id());
    json.put("walletId", budget.walletId());
    json.put("category", budget.category());
    json.put("period", budget.period().wireName());
    json.set("amount", Views.money(budget.amount()));
    ArrayNode thresholds = json.putArray("thresholds");
    budget.thresholds().forEach(thresholds::add);
    Window window = status.window();
    json.put("periodStart", window.start().toString());
    json.put("periodEnd", window.end().toString());
    json.set("spent", Views.money(status.spent()));
    json.set("remaining", Views.money(remaining(budget.amount(), status.spent())));
    ArrayNode reached = json.putArray("thresholdsReached");
    budget.firedIn(window.start()).forEach(reached::add);
    json.put("exceeded", budget.exceededIn(window.start()));
    json.put("createdAt", budget.createdAt().toString());
    json.put("updatedAt", budget.updatedAt().toString());
    return json;
  }

  /**
   * Renders a budget alert.
   *
   * @param alert the alert, rendered when it is emitted
   * @return the {@code budget_alert} object
   */
  public static ObjectNode alert(DomainEvent.BudgetAlert alert) {
    BudgetRecord budget = alert.status().budget();
    ObjectNode json = MockJson.object();
    json.put("object", "budget_alert");
    json.put("budgetId", budget.id());
    json.put("walletId", budget.walletId());
    json.put("category", budget.category());
    json.put("period", budget.period().wireName());
    json.put("periodStart", alert.status().window().start().toString());
    json.put("periodEnd", alert.status().window().end().toString());
    json.set("amount", Views.money(budget.amount()));
    json.set("spent", Views.money(alert.status().spent()));
    if (alert.threshold() != null) {
      json.put("threshold", alert.threshold().intValue());
    }
    json.put("paymentId", alert.paymentId());
    return json;
  }

  /**
   * Renders one line of a spending analysis.
   *
   * @param walletId the wallet
   * @param by the grouping
   * @param window the period
   * @param currency the currency totalled
   * @param line the line
   * @return the {@code spending_line} object
   */
  public static ObjectNode spendingLine(
      String walletId,
      SpendingAnalysis.GroupBy by,
      Window window,
      CurrencyCode currency,
      SpendingAnalysis.Line line) {
    ObjectNode json = MockJson.object();
    json.put("object", "spending_line");
    json.put("walletId", walletId);
    json.put("groupBy", by.wireName());
    json.put("key", line.key());
    if (line.category() != null) {
      json.put("category", line.category());
    }
    json.put("period", window.period().wireName());
    json.put("periodStart", window.start().toString());
    json.put("periodEnd", window.end().toString());
    json.put("currency", currency.code());
    json.set("amount", Views.money(line.amount()));
    json.set("previousAmount", Views.money(line.previous()));
    json.put("count", line.count());
    ArrayNode merchantAmounts = json.putArray("merchantAmounts");
    line.merchantAmounts().forEach(amount -> merchantAmounts.add(Views.money(amount)));
    BudgetRecord budget = line.budget();
    if (budget != null) {
      ObjectNode node = json.putObject("budget");
      node.put("budgetId", budget.id());
      node.set("amount", Views.money(budget.amount()));
      node.set("remaining", Views.money(remaining(budget.amount(), line.amount())));
    }
    return json;
  }

  /** What is left of a budget: negative once it is exceeded. */
  private static Amount remaining(Amount amount, Amount spent) {
    return Amount.of(amount.currency(), Math.subtractExact(amount.minor(), spent.minor()));
  }
}
