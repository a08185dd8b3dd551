/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.InvoiceService;
import dev.walletsdk.model.CurrencyCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Parses the members of invoice requests that {@link Fields} has no reader for. */
final class InvoiceFields {
  /** The longest line description. */
  static final int MAX_DESCRIPTION = 140;

  /** The largest quantity of one line. */
  static final long MAX_QUANTITY = 1_000_000;

  /** The largest tax rate, in basis points (100 %). */
  static final int MAX_TAX_RATE = 10_000;

  private static final Set<String> LINE_MEMBERS =
      Set.of("description", "quantity", "unitPrice", "taxRateBasisPoints");

  private InvoiceFields() {}

  /** Reads the lines: 1 to {@link InvoiceService#MAX_LINES}, each priced in the currency. */
  static List<InvoiceService.LineDraft> lines(
      Fields fields, @Nullable JsonNode body, @Nullable CurrencyCode currency) {
    JsonNode lines = body == null ? null : body.get("lines");
    if (lines == null || lines.isNull()) {
      if (body != null) {
        fields.missing("/lines");
      }
      return List.of();
    }
    if (!lines.isArray()) {
      fields.add("/lines", "invalid_type", "must be an array");
      return List.of();
    }
    if (lines.isEmpty() || lines.size() > InvoiceService.MAX_LINES) {
      fields.add(
          "/lines", "invalid_length", "must have 1 to " + InvoiceService.MAX_LINES + " lines");
      return List.of();
    }
    List<InvoiceService.LineDraft> drafts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String at = "/lines/" + i;
      JsonNode line = fields.object(lines.get(i), at, LINE_MEMBERS);
      if (line == null) {
        continue;
      }
      String description = fields.text(line, at, "description", true, MAX_DESCRIPTION);
      Long quantity = fields.positiveWhole(line, at, "quantity", MAX_QUANTITY);
      Amount price = fields.money(line, at, "unitPrice", true);
      fields.positive(price, at + "/unitPrice/amount");
      if (price != null && currency != null && price.currency() != currency) {
        fields.add(
            at + "/unitPrice/currency",
            "currency_mismatch",
            "must be " + currency + ", the invoice's currency");
        price = null;
      }
      Integer rate = taxRate(fields, line, at);
      if (description != null && quantity != null && price != null && rate != null) {
        drafts.add(new InvoiceService.LineDraft(description, quantity, price, rate));
      }
    }
    return drafts;
  }

  private static @Nullable Integer taxRate(Fields fields, JsonNode line, String at) {
    JsonNode value = line.get("taxRateBasisPoints");
    if (value == null || value.isNull()) {
      return 0;
    }
    String pointer = at + "/taxRateBasisPoints";
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      fields.add(pointer, "invalid_type", "must be a whole number");
      return null;
    }
    int rate = value.intValue();
    if (rate < 0 || rate > MAX_TAX_RATE) {
      fields.add(pointer, "out_of_range", "must be from 0 to " + MAX_TAX_RATE);
      return null;
    }
    return rate;
  }

  /** Reads a required date in ISO 8601 form ({@code 2026-03-31}). */
  static @Nullable LocalDate date(Fields fields, @Nullable JsonNode body, String member) {
    String text = fields.text(body, "", member, true, 10);
    if (text == null) {
      return null;
    }
    try {
      if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      fields.add("/" + member, "invalid_format", "must be a date such as 2026-03-31");
      return null;
    }
  }

  /** Reads an optional boolean, {@code false} when absent. */
  static boolean flag(Fields fields, @Nullable JsonNode body, String member) {
    JsonNode value = body == null ? null : body.get(member);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      fields.add("/" + member, "invalid_type", "must be true or false");
      return false;
    }
    return value.booleanValue();
  }

  /** Records a problem unless exactly one of the members is present. */
  static void exactlyOne(Fields fields, @Nullable JsonNode body, String... members) {
    if (body == null) {
      return;
    }
    List<String> present = new ArrayList<>();
    for (String member : members) {
      if (body.hasNonNull(member)) {
        present.add(member);
      }
    }
    if (present.isEmpty()) {
      fields.add(
          "/" + members[0],
          "required",
          "exactly one of " + String.join(", ", members) + " is required");
    } else if (present.size() > 1) {
      fields.add(
          "/" + present.get(1),
          "mutually_exclusive",
          "must not be combined with " + present.get(0));
    }
  }
}
