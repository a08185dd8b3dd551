/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The FX arithmetic of Wallet API v1: half-even at the scale of the currency being computed.
 *
 * <ul>
 *   <li>fixed sell: {@code principal = round(sell / (1 + feeRate))}, {@code fee = sell -
 *       principal}, {@code buy = round(principal × rate)};
 *   <li>fixed buy: {@code principal = round(buy / rate)}, {@code fee = round(principal × feeRate)},
 *       {@code sell = principal + fee}.
 * </ul>
 *
 * @param sell what the wallet pays, fee included
 * @param principal the part converted
 * @param fee the fee, in the sell currency
 * @param buy what is bought
 */
public record Conversion(Amount sell, Amount principal, Amount fee, Amount buy) {

  /**
   * Converts a fixed sell amount.
   *
   * @param sell the amount sold, fee included
   * @param buyCurrency the currency bought
   * @param rate the customer rate
   * @param feeRate the fee as a fraction
   * @return the conversion
   * @throws ArithmeticException if an amount would be beyond what an amount may be
   */
  public static Conversion fixedSell(
      Amount sell, CurrencyCode buyCurrency, BigDecimal rate, BigDecimal feeRate) {
    BigDecimal gross = decimal(sell);
    BigDecimal principal =
        gross
            .divide(BigDecimal.ONE.add(feeRate), MathContext.DECIMAL128)
            .setScale(sell.currency().minorUnits(), RoundingMode.HALF_EVEN);
    BigDecimal buy =
        principal.multiply(rate).setScale(buyCurrency.minorUnits(), RoundingMode.HALF_EVEN);
    return new Conversion(
        sell,
        amount(sell.currency(), principal),
        amount(sell.currency(), gross.subtract(principal)),
        amount(buyCurrency, buy));
  }

  /**
   * Converts a fixed buy amount.
   *
   * @param buy the amount bought
   * @param sellCurrency the currency sold
   * @param rate the customer rate
   * @param feeRate the fee as a fraction
   * @return the conversion
   * @throws ArithmeticException if an amount would be beyond what an amount may be
   */
  public static Conversion fixedBuy(
      Amount buy, CurrencyCode sellCurrency, BigDecimal rate, BigDecimal feeRate) {
    int scale = sellCurrency.minorUnits();
    BigDecimal principal =
        decimal(buy).divide(rate, MathContext.DECIMAL128).setScale(scale, RoundingMode.HALF_EVEN);
    BigDecimal fee = principal.multiply(feeRate).setScale(scale, RoundingMode.HALF_EVEN);
    return new Conversion(
        amount(sellCurrency, principal.add(fee)),
        amount(sellCurrency, principal),
        amount(sellCurrency, fee),
        buy);
  }

  private static BigDecimal decimal(Amount amount) {
    return BigDecimal.valueOf(amount.minor(), amount.currency().minorUnits());
  }

  /**
   * @throws ArithmeticException if the value is beyond what an amount may be
   */
  private static Amount amount(CurrencyCode currency, BigDecimal value) {
    BigDecimal minor = value.movePointRight(currency.minorUnits());
    if (minor.compareTo(BigDecimal.valueOf(Amount.maxMinor(currency))) > 0) {
      throw new ArithmeticException("converts to more than " + Amount.maxText(currency));
    }
    return Amount.of(currency, minor.longValueExact());
  }
}
