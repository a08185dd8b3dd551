/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The format rules of individual data objects, shared by the parser and the builder. */
final class QrRules {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final BigDecimal MIN_PERCENTAGE = new BigDecimal("0.01");
  private static final BigDecimal MAX_PERCENTAGE = new BigDecimal("99.99");

  private QrRules() {}

  /** The value of a mandatory or set tag; a null is the tag missing. */
  static <T> T required(String tag, @Nullable T value) {
    if (value == null) {
      throw new QrFormatException(tag, QrFormatException.MISSING_TAG, "a value is required");
    }
    return value;
  }

  /** Text of 1 to {@code max} characters without control characters. */
  static String text(String tag, String value, int max) {
    if (value.isEmpty() || value.length() > max) {
      throw new QrFormatException(
          tag,
          QrFormatException.INVALID_LENGTH,
          "the value must be 1 to " + max + " characters but has " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new QrFormatException(
            tag,
            QrFormatException.INVALID_VALUE,
            "the value has a control character at index " + i);
      }
    }
    return value;
  }

  static String merchantCategoryCode(String value) {
    if (value.length() != 4 || !TlvCodec.digits(value)) {
      throw new QrFormatException(
          "52",
          QrFormatException.INVALID_VALUE,
          "the merchant category code \"" + value + "\" is not 4 digits");
    }
    return value;
  }

  static CurrencyCode currency(String value) {
    if (value.length() != 3 || !TlvCodec.digits(value)) {
      throw new QrFormatException(
          "53",
          QrFormatException.INVALID_VALUE,
          "the currency \"" + value + "\" is not a 3-digit ISO 4217 numeric code");
    }
    try {
      return CurrencyCode.ofNumeric(Integer.parseInt(value));
    } catch (InvalidRequestException e) {
      throw new QrFormatException(
          "53",
          QrFormatException.UNKNOWN_CURRENCY,
          "the currency " + value + " is not an ISO 4217 currency in circulation");
    }
  }

  static String country(String value) {
    if (!COUNTRIES.contains(value)) {
      throw new QrFormatException(
          "58",
          QrFormatException.INVALID_VALUE,
          "the country \"" + value + "\" is not an ISO 3166-1 alpha-2 code");
    }
    return value;
  }

  /** Checks the text of an amount: up to 13 characters, digits with at most one dot. */
  static String amountText(String tag, String value) {
    boolean wellFormed =
        !value.isEmpty()
            && value.length() <= 13
            && value.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))
            && value.indexOf('.') == value.lastIndexOf('.')
            && !value.startsWith(".")
            && !value.endsWith(".");
    if (!wellFormed) {
      throw new QrFormatException(
          tag,
          QrFormatException.INVALID_VALUE,
          "the amount \"" + value + "\" is not up to 13 digits with an optional decimal point");
    }
    if (new BigDecimal(value).signum() <= 0) {
      throw new QrFormatException(
          tag, QrFormatException.INVALID_VALUE, "the amount " + value + " is not greater than 0");
    }
    return value;
  }

  /** Reads an amount in the payload's currency; more decimals than the currency has is an error. */
  static Money amount(String tag, String value, CurrencyCode currency) {
    BigDecimal decimal = new BigDecimal(amountText(tag, value));
    if (decimal.stripTrailingZeros().scale() > currency.minorUnits()) {
      throw new QrFormatException(
          tag,
          QrFormatException.TOO_MANY_DECIMALS,
          "the amount "
              + value
              + " has more decimal places than "
              + currency.code()
              + " allows ("
              + currency.minorUnits()
              + ")");
    }
    try {
      return Money.of(decimal, currency);
    } catch (InvalidRequestException e) {
      throw new QrFormatException(tag, QrFormatException.INVALID_VALUE, e.getMessage());
    }
  }

  static BigDecimal percentage(String value) {
    boolean wellFormed =
        !value.isEmpty()
            && value.length() <= 5
            && value.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))
            && value.indexOf('.') == value.lastIndexOf('.')
            && !value.startsWith(".")
            && !value.endsWith(".");
    BigDecimal percentage = wellFormed ? new BigDecimal(value) : null;
    if (percentage == null
        || percentage.stripTrailingZeros().scale() > 2
        || percentage.compareTo(MIN_PERCENTAGE) < 0
        || percentage.compareTo(MAX_PERCENTAGE) > 0) {
      throw new QrFormatException(
          "57",
          QrFormatException.INVALID_VALUE,
          "the percentage \"" + value + "\" is not between 0.01 and 99.99 with 2 decimals at most");
    }
    return percentage;
  }

  /** A sub-tag inside a template: two digits. */
  static String subTag(String template, String subTag) {
    if (subTag.length() != 2 || !TlvCodec.digits(subTag)) {
      throw new QrFormatException(
          template + "." + subTag,
          QrFormatException.INVALID_VALUE,
          "the sub-tag \"" + subTag + "\" is not two digits");
    }
    return subTag;
  }
}
