/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.model.Budget;
import dev.walletsdk.model.BudgetAlert;
import dev.walletsdk.model.BudgetId;
import dev.walletsdk.model.PaymentId;
import dev.walletsdk.model.SpendingGroup;
import dev.walletsdk.model.SpendingLine;
import dev.walletsdk.model.SpendingPeriod;
import dev.walletsdk.model.WalletId;
import java.util.ArrayList;
import java.util.List;

/** Reads spending lines, budgets and budget alerts. */
public final class BudgetReaders {
  private BudgetReaders() {}

  /**
   * Reads one line of a spending analysis.
   *
   * @param json the {@code spending_line} object
   * @return the line
   */
  public static SpendingLine spendingLine(JsonRead json) {
    ModelReaders.expectObject(json, "spending_line");
    SpendingLine.BudgetLimit budget = null;
    if (json.has("budget")) {
      JsonRead node = json.object("budget");
      budget =
          new SpendingLine.BudgetLimit(
              node.value("budgetId", BudgetId::of),
              node.money("amount"),
              node.signedMoney("remaining"));
    }
    return new SpendingLine(
        json.value("walletId", WalletId::of),
        json.knownEnum("groupBy", SpendingGroup.class),
        json.string("key"),
        json.optString("category"),
        json.knownEnum("period", SpendingPeriod.class),
        json.instant("periodStart"),
        json.instant("periodEnd"),
        json.signedMoney("amount"),
        json.signedMoney("previousAmount"),
        json.integer("count"),
        json.list("merchantAmounts", JsonRead::asSignedMoney),
        budget);
  }

  /**
   * Reads a budget.
   *
   * @param json the {@code budget} object
   * @return the budget
   */
  public static Budget budget(JsonRead json) {
    ModelReaders.expectObject(json, "budget");
    return new Budget(
        json.value("id", BudgetId::of),
        json.value("walletId", WalletId::of),
        json.string("category"),
        json.knownEnum("period", SpendingPeriod.class),
        json.money("amount"),
        integers(json, "thresholds"),
        json.instant("periodStart"),
        json.instant("periodEnd"),
        json.signedMoney("spent"),
        json.signedMoney("remaining"),
        integers(json, "thresholdsReached"),
        json.bool("exceeded"),
        json.instant("createdAt"),
        json.instant("updatedAt"));
  }

  /**
   * Reads a budget alert, the data of a {@code budget.*} event.
   *
   * @param json the {@code budget_alert} object
   * @return the alert
   */
  public static BudgetAlert alert(JsonRead json) {
    ModelReaders.expectObject(json, "budget_alert");
    return new BudgetAlert(
        json.value("budgetId", BudgetId::of),
        json.value("walletId", WalletId::of),
        json.string("category"),
        json.knownEnum("period", SpendingPeriod.class),
        json.instant("periodStart"),
        json.instant("periodEnd"),
        json.money("amount"),
        json.signedMoney("spent"),
        json.has("threshold") ? json.integer("threshold") : null,
        json.value("paymentId", PaymentId::of));
  }

  /**
   * Reads the answer to a deletion.
   *
   * @param json the {@code budget_deletion} object
   * @return the id of the deleted budget
   */
  public static BudgetId deletion(JsonRead json) {
    ModelReaders.expectObject(json, "budget_deletion");
    if (!json.bool("deleted")) {
      throw new ResponseFormatException("response member " + json.path() + ".deleted is false");
    }
    return json.value("id", BudgetId::of);
  }

  private static List<Integer> integers(JsonRead json, String member) {
    List<Integer> values = new ArrayList<>();
    JsonNode array = json.node().get(member);
    if (array == null || !array.isArray()) {
      throw new ResponseFormatException(
          "response member " + json.path() + "." + member + " must be an array of integers");
    }
    for (JsonNode element : array) {
      if (!element.isIntegralNumber() || !element.canConvertToInt()) {
        throw new ResponseFormatException(
            "response member " + json.path() + "." + member + " must be an array of integers");
      }
      values.add(element.intValue());
    }
    return List.copyOf(values);
  }
}
