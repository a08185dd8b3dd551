/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  private static final CurrencyCode EUR = CurrencyCode.EUR;
  private static final CurrencyCode USD = CurrencyCode.USD;
  private static final CurrencyCode JPY = CurrencyCode.JPY;
  private static final CurrencyCode BHD = CurrencyCode.BHD;

  private static Money eur(String amount) {
    return Money.of(amount, EUR);
  }

  // --- creation from text -------------------------------------------------------------------

  @Test
  void amountWithMoreDecimalsThanTheCurrencyIsRejected() {
    assertRejected(
        () -> Money.of("1.234", "EUR"),
        "amount",
        "too_many_decimals",
        "amount \"1.234\" has 3 decimal places but EUR allows at most 2");
  }

  @Test
  void amountWithOneDecimalIsRejectedForACurrencyWithoutMinorUnits() {
    assertRejected(
        () -> Money.of("1.5", "JPY"),
        "amount",
        "too_many_decimals",
        "amount \"1.5\" has 1 decimal place but JPY allows at most 0");
  }

  @Test
  void amountWithFourDecimalsIsRejectedForAThreeDecimalCurrency() {
    assertRejected(
        () -> Money.of("1.2345", "BHD"),
        "amount",
        "too_many_decimals",
        "amount \"1.2345\" has 4 decimal places but BHD allows at most 3");
  }

  @Test
  void tooManyDecimalsCountsOnlySignificantDecimals() {
    assertRejected(
        () -> Money.of("1.2340", "EUR"),
        "amount",
        "too_many_decimals",
        "amount \"1.2340\" has 3 decimal places but EUR allows at most 2");
  }

  @Test
  void unknownCurrencyIsRejected() {
    assertRejected(
        () -> Money.of("1.00", "EUX"),
        "currency",
        "unknown_currency",
        "currency \"EUX\" is not a known ISO 4217 currency code");
  }

  @Test
  void lowerCaseCurrencyIsRejected() {
    assertRejected(
        () -> Money.of("1.00", "eur"),
        "currency",
        "unknown_currency",
        "currency \"eur\" is not a known ISO 4217 currency code");
  }

  @Test
  void nullCurrencyIsRejected() {
    assertRejected(
        () -> Money.of("1.00", (String) null),
        "currency",
        "unknown_currency",
        "currency null is not a known ISO 4217 currency code");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1,00",
        "1e3",
        "1E3",
        "+1",
        ".5",
        "5.",
        "007",
        "00",
        "-007",
        "",
        " 1",
        "1 ",
        "-",
        "-.5",
        "--1",
        "1.2.3",
        "0x10",
        "1_000",
        "NaN",
        "Infinity",
        "١٢",
        "1.-2"
      })
  void textThatIsNotAPlainDecimalIsRejected(String amount) {
    assertRejected(
        () -> Money.of(amount, "EUR"),
        "amount",
        "invalid_amount",
        "amount \"" + amount + "\" is not a decimal number such as \"12.34\"");
  }

  @Test
  void nullAmountIsRejected() {
    assertRejected(
        () -> Money.of(null, "EUR"),
        "amount",
        "invalid_amount",
        "amount null is not a decimal number such as \"12.34\"");
  }

  @Test
  void amountTextLongerThan64CharactersIsRejectedEvenWithOnlyTrailingZeros() {
    String amount = "1." + "0".repeat(63);

    assertRejected(
        () -> Money.of(amount, "EUR"),
        "amount",
        "invalid_amount",
        "amount \"" + amount + "\" is not a decimal number such as \"12.34\"");
  }

  @Test
  void amountWithMoreThan15IntegerDigitsIsRejected() {
    assertRejected(
        () -> Money.of("1000000000000000", "EUR"),
        "amount",
        "amount_too_large",
        "amount \"1000000000000000\" has more than 15 integer digits");
  }

  @Test
  void negativeAmountWithMoreThan15IntegerDigitsIsRejected() {
    assertRejected(
        () -> Money.of("-1000000000000000.00", "EUR"),
        "amount",
        "amount_too_large",
        "amount \"-1000000000000000.00\" has more than 15 integer digits");
  }

  @Test
  void amountWith15IntegerDigitsIsAccepted() {
    Money money = Money.of("999999999999999.99", "EUR");

    assertThat(money.minorUnits()).isEqualTo(99_999_999_999_999_999L);
  }

  @Test
  void largestThreeDecimalAmountIsExactInMinorUnits() {
    Money money = Money.of("999999999999999.999", "BHD");

    assertThat(money.minorUnits()).isEqualTo(999_999_999_999_999_999L);
  }

  @Test
  void zeroAndSmallAmountsWithALeadingZeroAreAccepted() {
    assertThat(eur("0").toAmountString()).isEqualTo("0.00");
    assertThat(eur("0.5").toAmountString()).isEqualTo("0.50");
    assertThat(eur("-0.05").toAmountString()).isEqualTo("-0.05");
  }

  // --- scale normalisation ------------------------------------------------------------------

  @Test
  void amountIsPaddedToTheCurrencyScale() {
    assertThat(Money.of("12.3", "EUR").toAmountString()).isEqualTo("12.30");
    assertThat(Money.of("12.3", "EUR").amount().scale()).isEqualTo(2);
  }

  @Test
  void amountWithoutMinorUnitsHasNoDecimalPoint() {
    assertThat(Money.of("1500", "JPY").toAmountString()).isEqualTo("1500");
  }

  @Test
  void threeDecimalCurrencyIsPaddedToThreeDecimals() {
    assertThat(Money.of("1.5", "BHD").toAmountString()).isEqualTo("1.500");
  }

  @Test
  void trailingZerosBeyondTheScaleAreAccepted() {
    assertThat(Money.of("1.230", "EUR")).isEqualTo(Money.of("1.23", "EUR"));
    assertThat(Money.of("1.2300000", "EUR").toAmountString()).isEqualTo("1.23");
    assertThat(Money.of("1500.000", "JPY").toAmountString()).isEqualTo("1500");
  }

  @Test
  void negativeZeroEqualsZero() {
    Money negativeZero = Money.of("-0.00", "EUR");

    assertThat(negativeZero).isEqualTo(Money.zero(EUR)).hasSameHashCodeAs(Money.zero(EUR));
    assertThat(negativeZero.isZero()).isTrue();
    assertThat(negativeZero.signum()).isZero();
    assertThat(negativeZero).hasToString("0.00 EUR");
  }

  @Test
  void zeroHasTheScaleOfItsCurrency() {
    assertThat(Money.zero(EUR).toAmountString()).isEqualTo("0.00");
    assertThat(Money.zero(JPY).toAmountString()).isEqualTo("0");
    assertThat(Money.zero(BHD).toAmountString()).isEqualTo("0.000");
  }

  // --- creation from BigDecimal and minor units ---------------------------------------------

  @Test
  void bigDecimalIsScaledToTheCurrency() {
    Money money = Money.of(new BigDecimal("12.3"), EUR);

    assertThat(money).isEqualTo(eur("12.30"));
    assertThat(money.amount().scale()).isEqualTo(2);
  }

  @Test
  void bigDecimalWithNegativeScaleIsAccepted() {
    assertThat(Money.of(new BigDecimal("1E+3"), JPY).toAmountString()).isEqualTo("1000");
  }

  @Test
  void bigDecimalWithTooManyDecimalsIsRejected() {
    assertRejected(
        () -> Money.of(new BigDecimal("1.005"), EUR),
        "amount",
        "too_many_decimals",
        "amount \"1.005\" has 3 decimal places but EUR allows at most 2");
  }

  @Test
  void ofMinorPlacesTheDecimalPointByTheCurrency() {
    assertThat(Money.ofMinor(1234, EUR)).isEqualTo(eur("12.34"));
    assertThat(Money.ofMinor(1500, JPY)).isEqualTo(Money.of("1500", "JPY"));
    assertThat(Money.ofMinor(1500, BHD)).isEqualTo(Money.of("1.500", "BHD"));
    assertThat(Money.ofMinor(-5, EUR)).isEqualTo(eur("-0.05"));
  }

  @Test
  void ofMinorBeyond15IntegerDigitsIsRejected() {
    assertRejected(
        () -> Money.ofMinor(Long.MAX_VALUE, EUR),
        "amount",
        "amount_too_large",
        "amount \"92233720368547758.07\" has more than 15 integer digits");
  }

  @Test
  void minorUnitsIsTheUnscaledAmount() {
    assertThat(eur("12.34").minorUnits()).isEqualTo(1234);
    assertThat(eur("12.3").minorUnits()).isEqualTo(1230);
    assertThat(eur("-12.34").minorUnits()).isEqualTo(-1234);
    assertThat(Money.of("1500", "JPY").minorUnits()).isEqualTo(1500);
    assertThat(Money.of("1.5", "BHD").minorUnits()).isEqualTo(1500);
  }

  // --- text form ----------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "12.34, EUR, 12.34 EUR",
    "12.3, EUR, 12.30 EUR",
    "-0.5, EUR, -0.50 EUR",
    "1500, JPY, 1500 JPY",
    "1.5, BHD, 1.500 BHD"
  })
  void toStringIsTheAmountAndTheCurrencyCode(String amount, String currency, String text) {
    assertThat(Money.of(amount, currency)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.34 EUR", "-0.05 EUR", "0.00 EUR", "1500 JPY", "1.500 BHD"})
  void parseReadsWhatToStringWrites(String text) {
    Money money = Money.parse(text);

    assertThat(money).hasToString(text);
    assertThat(Money.parse(money.toString())).isEqualTo(money);
  }

  @Test
  void parseNormalisesTheScale() {
    assertThat(Money.parse("12.3 EUR")).isEqualTo(eur("12.30"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "12.34EUR",
        "12.34  EUR",
        " 12.34 EUR",
        "12.34 EUR ",
        "EUR",
        "12.34",
        "1 2 EUR"
      })
  void parseRejectsTextWithoutExactlyOneSpace(String text) {
    assertRejected(
        () -> Money.parse(text),
        "money",
        "invalid_money",
        "money \"" + text + "\" is not an amount and a currency code such as \"12.34 EUR\"");
  }

  @Test
  void parseRejectsNull() {
    assertRejected(
        () -> Money.parse(null),
        "money",
        "invalid_money",
        "money null is not an amount and a currency code such as \"12.34 EUR\"");
  }

  @Test
  void parseReportsAnUnknownCurrency() {
    assertRejected(
        () -> Money.parse("12.34 eur"),
        "currency",
        "unknown_currency",
        "currency \"eur\" is not a known ISO 4217 currency code");
  }

  @Test
  void parseReportsAnInvalidAmount() {
    assertRejected(
        () -> Money.parse("12,34 EUR"),
        "amount",
        "invalid_amount",
        "amount \"12,34\" is not a decimal number such as \"12.34\"");
  }

  @Test
  void parseWithCurrencyFirstIsRejectedAsAnUnknownCurrency() {
    assertRejected(
        () -> Money.parse("EUR 12.34"),
        "currency",
        "unknown_currency",
        "currency \"12.34\" is not a known ISO 4217 currency code");
  }

  // --- arithmetic ---------------------------------------------------------------------------

  @Test
  void plusAddsAmountsOfOneCurrency() {
    assertThat(eur("12.34").plus(eur("0.66"))).isEqualTo(eur("13.00"));
  }

  @Test
  void minusMayGiveANegativeAmount() {
    Money difference = eur("1.00").minus(eur("2.50"));

    assertThat(difference).isEqualTo(eur("-1.50"));
    assertThat(difference.isNegative()).isTrue();
  }

  @Test
  void addingAnotherCurrencyIsRejected() {
    assertRejected(
        () -> eur("2.00").plus(Money.of("1.00", "USD")),
        "currency",
        "currency_mismatch",
        "cannot add 1.00 USD to 2.00 EUR: currencies differ");
  }

  @Test
  void subtractingAnotherCurrencyIsRejected() {
    assertRejected(
        () -> eur("2.00").minus(Money.of("1.00", "USD")),
        "currency",
        "currency_mismatch",
        "cannot subtract 1.00 USD from 2.00 EUR: currencies differ");
  }

  @Test
  void comparingAmountsOfDifferentCurrenciesIsRejected() {
    assertRejected(
        () -> eur("2.00").isGreaterThan(Money.of("1", "JPY")),
        "currency",
        "currency_mismatch",
        "cannot compare 1 JPY with 2.00 EUR: currencies differ");
    assertRejected(
        () -> eur("2.00").isLessThan(Money.of("1", "JPY")),
        "currency",
        "currency_mismatch",
        "cannot compare 1 JPY with 2.00 EUR: currencies differ");
  }

  @Test
  void sumBeyond15IntegerDigitsIsRejected() {
    assertRejected(
        () -> eur("999999999999999.99").plus(eur("0.01")),
        "amount",
        "amount_too_large",
        "amount \"1000000000000000.00\" has more than 15 integer digits");
  }

  @Test
  void negateAndAbsFlipAndDropTheSign() {
    assertThat(eur("1.50").negate()).isEqualTo(eur("-1.50"));
    assertThat(eur("-1.50").abs()).isEqualTo(eur("1.50"));
    assertThat(eur("1.50").abs()).isEqualTo(eur("1.50"));
    assertThat(Money.zero(EUR).negate()).isEqualTo(Money.zero(EUR));
  }

  @Test
  void signPredicatesFollowTheAmount() {
    assertThat(eur("0.01").isPositive()).isTrue();
    assertThat(eur("0.01").isNegative()).isFalse();
    assertThat(eur("-0.01").isNegative()).isTrue();
    assertThat(eur("-0.01").signum()).isEqualTo(-1);
    assertThat(Money.zero(EUR).isPositive()).isFalse();
    assertThat(Money.zero(EUR).isNegative()).isFalse();
  }

  @Test
  void multiplyByAWholeNumberIsExact() {
    assertThat(eur("0.10").multiply(3)).isEqualTo(eur("0.30"));
    assertThat(eur("0.10").multiply(-3)).isEqualTo(eur("-0.30"));
    assertThat(eur("0.10").multiply(0)).isEqualTo(Money.zero(EUR));
  }

  @Test
  void multiplyByAWholeNumberBeyond15IntegerDigitsIsRejected() {
    assertRejected(
        () -> eur("100000000000000.00").multiply(10),
        "amount",
        "amount_too_large",
        "amount \"1000000000000000.00\" has more than 15 integer digits");
  }

  @Test
  void multiplyByADecimalFactorRoundsWithTheGivenMode() {
    assertThat(eur("10.01").multiply(new BigDecimal("0.015"), RoundingMode.HALF_EVEN))
        .isEqualTo(eur("0.15"));
    assertThat(eur("10.01").multiply(new BigDecimal("0.015"), RoundingMode.UP))
        .isEqualTo(eur("0.16"));
  }

  @Test
  void multiplyWithUnnecessaryRoundingSucceedsWhenTheProductIsExact() {
    assertThat(eur("10.00").multiply(new BigDecimal("0.015"), RoundingMode.UNNECESSARY))
        .isEqualTo(eur("0.15"));
  }

  @Test
  void multiplyWithUnnecessaryRoundingRejectsAnInexactProduct() {
    assertRejected(
        () -> eur("10.01").multiply(new BigDecimal("0.015"), RoundingMode.UNNECESSARY),
        "rounding",
        "rounding_required",
        "10.01 EUR × 0.015 = 0.15015 is not exact in EUR; pass a RoundingMode");
  }

  @Test
  void multiplyByZeroGivesZero() {
    assertThat(eur("12.34").multiply(BigDecimal.ZERO, RoundingMode.UNNECESSARY))
        .isEqualTo(Money.zero(EUR));
  }

  @Test
  void convertRoundsHalfEvenToTheTargetScale() {
    assertThat(eur("10.00").convert(USD, new BigDecimal("1.08345"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("10.83", "USD"));
  }

  @ParameterizedTest
  @CsvSource({
    "0.125, 0.12",
    "0.135, 0.14",
    "0.145, 0.14",
    "0.155, 0.16",
    "0.1251, 0.13",
    "0.1349, 0.13"
  })
  void convertUsesBankersRoundingOnExactHalves(String rate, String expected) {
    assertThat(eur("1.00").convert(USD, new BigDecimal(rate), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of(expected, "USD"));
  }

  @Test
  void convertHonoursTheRequestedRoundingMode() {
    assertThat(eur("1.00").convert(USD, new BigDecimal("0.125"), RoundingMode.HALF_UP))
        .isEqualTo(Money.of("0.13", "USD"));
    assertThat(eur("1.00").convert(USD, new BigDecimal("0.125"), RoundingMode.DOWN))
        .isEqualTo(Money.of("0.12", "USD"));
  }

  @ParameterizedTest
  @CsvSource({"3.00, 2", "5.00, 2", "7.00, 4"})
  void convertIntoACurrencyWithoutMinorUnitsRoundsHalvesToEven(String euros, String yen) {
    assertThat(eur(euros).convert(JPY, new BigDecimal("0.5"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of(yen, "JPY"));
  }

  @Test
  void convertIntoAThreeDecimalCurrencyKeepsThreeDecimals() {
    Money dinars =
        Money.of("10.00", "USD").convert(BHD, new BigDecimal("0.376"), RoundingMode.HALF_EVEN);

    assertThat(dinars).hasToString("3.760 BHD");
  }

  @Test
  void convertWithUnnecessaryRoundingRejectsAnInexactResult() {
    assertRejected(
        () -> eur("10.00").convert(USD, new BigDecimal("1.08345"), RoundingMode.UNNECESSARY),
        "rounding",
        "rounding_required",
        "10.00 EUR × 1.08345 = 10.8345000 is not exact in USD; pass a RoundingMode");
  }

  @Test
  void convertAtZeroRateIsRejected() {
    assertRejected(
        () -> eur("10.00").convert(USD, BigDecimal.ZERO, RoundingMode.HALF_EVEN),
        "rate",
        "invalid_rate",
        "rate 0 must be greater than zero");
  }

  @Test
  void convertAtNegativeRateIsRejected() {
    assertRejected(
        () -> eur("10.00").convert(USD, new BigDecimal("-1.08"), RoundingMode.HALF_EVEN),
        "rate",
        "invalid_rate",
        "rate -1.08 must be greater than zero");
  }

  @Test
  void convertBeyond15IntegerDigitsIsRejected() {
    assertRejected(
        () -> eur("999999999999999.00").convert(USD, BigDecimal.TEN, RoundingMode.HALF_EVEN),
        "amount",
        "amount_too_large",
        "amount \"9999999999999990.00\" has more than 15 integer digits");
  }

  // --- ordering and equality ----------------------------------------------------------------

  @Test
  void compareToOrdersByAmountWithinACurrency() {
    assertThat(eur("1.00")).isLessThan(eur("1.01"));
    assertThat(eur("-5.00")).isLessThan(eur("0.00"));
    assertThat(eur("2.00").isGreaterThan(eur("1.99"))).isTrue();
    assertThat(eur("1.99").isLessThan(eur("2.00"))).isTrue();
    assertThat(eur("2.00").isGreaterThan(eur("2.00"))).isFalse();
  }

  @Test
  void equalAmountsAreNeitherLessNorGreater() {
    assertThat(eur("2.00").isLessThan(eur("2.00"))).isFalse();
    assertThat(eur("2.01").isLessThan(eur("2.00"))).isFalse();
    assertThat(eur("2.00").isGreaterThan(eur("2.01"))).isFalse();
  }

  @Test
  void amountTextIsReadUpToSixtyFourCharacters() {
    String sixtyFour = "1." + "0".repeat(62);

    assertThat(Money.of(sixtyFour, "EUR")).isEqualTo(eur("1.00"));
    assertRejected(
        () -> Money.of(sixtyFour + "0", "EUR"),
        "amount",
        "invalid_amount",
        "amount \"" + sixtyFour + "0\" is not a decimal number such as \"12.34\"");
  }

  @Test
  void moneyTextWithoutAnAmountNamesTheAmount() {
    assertRejected(
        () -> Money.parse(" EUR"),
        "amount",
        "invalid_amount",
        "amount \"\" is not a decimal number such as \"12.34\"");
  }

  @Test
  void compareToOrdersByCurrencyCodeFirst() {
    List<Money> amounts =
        new ArrayList<>(
            List.of(Money.of("1.00", "USD"), Money.of("1000", "JPY"), eur("5.00"), eur("100.00")));
    Collections.sort(amounts);

    assertThat(amounts)
        .containsExactly(
            eur("5.00"), eur("100.00"), Money.of("1000", "JPY"), Money.of("1.00", "USD"));
  }

  @Test
  void compareToIsZeroExactlyWhenEqual() {
    assertThat(eur("1.0").compareTo(eur("1.00"))).isZero();
    assertThat(eur("1.0")).isEqualTo(eur("1.00"));
    assertThat(eur("1.00").compareTo(Money.of("1.00", "USD"))).isNotZero();
    assertThat(eur("1.00")).isNotEqualTo(Money.of("1.00", "USD"));
  }

  @Test
  void equalAmountsHaveEqualHashCodes() {
    assertThat(eur("12.3")).isEqualTo(Money.ofMinor(1230, EUR)).hasSameHashCodeAs(eur("12.30"));
  }

  @Test
  void differentAmountsOrCurrenciesAreNotEqual() {
    assertThat(eur("1.00")).isNotEqualTo(eur("1.01"));
    assertThat(eur("1.00")).isNotEqualTo(Money.of("1.00", "USD"));
    assertThat(Money.of("1", "JPY")).isNotEqualTo(Money.of("1", "KRW"));
    assertThat(eur("1.00")).isNotEqualTo(null);
    assertThat(eur("1.00").equals("1.00 EUR")).isFalse();
  }
}
