/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.BudgetService;
import dev.walletsdk.mock.internal.engine.SpendingPeriod;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the members of a budget request: category, period and thresholds. */
final class BudgetFields {
  /** An ISO 18245 merchant category code. */
  static final Pattern CATEGORY = Pattern.compile("[0-9]{4}");

  private BudgetFields() {}

  static @Nullable String category(Fields fields, @Nullable JsonNode body) {
    return fields.matching(
        body, "", "category", true, CATEGORY, "an ISO 18245 merchant category code of 4 digits");
  }

  static @Nullable SpendingPeriod period(Fields fields, @Nullable JsonNode body) {
    String text = fields.text(body, "", "period", true, 16);
    if (text == null) {
      return null;
    }
    SpendingPeriod period = SpendingPeriod.parse(text).orElse(null);
    if (period == null) {
      fields.add("/period", "unknown_period", "must be day, week or month, not \"" + text + "\"");
    }
    return period;
  }

  static List<Integer> thresholds(Fields fields, @Nullable JsonNode body) {
    JsonNode node = body == null ? null : body.get("thresholds");
    if (node == null || node.isNull()) {
      return BudgetService.DEFAULT_THRESHOLDS;
    }
    if (!node.isArray()) {
      fields.add("/thresholds", "invalid_type", "must be an array");
      return List.of();
    }
    if (node.isEmpty() || node.size() > BudgetService.MAX_THRESHOLDS) {
      fields.add(
          "/thresholds",
          "invalid_length",
          "must hold 1 to " + BudgetService.MAX_THRESHOLDS + " percentages");
      return List.of();
    }
    TreeSet<Integer> percents = new TreeSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      String at = "/thresholds/" + i;
      if (!element.isIntegralNumber()) {
        fields.add(at, "invalid_type", "must be a whole number");
      } else if (!element.canConvertToInt() || element.intValue() < 1 || element.intValue() > 100) {
        fields.add(at, "out_of_range", "must be a percentage from 1 to 100");
      } else if (!percents.add(element.intValue())) {
        fields.add(at, "duplicate", "repeats threshold " + element.intValue());
      }
    }
    return List.copyOf(percents);
  }
}
