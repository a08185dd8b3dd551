/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.CurrencyCode.quoted;

import dev.walletsdk.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in one currency, exact to the currency's minor unit.
 *
 * <p>The amount always has the scale of its currency ({@link CurrencyCode#minorUnits()}): 2 for
 * EUR, 0 for JPY, 3 for BHD. Creating money with more decimal places than that is an error, never a
 * silent rounding; trailing zeros beyond the scale ({@code "1.230"} for EUR) are accepted because
 * they do not change the value. Arithmetic that needs rounding takes an explicit {@link
 * RoundingMode}. Amounts have at most 15 integer digits, so every amount is also exact as a {@code
 * long} number of minor units.
 *
 * <p>On the wire an amount is a JSON string in plain decimal notation ({@link #toAmountString()}),
 * never a JSON number. {@link #toString()} gives {@code "12.34 EUR"}, which {@link #parse(String)}
 * reads back.
 *
 * <p>Money may be negative or zero as the result of arithmetic; requests reject negative amounts.
 * Instances are immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
  /** The largest number of digits before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 15;

  private static final int MAX_TEXT_LENGTH = 64;

  private final BigDecimal amount;
  private final CurrencyCode currency;

  private Money(BigDecimal amount, CurrencyCode currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Creates money from a decimal string and a currency code.
   *
   * @param amount plain decimal notation: an optional {@code -}, digits without leading zeros, and
   *     an optional fraction, for example {@code "12.34"}
   * @param currency an ISO 4217 alphabetic code, for example {@code "EUR"}
   * @return the money
   * @throws InvalidRequestException if the amount is not a decimal number ({@code invalid_amount}),
   *     has more decimals than the currency allows ({@code too_many_decimals}) or more than 15
   *     integer digits ({@code amount_too_large}), or the currency is unknown ({@code
   *     unknown_currency})
   */
  public static Money of(@Nullable String amount, @Nullable String currency) {
    return of(amount, CurrencyCode.of(currency));
  }

  /**
   * Creates money from a decimal string.
   *
   * @param amount plain decimal notation, for example {@code "12.34"}
   * @param currency the currency
   * @return the money
   * @throws InvalidRequestException as {@link #of(String, String)}
   */
  public static Money of(@Nullable String amount, CurrencyCode currency) {
    Objects.requireNonNull(currency, "currency");
    if (amount == null || !isPlainDecimal(amount)) {
      throw InvalidRequestException.forField(
          "amount",
          "invalid_amount",
          "amount " + quoted(amount) + " is not a decimal number such as \"12.34\"");
    }
    return checked(new BigDecimal(amount), amount, currency);
  }

  /**
   * Creates money from a {@link BigDecimal}.
   *
   * @param amount the amount; its value must be exact at the currency's scale
   * @param currency the currency
   * @return the money
   * @throws InvalidRequestException if the amount has more decimals than the currency allows or
   *     more than 15 integer digits
   */
  public static Money of(BigDecimal amount, CurrencyCode currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    return checked(amount, amount.toPlainString(), currency);
  }

  /**
   * Creates money from a whole number of minor units: {@code ofMinor(1234, EUR)} is 12.34 EUR.
   *
   * @param minorUnits the amount in the currency's minor unit
   * @param currency the currency
   * @return the money
   * @throws InvalidRequestException if the amount has more than 15 integer digits
   */
  public static Money ofMinor(long minorUnits, CurrencyCode currency) {
    Objects.requireNonNull(currency, "currency");
    BigDecimal amount = BigDecimal.valueOf(minorUnits, currency.minorUnits());
    return checked(amount, amount.toPlainString(), currency);
  }

  /**
   * Returns zero in the given currency.
   *
   * @param currency the currency
   * @return zero, at the currency's scale
   */
  public static Money zero(CurrencyCode currency) {
    Objects.requireNonNull(currency, "currency");
    return new Money(BigDecimal.ZERO.setScale(currency.minorUnits()), currency);
  }

  /**
   * Reads the form produced by {@link #toString()}: an amount, one space, a currency code.
   *
   * @param text for example {@code "12.34 EUR"}
   * @return the money
   * @throws InvalidRequestException if the text does not have that form, or as {@link #of(String,
   *     String)}
   */
  public static Money parse(String text) {
    int space = text == null ? -1 : text.indexOf(' ');
    if (text == null || space < 0 || text.indexOf(' ', space + 1) >= 0) {
      throw InvalidRequestException.forField(
          "money",
          "invalid_money",
          "money " + quoted(text) + " is not an amount and a currency code such as \"12.34 EUR\"");
    }
    return of(text.substring(0, space), text.substring(space + 1));
  }

  private static boolean isPlainDecimal(String text) {
    int length = text.length();
    int i = text.startsWith("-") ? 1 : 0;
    int integerStart = i;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
    }
    int integerDigits = i - integerStart;
    if (integerDigits == 0 || length > MAX_TEXT_LENGTH) {
      return false;
    }
    if (integerDigits > 1 && text.charAt(integerStart) == '0') {
      return false;
    }
    if (i == length) {
      return true;
    }
    if (text.charAt(i) != '.' || i == length - 1) {
      return false;
    }
    for (i++; i < length; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Money checked(BigDecimal value, String text, CurrencyCode currency) {
    int minorUnits = currency.minorUnits();
    if (value.scale() > minorUnits && value.stripTrailingZeros().scale() > minorUnits) {
      int places = value.stripTrailingZeros().scale();
      throw InvalidRequestException.forField(
          "amount",
          "too_many_decimals",
          "amount "
              + quoted(text)
              + " has "
              + places
              + (places == 1 ? " decimal place" : " decimal places")
              + " but "
              + currency.code()
              + " allows at most "
              + minorUnits);
    }
    BigDecimal scaled = value.setScale(minorUnits, RoundingMode.UNNECESSARY);
    if (scaled.precision() - scaled.scale() > MAX_INTEGER_DIGITS) {
      throw InvalidRequestException.forField(
          "amount",
          "amount_too_large",
          "amount " + quoted(text) + " has more than " + MAX_INTEGER_DIGITS + " integer digits");
    }
    if (scaled.signum() == 0) {
      scaled = BigDecimal.ZERO.setScale(minorUnits);
    }
    return new Money(scaled, currency);
  }

  /**
   * Returns the amount, at the currency's scale.
   *
   * @return the amount; {@code amount().scale() == currency().minorUnits()}
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the amount as a whole number of minor units: 12.34 EUR gives 1234.
   *
   * @return the amount in minor units, exact
   */
  public long minorUnits() {
    return amount.unscaledValue().longValueExact();
  }

  /**
   * Returns the amount in plain decimal notation at the currency's scale, the wire form: {@code
   * "12.30"} for 12.3 EUR, {@code "1500"} for 1500 JPY.
   *
   * @return the amount as text
   */
  public String toAmountString() {
    return amount.toPlainString();
  }

  /**
   * Returns the sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return amount.signum();
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return {@code true} for zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Tells whether the amount is greater than zero.
   *
   * @return {@code true} for a positive amount
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Tells whether the amount is less than zero.
   *
   * @return {@code true} for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Adds money of the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws InvalidRequestException if the currencies differ ({@code currency_mismatch}) or the sum
   *     has more than 15 integer digits
   */
  public Money plus(Money other) {
    requireSameCurrency(other, "add %s to %s");
    return result(amount.add(other.amount));
  }

  /**
   * Subtracts money of the same currency.
   *
   * @param other the amount to subtract
   * @return the difference, possibly negative
   * @throws InvalidRequestException if the currencies differ ({@code currency_mismatch}) or the
   *     difference has more than 15 integer digits
   */
  public Money minus(Money other) {
    requireSameCurrency(other, "subtract %s from %s");
    return result(amount.subtract(other.amount));
  }

  /**
   * Returns the amount with the opposite sign.
   *
   * @return the negated money
   */
  public Money negate() {
    return result(amount.negate());
  }

  /**
   * Returns the amount without its sign.
   *
   * @return the absolute value
   */
  public Money abs() {
    return amount.signum() < 0 ? negate() : this;
  }

  /**
   * Multiplies by a whole number; always exact.
   *
   * @param factor the multiplier
   * @return the product
   * @throws InvalidRequestException if the product has more than 15 integer digits
   */
  public Money multiply(long factor) {
    return result(amount.multiply(BigDecimal.valueOf(factor)));
  }

  /**
   * Multiplies by a decimal factor and rounds to the currency's scale with the given mode.
   *
   * @param factor the multiplier, of any sign, for example a percentage as {@code 0.015}
   * @param rounding how to round; {@link RoundingMode#UNNECESSARY} demands an exact result
   * @return the product at the currency's scale
   * @throws InvalidRequestException if rounding is {@code UNNECESSARY} and the product is not exact
   *     ({@code rounding_required}), or the product has more than 15 integer digits
   */
  public Money multiply(BigDecimal factor, RoundingMode rounding) {
    Objects.requireNonNull(factor, "factor");
    return scaled(factor, currency, rounding);
  }

  /**
   * Converts into another currency at the given rate: the result is {@code amount × rate}, rounded
   * to the target currency's scale with the given mode.
   *
   * @param target the currency of the result
   * @param rate units of {@code target} per unit of this currency
   * @param rounding how to round; Wallet API v1 servers use {@link RoundingMode#HALF_EVEN}
   * @return the converted money
   * @throws InvalidRequestException if the rate is not positive ({@code invalid_rate}), rounding is
   *     {@code UNNECESSARY} and the result is not exact ({@code rounding_required}), or the result
   *     has more than 15 integer digits
   */
  public Money convert(CurrencyCode target, BigDecimal rate, RoundingMode rounding) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() <= 0) {
      throw InvalidRequestException.forField(
          "rate", "invalid_rate", "rate " + rate.toPlainString() + " must be greater than zero");
    }
    return scaled(rate, target, rounding);
  }

  private Money scaled(BigDecimal factor, CurrencyCode target, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal exact = amount.multiply(factor);
    if (rounding == RoundingMode.UNNECESSARY
        && exact.stripTrailingZeros().scale() > target.minorUnits()) {
      throw InvalidRequestException.forField(
          "rounding",
          "rounding_required",
          this
              + " × "
              + factor.toPlainString()
              + " = "
              + exact.toPlainString()
              + " is not exact in "
              + target.code()
              + "; pass a RoundingMode");
    }
    BigDecimal rounded = exact.setScale(target.minorUnits(), rounding);
    return checked(rounded, rounded.toPlainString(), target);
  }

  /**
   * Tells whether this amount is greater than another of the same currency.
   *
   * @param other the amount to compare with
   * @return {@code true} if this amount is larger
   * @throws InvalidRequestException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    requireSameCurrency(other, "compare %s with %s");
    return amount.compareTo(other.amount) > 0;
  }

  /**
   * Tells whether this amount is less than another of the same currency.
   *
   * @param other the amount to compare with
   * @return {@code true} if this amount is smaller
   * @throws InvalidRequestException if the currencies differ
   */
  public boolean isLessThan(Money other) {
    requireSameCurrency(other, "compare %s with %s");
    return amount.compareTo(other.amount) < 0;
  }

  /**
   * Orders by currency code, then by amount. Consistent with {@link #equals(Object)}; never throws
   * for different currencies (use {@link #isGreaterThan(Money)} to compare amounts of one
   * currency).
   */
  @Override
  public int compareTo(Money other) {
    int byCurrency = currency.code().compareTo(other.currency.code());
    return byCurrency != 0 ? byCurrency : amount.compareTo(other.amount);
  }

  /**
   * Rejects an operand of another currency.
   *
   * @param operation phrases the operation with the operand first and this amount second, such as
   *     {@code "add %s to %s"}
   */
  private void requireSameCurrency(Money other, String operation) {
    Objects.requireNonNull(other, "other");
    if (other.currency != currency) {
      throw InvalidRequestException.forField(
          "currency",
          "currency_mismatch",
          "cannot " + String.format(operation, other, this) + ": currencies differ");
    }
  }

  private Money result(BigDecimal value) {
    return checked(value, value.toPlainString(), currency);
  }

  /** Two amounts are equal when they have the same currency and the same value. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money other && currency == other.currency && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.hashCode();
  }

  /** Returns the amount and the currency code, for example {@code "12.34 EUR"}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.code();
  }
}
