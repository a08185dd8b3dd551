/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.ApiProblem.FieldProblem;
import dev.walletsdk.mock.internal.engine.SpendingAnalysis.GroupBy;
import dev.walletsdk.mock.internal.engine.SpendingPeriod;
import dev.walletsdk.model.CurrencyCode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The query of a spending analysis: {@code period} and {@code currency} required, {@code at}
 * (default now), {@code groupBy} (default {@code category}), {@code cursor} and {@code limit}.
 *
 * @param period the period kind
 * @param at an instant in the period analysed
 * @param currency the currency totalled
 * @param groupBy the grouping
 * @param cursor the page cursor, or {@code null}
 * @param limit the page size
 */
record SpendingQuery(
    SpendingPeriod period,
    Instant at,
    CurrencyCode currency,
    GroupBy groupBy,
    @Nullable String cursor,
    int limit) {

  static SpendingQuery parse(Map<String, String> query, Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    String periodText = query.get("period");
    SpendingPeriod period = null;
    if (periodText == null) {
      problems.add(new FieldProblem("query:period", "required", "is required"));
    } else {
      period = SpendingPeriod.parse(periodText).orElse(null);
      if (period == null) {
        problems.add(
            new FieldProblem(
                "query:period",
                "unknown_period",
                "must be day, week or month, not \"" + shortened(periodText) + "\""));
      }
    }
    String currencyText = query.get("currency");
    CurrencyCode currency = null;
    if (currencyText == null) {
      problems.add(new FieldProblem("query:currency", "required", "is required"));
    } else if (!CurrencyCode.isKnown(currencyText)) {
      problems.add(
          new FieldProblem(
              "query:currency",
              "unknown_currency",
              "\"" + shortened(currencyText) + "\" is not a known currency"));
    } else {
      currency = CurrencyCode.of(currencyText);
    }
    String groupText = query.getOrDefault("groupBy", "category");
    GroupBy groupBy = GroupBy.parse(groupText).orElse(null);
    if (groupBy == null) {
      problems.add(
          new FieldProblem(
              "query:groupBy", "invalid_value", "must be category, merchant or direction"));
    }
    Instant at = at(query.get("at"), now, problems);
    if (!problems.isEmpty()) {
      throw ApiProblem.invalid(problems);
    }
    return new SpendingQuery(
        period, at, currency, groupBy, query.get("cursor"), Query.limit(query));
  }

  private static Instant at(@Nullable String text, Instant now, List<FieldProblem> problems) {
    if (text == null) {
      return now;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem("query:at", "invalid_format", "must be an RFC 3339 timestamp"));
      return now;
    }
  }

  private static String shortened(String text) {
    return text.length() <= 16 ? text : text.substring(0, 16) + "…";
  }
}
