/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EcmaNumbersTest {

  /** RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text (finite rows). */
  @ParameterizedTest
  @CsvSource({
    "0000000000000000, 0",
    "8000000000000000, 0",
    "0000000000000001, 5e-324",
    "8000000000000001, -5e-324",
    "7fefffffffffffff, 1.7976931348623157e+308",
    "ffefffffffffffff, -1.7976931348623157e+308",
    "4340000000000000, 9007199254740992",
    "c340000000000000, -9007199254740992",
    "4430000000000000, 295147905179352830000",
    "44b52d02c7e14af5, 9.999999999999997e+22",
    "44b52d02c7e14af6, 1e+23",
    "44b52d02c7e14af7, 1.0000000000000001e+23",
    "444b1ae4d6e2ef4e, 999999999999999700000",
    "444b1ae4d6e2ef4f, 999999999999999900000",
    "444b1ae4d6e2ef50, 1e+21",
    "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
    "3eb0c6f7a0b5ed8d, 0.000001",
    "41b3de4355555553, 333333333.3333332",
    "41b3de4355555554, 333333333.33333325",
    "41b3de4355555555, 333333333.3333333",
    "41b3de4355555556, 333333333.3333334",
    "41b3de4355555557, 333333333.33333343",
    "becbf647612f3696, -0.0000033333333333333333",
    "43143ff3c1cb0959, 1424953923781206.2"
  })
  void formatsRfc8785AppendixBNumbers(String bits, String expected) {
    double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));

    assertThat(EcmaNumbers.format(value)).isEqualTo(expected);
  }

  /**
   * JDK 17 prints these as 1.9999999999999998E23, 2.82879384806159008E17, 1.9400994884341944E25.
   */
  @ParameterizedTest
  @CsvSource({
    "2e23, 2e+23",
    "2.82879384806159E17, 282879384806159000",
    "1.9400994884341945E25, 1.9400994884341945e+25"
  })
  void findsTheShortestClosestDigitsWhereJdk17DoubleToStringDoesNot(double value, String text) {
    assertThat(EcmaNumbers.format(value)).isEqualTo(text);
  }

  @Test
  void rejectsNaNAndInfinity() {
    assertThatThrownBy(() -> EcmaNumbers.format(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NaN and infinities have no JSON form");
    assertThatThrownBy(() -> EcmaNumbers.format(Double.NEGATIVE_INFINITY))
        .hasMessage("NaN and infinities have no JSON form");
  }

  @Test
  void everyFiniteDoubleReadsBackFromItsText() {
    qt().withExamples(2_000)
        .forAll(longs().all())
        .assuming(bits -> Double.isFinite(Double.longBitsToDouble(bits)))
        .checkAssert(
            bits -> {
              double value = Double.longBitsToDouble(bits);
              assertThat(Double.parseDouble(EcmaNumbers.format(value))).isEqualTo(value + 0.0);
            });
  }

  @Test
  void neverUsesMoreSignificantDigitsThanJdkDoubleToString() {
    qt().withExamples(2_000)
        .forAll(longs().all())
        .assuming(bits -> Double.isFinite(Double.longBitsToDouble(bits)))
        .checkAssert(
            bits -> {
              double value = Math.abs(Double.longBitsToDouble(bits));
              assertThat(significantDigits(EcmaNumbers.format(value)))
                  .isLessThanOrEqualTo(significantDigits(Double.toString(value)));
            });
  }

  private static int significantDigits(String text) {
    return new BigDecimal(text).stripTrailingZeros().precision();
  }
}
