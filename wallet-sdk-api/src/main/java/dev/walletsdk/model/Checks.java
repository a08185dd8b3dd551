/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Validation shared by the model's builders; every failure names the field and the value. */
final class Checks {
  private Checks() {}

  /** Requires a value, for both requests and models built from responses. */
  static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw InvalidRequestException.forField(field, "required", field + " is required");
    }
    return value;
  }

  /** Requires an amount greater than zero. */
  static Money positive(@Nullable Money amount, String field) {
    required(amount, field);
    if (amount.isNegative()) {
      throw InvalidRequestException.forField(
          field, "negative_amount", field + " must not be negative but was " + amount);
    }
    if (amount.isZero()) {
      throw InvalidRequestException.forField(
          field, "zero_amount", field + " must be greater than zero but was " + amount);
    }
    return amount;
  }

  /** Requires an amount of zero or more. */
  static Money nonNegative(@Nullable Money amount, String field) {
    required(amount, field);
    if (amount.isNegative()) {
      throw InvalidRequestException.forField(
          field, "negative_amount", field + " must not be negative but was " + amount);
    }
    return amount;
  }

  /**
   * Requires text of 1 to {@code maxLength} characters without control characters; {@code null}
   * passes (the field is optional) and is returned as is.
   */
  static @Nullable String optionalText(@Nullable String value, String field, int maxLength) {
    if (value == null) {
      return null;
    }
    if (value.isEmpty() || value.length() > maxLength) {
      throw InvalidRequestException.forField(
          field,
          "invalid_length",
          field + " must be 1 to " + maxLength + " characters but has " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw InvalidRequestException.forField(
            field,
            "invalid_character",
            field
                + " must not contain control characters (found U+"
                + String.format("%04X", (int) value.charAt(i))
                + " at index "
                + i
                + ")");
      }
    }
    return value;
  }

  /** Requires text of 1 to {@code maxLength} characters without control characters. */
  static String text(@Nullable String value, String field, int maxLength) {
    return Objects.requireNonNull(optionalText(required(value, field), field, maxLength));
  }

  /** Requires a whole number within bounds. */
  static int range(int value, String field, int min, int max) {
    if (value < min || value > max) {
      throw InvalidRequestException.forField(
          field,
          "out_of_range",
          field + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /** Requires a non-null list without null elements, and returns an immutable copy. */
  static <T> List<T> list(@Nullable List<T> values, String field) {
    required(values, field);
    for (int i = 0; i < values.size(); i++) {
      required(values.get(i), field + "[" + i + "]");
    }
    return List.copyOf(values);
  }

  /** Requires exactly one of two alternatives to be present. */
  static void exactlyOne(
      @Nullable Object first, String firstField, @Nullable Object second, String secondField) {
    if ((first == null) == (second == null)) {
      throw InvalidRequestException.forField(
          first == null ? firstField : secondField,
          first == null ? "required" : "mutually_exclusive",
          "exactly one of "
              + firstField
              + " and "
              + secondField
              + " must be set but "
              + (first == null ? "neither was" : "both were"));
    }
  }

  /** Requires text of at least one character, for response values that have no length limit. */
  static String nonEmpty(@Nullable String value, String field) {
    String text = required(value, field);
    if (text.isEmpty()) {
      throw InvalidRequestException.forField(field, "invalid_length", field + " must not be empty");
    }
    return text;
  }

  /** Requires an amount to be in the currency of another amount of the same resource. */
  static Money sameCurrency(Money amount, String field, Money other, String otherField) {
    if (amount.currency() != other.currency()) {
      throw InvalidRequestException.forField(
          field,
          "currency_mismatch",
          field
              + " "
              + amount
              + " must be in the currency of "
              + otherField
              + ", "
              + other.currency());
    }
    return amount;
  }

  /**
   * Parses a currency code with the error naming the builder method that received it, since {@link
   * CurrencyCode#of(String)} names the field {@code currency}.
   */
  static CurrencyCode currency(@Nullable String code, String field) {
    if (!CurrencyCode.isKnown(code)) {
      throw InvalidRequestException.forField(
          field,
          "unknown_currency",
          field
              + " currency "
              + CurrencyCode.quoted(code)
              + " is not a known ISO 4217 currency code");
    }
    return CurrencyCode.of(code);
  }
}
