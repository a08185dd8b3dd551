/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.FxRates;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Typed, validated access to a control operation's JSON arguments. */
final class Args {
  private static final Pattern RATE = Pattern.compile("[0-9]{1,10}(\\.[0-9]{1,12})?");

  private final String op;
  private final JsonNode json;

  Args(String op, JsonNode json) {
    if (!json.isObject()) {
      throw new ControlException(op + " needs a JSON object of arguments");
    }
    this.op = op;
    this.json = json;
  }

  boolean has(String name) {
    return json.hasNonNull(name);
  }

  String text(String name) {
    JsonNode value = json.get(name);
    if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
      throw new ControlException(op + " needs " + name + " as a non-empty string");
    }
    return value.textValue();
  }

  @Nullable String optionalText(String name) {
    return has(name) ? text(name) : null;
  }

  /** Text of 1 to {@code max} characters, not blank, without control characters. */
  String text(String name, int max) {
    String text = text(name);
    if (text.isBlank() || text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
      throw new ControlException(
          op + " needs " + name + " as 1 to " + max + " characters without control characters");
    }
    return text;
  }

  @Nullable String optionalText(String name, int max) {
    return has(name) ? text(name, max) : null;
  }

  /** A whole number from {@code min} to {@code max}, given as a JSON number. */
  long longBetween(String name, long min, long max) {
    JsonNode value = json.get(name);
    if (value == null
        || !value.isIntegralNumber()
        || !value.canConvertToLong()
        || value.longValue() < min
        || value.longValue() > max) {
      throw new ControlException(
          op + " needs " + name + " as a whole number from " + min + " to " + max);
    }
    return value.longValue();
  }

  /** A nested JSON object of arguments, whose errors name it after the operation. */
  Args object(String name) {
    JsonNode value = json.get(name);
    if (value == null || !value.isObject()) {
      throw new ControlException(op + " needs " + name + " as an object");
    }
    return new Args(op + " " + name, value);
  }

  JsonNode array(String name) {
    JsonNode value = json.get(name);
    if (value == null || !value.isArray()) {
      throw new ControlException(op + " needs " + name + " as an array");
    }
    return value;
  }

  long positiveLong(String name) {
    long value = nonNegativeLong(name);
    if (value == 0) {
      throw new ControlException(op + " needs " + name + " greater than zero");
    }
    return value;
  }

  long nonNegativeLong(String name) {
    JsonNode value = json.get(name);
    if (value == null
        || !value.canConvertToLong()
        || !value.isIntegralNumber()
        || value.longValue() < 0) {
      throw new ControlException(op + " needs " + name + " as a whole number of zero or more");
    }
    return value.longValue();
  }

  int basisPoints(String name) {
    long value = nonNegativeLong(name);
    if (value > 10_000) {
      throw new ControlException(op + " needs " + name + " between 0 and 10000");
    }
    return (int) value;
  }

  Instant instant(String name) {
    try {
      return Instant.parse(text(name));
    } catch (DateTimeParseException e) {
      throw new ControlException(op + " needs " + name + " as an RFC 3339 timestamp");
    }
  }

  /**
   * An exchange rate as a plain decimal string, checked as text before it is parsed, so that no
   * exponent ({@code "1e999999999"}) ever reaches arithmetic; then within {@link FxRates}' bounds.
   */
  BigDecimal rate(String name) {
    String text = text(name);
    if (!RATE.matcher(text).matches()) {
      throw new ControlException(
          op
              + " needs "
              + name
              + " as a plain decimal string with at most 10 integer digits and 12 decimals");
    }
    BigDecimal rate = new BigDecimal(text);
    FxRates.rateProblem(rate)
        .ifPresent(
            problem -> {
              throw new ControlException(op + " " + name + " " + problem);
            });
    return rate;
  }

  /** Money as {@code {"amount": "12.34", "currency": "EUR"}}, strictly as the API reads it. */
  Amount positiveMoney(String name) {
    JsonNode value = json.get(name);
    if (value == null || !value.isObject()) {
      throw new ControlException(op + " needs " + name + " as {\"amount\", \"currency\"}");
    }
    Money money = money(name, value.path("amount").asText(""), value.path("currency").asText(""));
    if (!money.isPositive()) {
      throw new ControlException(op + " needs " + name + " greater than zero");
    }
    return Amount.of(money.currency(), money.minorUnits());
  }

  /** An optional amount string in a known currency, as minor units. */
  @Nullable Long optionalMinor(String name, CurrencyCode currency) {
    if (!has(name)) {
      return null;
    }
    Money money = money(name, text(name), currency.code());
    if (money.isNegative()) {
      throw new ControlException(op + " needs " + name + " of zero or more");
    }
    return money.minorUnits();
  }

  /** Money as the API reads it, within the mock's bound on amounts. */
  private Money money(String name, String amount, String currency) {
    Money money;
    try {
      money = Money.of(amount, currency);
    } catch (InvalidRequestException e) {
      throw new ControlException(op + " " + name + ": " + e.getMessage());
    }
    if (money.abs().minorUnits() > Amount.maxMinor(money.currency())) {
      throw new ControlException(
          op + " " + name + ": must have at most " + Amount.MAX_INTEGER_DIGITS + " integer digits");
    }
    return money;
  }

  static CurrencyCode currency(String code) {
    try {
      return CurrencyCode.of(code);
    } catch (InvalidRequestException e) {
      throw new ControlException(e.getMessage());
    }
  }
}
