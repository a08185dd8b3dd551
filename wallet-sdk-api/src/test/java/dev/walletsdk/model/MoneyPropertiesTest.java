/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MoneyPropertiesTest {
  private static final int EXAMPLES = 500;

  /** Every minor-unit count of every currency fits in ±(10^15 - 1) × 10^minorUnits. */
  private static final long MAX_WHOLE_UNITS = 999_999_999_999_999L;

  /** Small enough that sums and differences of two amounts stay within 15 integer digits. */
  private static final long HALF_RANGE = 499_999_999_999_999L;

  private static final Gen<CurrencyCode> CURRENCIES =
      Generate.pick(List.copyOf(CurrencyCode.all()));

  /** Any valid money: minor units up to the 15-digit limit of its currency, mixed with small. */
  private static final Gen<Money> MONEY =
      CURRENCIES.flatMap(
          currency -> {
            long max = maxMinorUnits(currency);
            return longs()
                .between(-max, max)
                .mix(longs().between(-1_000, 1_000))
                .map(units -> Money.ofMinor(units, currency));
          });

  private static long maxMinorUnits(CurrencyCode currency) {
    long max = MAX_WHOLE_UNITS;
    for (int i = 0; i < currency.minorUnits(); i++) {
      max = max * 10 + 9;
    }
    return max;
  }

  private static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }

  @Test
  void toStringAndAmountStringReadBackToEqualMoney() {
    qt().withExamples(EXAMPLES)
        .forAll(MONEY)
        .checkAssert(
            money -> {
              assertThat(Money.parse(money.toString())).isEqualTo(money);
              assertThat(Money.of(money.toAmountString(), money.currency())).isEqualTo(money);
              assertThat(Money.of(money.toAmountString(), money.currency().code()))
                  .isEqualTo(money);
              assertThat(Money.of(money.amount(), money.currency())).isEqualTo(money);
            });
  }

  @Test
  void minorUnitsReadBackToEqualMoney() {
    qt().withExamples(EXAMPLES)
        .forAll(MONEY)
        .checkAssert(
            money ->
                assertThat(Money.ofMinor(money.minorUnits(), money.currency())).isEqualTo(money));
  }

  @Test
  void plusAndMinusKeepTheScaleAndMatchLongArithmetic() {
    qt().withExamples(EXAMPLES)
        .forAll(
            CURRENCIES,
            longs().between(-HALF_RANGE, HALF_RANGE),
            longs().between(-HALF_RANGE, HALF_RANGE))
        .checkAssert(
            (currency, x, y) -> {
              Money a = Money.ofMinor(x, currency);
              Money b = Money.ofMinor(y, currency);
              Money sum = a.plus(b);
              Money difference = a.minus(b);

              assertThat(sum.amount().scale()).isEqualTo(currency.minorUnits());
              assertThat(difference.amount().scale()).isEqualTo(currency.minorUnits());
              assertThat(sum.minorUnits()).isEqualTo(x + y);
              assertThat(difference.minorUnits()).isEqualTo(x - y);
              assertThat(sum.currency()).isSameAs(currency);
            });
  }

  @Test
  void negateKeepsTheScaleAndMatchesLongArithmetic() {
    qt().withExamples(EXAMPLES)
        .forAll(MONEY)
        .checkAssert(
            money -> {
              Money negated = money.negate();

              assertThat(negated.amount().scale()).isEqualTo(money.currency().minorUnits());
              assertThat(negated.minorUnits()).isEqualTo(-money.minorUnits());
              assertThat(negated.negate()).isEqualTo(money);
              assertThat(negated.abs()).isEqualTo(money.abs());
            });
  }

  @Test
  void multiplyByASmallWholeNumberKeepsTheScaleAndMatchesLongArithmetic() {
    qt().withExamples(EXAMPLES)
        .forAll(
            CURRENCIES,
            longs().between(-999_999_999_999L, 999_999_999_999L),
            longs().between(-999, 999))
        .checkAssert(
            (currency, units, factor) -> {
              Money product = Money.ofMinor(units, currency).multiply(factor);

              assertThat(product.amount().scale()).isEqualTo(currency.minorUnits());
              assertThat(product.minorUnits()).isEqualTo(units * factor);
            });
  }

  @Test
  void addingThenSubtractingTheSameAmountGivesTheOriginal() {
    qt().withExamples(EXAMPLES)
        .forAll(
            CURRENCIES,
            longs().between(-HALF_RANGE, HALF_RANGE),
            longs().between(-HALF_RANGE, HALF_RANGE))
        .checkAssert(
            (currency, x, y) -> {
              Money a = Money.ofMinor(x, currency);
              Money b = Money.ofMinor(y, currency);

              assertThat(a.plus(b).minus(b)).isEqualTo(a);
            });
  }

  @Test
  void amountWithMoreDecimalsThanTheCurrencyIsNeverSilentlyRounded() {
    qt().withExamples(EXAMPLES)
        .forAll(
            CURRENCIES,
            longs().between(-MAX_WHOLE_UNITS, MAX_WHOLE_UNITS),
            integers().between(1, 4),
            longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (currency, whole, extra, digits) -> {
              int places = currency.minorUnits() + extra;
              long leading = (digits / 9) % pow10(places - 1);
              long last = 1 + digits % 9;
              String fraction =
                  (places > 1 ? String.format("%0" + (places - 1) + "d", leading) : "") + last;
              String amount = whole + "." + fraction;

              assertRejected(
                  () -> Money.of(amount, currency),
                  "amount",
                  "too_many_decimals",
                  "amount \""
                      + amount
                      + "\" has "
                      + places
                      + (places == 1 ? " decimal place" : " decimal places")
                      + " but "
                      + currency.code()
                      + " allows at most "
                      + currency.minorUnits());
            });
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().withExamples(EXAMPLES)
        .forAll(MONEY, MONEY)
        .checkAssert(
            (a, b) -> {
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            });
  }
}
