/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyCodeTest {
  @ParameterizedTest
  @CsvSource({
    "EUR, 978, 2",
    "USD, 840, 2",
    "GBP, 826, 2",
    "CHF, 756, 2",
    "JPY, 392, 0",
    "KRW, 410, 0",
    "CLP, 152, 0",
    "ISK, 352, 0",
    "BHD, 48, 3",
    "KWD, 414, 3",
    "JOD, 400, 3",
    "OMR, 512, 3",
    "TND, 788, 3",
    "XCG, 532, 2",
    "SLE, 925, 2",
    "ZWG, 924, 2"
  })
  void tableHoldsTheIso4217NumericCodeAndMinorUnits(String code, int numeric, int minorUnits) {
    CurrencyCode currency = CurrencyCode.of(code);

    assertThat(currency.code()).isEqualTo(code);
    assertThat(currency.numericCode()).isEqualTo(numeric);
    assertThat(currency.minorUnits()).isEqualTo(minorUnits);
  }

  @Test
  void displayNameIsTheEnglishName() {
    assertThat(CurrencyCode.EUR.displayName()).isEqualTo("Euro");
    assertThat(CurrencyCode.JPY.displayName()).isEqualTo("Japanese Yen");
  }

  @Test
  void toStringIsTheCode() {
    assertThat(CurrencyCode.EUR).hasToString("EUR");
  }

  @Test
  void currenciesAreInterned() {
    assertThat(CurrencyCode.of("EUR")).isSameAs(CurrencyCode.EUR);
    assertThat(CurrencyCode.of("USD")).isSameAs(CurrencyCode.USD);
    assertThat(CurrencyCode.of("GBP")).isSameAs(CurrencyCode.GBP);
    assertThat(CurrencyCode.of("CHF")).isSameAs(CurrencyCode.CHF);
    assertThat(CurrencyCode.of("JPY")).isSameAs(CurrencyCode.JPY);
    assertThat(CurrencyCode.of("BHD")).isSameAs(CurrencyCode.BHD);
    assertThat(CurrencyCode.of("SGD")).isSameAs(CurrencyCode.SGD);
    assertThat(CurrencyCode.of("BRL")).isSameAs(CurrencyCode.BRL);
  }

  @Test
  void numericCodeGivesTheInternedCurrency() {
    assertThat(CurrencyCode.ofNumeric(978)).isSameAs(CurrencyCode.EUR);
    assertThat(CurrencyCode.ofNumeric(48)).isSameAs(CurrencyCode.BHD);
    assertThat(CurrencyCode.ofNumeric(392)).isSameAs(CurrencyCode.JPY);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 999, 191, 975, -978, 1978})
  void unknownNumericCodeIsRejected(int numeric) {
    assertRejected(
        () -> CurrencyCode.ofNumeric(numeric),
        "currency",
        "unknown_currency",
        "numeric currency code " + numeric + " is not a known ISO 4217 currency");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ANG", "BGN", "SLL", "HRK", "ZWL", "MRO", "STD", "VEF", "XAU", "XAG", "CLF", "USN", "XDR",
        "XXX", "XTS", "eur", "Eur", "EURO", "EU", "", " EUR"
      })
  void codeOutsideTheTableIsNotKnown(String code) {
    assertThat(CurrencyCode.isKnown(code)).isFalse();
    assertRejected(
        () -> CurrencyCode.of(code),
        "currency",
        "unknown_currency",
        "currency \"" + code + "\" is not a known ISO 4217 currency code");
  }

  @Test
  void nullCodeIsNotKnown() {
    assertThat(CurrencyCode.isKnown(null)).isFalse();
    assertRejected(
        () -> CurrencyCode.of(null),
        "currency",
        "unknown_currency",
        "currency null is not a known ISO 4217 currency code");
  }

  @Test
  void tableHas155Currencies() {
    assertThat(CurrencyCode.all()).hasSize(155);
  }

  @Test
  void allIsSortedByCode() {
    assertThat(List.copyOf(CurrencyCode.all()))
        .isSortedAccordingTo(Comparator.comparing(CurrencyCode::code));
  }

  @Test
  void everyCodeIsThreeUpperCaseLetters() {
    assertThat(CurrencyCode.all()).allSatisfy(c -> assertThat(c.code()).matches("[A-Z]{3}"));
  }

  @Test
  void everyEntryHasAValidNumericCodeMinorUnitsAndName() {
    assertThat(CurrencyCode.all())
        .allSatisfy(
            c -> {
              assertThat(c.numericCode()).isBetween(1, 999);
              assertThat(c.minorUnits()).isIn(0, 2, 3);
              assertThat(c.displayName()).isNotBlank();
            });
  }

  @Test
  void numericCodesAreUnique() {
    Collection<CurrencyCode> all = CurrencyCode.all();

    assertThat(all.stream().map(CurrencyCode::numericCode).collect(Collectors.toSet()))
        .hasSameSizeAs(all);
  }

  @Test
  void everyEntryIsFoundByItsCodeAndItsNumericCode() {
    assertThat(CurrencyCode.all())
        .allSatisfy(
            c -> {
              assertThat(CurrencyCode.isKnown(c.code())).isTrue();
              assertThat(CurrencyCode.of(c.code())).isSameAs(c);
              assertThat(CurrencyCode.ofNumeric(c.numericCode())).isSameAs(c);
            });
  }

  @Test
  void allCannotBeModified() {
    Collection<CurrencyCode> all = CurrencyCode.all();

    assertThatThrownBy(all::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(CurrencyCode.all()).hasSize(155);
  }
}
