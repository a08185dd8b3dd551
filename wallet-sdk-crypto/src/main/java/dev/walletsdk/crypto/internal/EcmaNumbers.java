/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as ECMAScript's {@code Number.prototype.toString} does (ECMA-262
 * Number::toString), which RFC 8785 §3.2.2.3 prescribes for JSON numbers.
 *
 * <p>The digits are the shortest that read back as the same double, and among those the closest to
 * the exact value. JDK 17's {@code Double.toString} does not always produce the shortest digits
 * (JDK-4511638, fixed in JDK 19), so the digits are searched here with exact decimal arithmetic.
 */
public final class EcmaNumbers {
  private static final int MAX_SIGNIFICANT_DIGITS = 17;

  private EcmaNumbers() {}

  /**
   * Formats a finite double.
   *
   * @param value the number; {@code -0.0} formats as {@code "0"}
   * @return the ECMAScript text
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("NaN and infinities have no JSON form");
    }
    if (value == 0) {
      return "0";
    }
    if (value < 0) {
      return "-" + format(-value);
    }
    BigDecimal shortest = shortestRoundTrip(value).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    return layout(digits, digits.length() - shortest.scale());
  }

  /** Finds the fewest significant digits that parse back to {@code value}, closest first. */
  private static BigDecimal shortestRoundTrip(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision < MAX_SIGNIFICANT_DIGITS; precision++) {
      BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
      BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
      boolean belowFits = readsBackAs(below, value);
      boolean aboveFits = readsBackAs(above, value);
      if (belowFits && aboveFits) {
        return closer(exact, below, above);
      }
      if (belowFits || aboveFits) {
        return belowFits ? below : above;
      }
    }
    return exact.round(new MathContext(MAX_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
  }

  private static boolean readsBackAs(BigDecimal candidate, double value) {
    return Double.parseDouble(candidate.toString()) == value;
  }

  /** Picks the candidate closer to the exact value; on a tie, the one with an even last digit. */
  private static BigDecimal closer(BigDecimal exact, BigDecimal below, BigDecimal above) {
    int comparison = exact.subtract(below).compareTo(above.subtract(exact));
    if (comparison != 0) {
      return comparison < 0 ? below : above;
    }
    return below.unscaledValue().testBit(0) ? above : below;
  }

  /**
   * Lays out digits {@code s} (k of them) and exponent {@code n}, where the value is {@code s ×
   * 10^(n−k)}, per ECMA-262 Number::toString steps 6 to 10.
   */
  private static String layout(String digits, int n) {
    int k = digits.length();
    if (k <= n && n <= 21) {
      return digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + digits;
    }
    String exponent = (n - 1 < 0 ? "-" : "+") + Math.abs(n - 1);
    String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return mantissa + "e" + exponent;
  }
}
