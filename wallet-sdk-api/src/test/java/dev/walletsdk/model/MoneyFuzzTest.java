/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.walletsdk.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Fuzzes the parsers of outside money text: {@link Money#of(String, String)} and {@link
 * Money#parse(String)}. Any text either becomes money that formats back to itself exactly, or is
 * refused with an {@link InvalidRequestException} naming the problem; nothing else may escape.
 *
 * <p>Runs the committed corpus in {@code src/test/resources/.../MoneyFuzzTestInputs} on every
 * build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class MoneyFuzzTest {
  private static final Set<String> CODES =
      Set.of(
          "invalid_amount",
          "unknown_currency",
          "invalid_money",
          "too_many_decimals",
          "amount_too_large");

  /** The input is UTF-8 text: the amount, a line feed, the currency code. */
  @FuzzTest(maxDuration = "5m")
  void amountAndCurrency(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String amount = newline < 0 ? text : text.substring(0, newline);
    String currency = newline < 0 ? null : text.substring(newline + 1);
    Money money;
    try {
      money = Money.of(amount, currency);
    } catch (InvalidRequestException e) {
      assertRefusal(e);
      return;
    }
    // Accepted text is exact: its wire form reads back as the same money, scale included.
    assertThat(money.amount().scale()).isEqualTo(money.currency().minorUnits());
    assertThat(Money.of(money.toAmountString(), money.currency().code())).isEqualTo(money);
    assertThat(Money.parse(money.toString())).isEqualTo(money);
    assertThat(Money.ofMinor(money.minorUnits(), money.currency())).isEqualTo(money);
  }

  /** The input is UTF-8 text in the form of {@link Money#toString()}, such as {@code 12.34 EUR}. */
  @FuzzTest(maxDuration = "5m")
  void moneyText(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      Money money = Money.parse(text);
      assertThat(Money.parse(money.toString())).isEqualTo(money);
    } catch (InvalidRequestException e) {
      assertRefusal(e);
    }
  }

  private static void assertRefusal(InvalidRequestException e) {
    assertThat(e.code()).isEqualTo("invalid_request");
    assertThat(e.fieldErrors()).hasSize(1);
    assertThat(e.fieldErrors().get(0).code()).isIn(CODES);
    assertThat(e.getMessage()).isNotBlank();
  }
}
