/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;

/**
 * An amount inside the engine: a currency and a whole number of its minor units.
 *
 * @param currency the currency
 * @param minor the amount in minor units
 */
public record Amount(CurrencyCode currency, long minor) {
  /**
   * The most integer digits an amount in a request may have, and a wallet's balance too: the mock
   * holds at most 999 999 999 999 units of a currency and its decimals in one wallet, well within
   * what the ledger's {@code long} counts (docs/mock-server.md).
   */
  public static final int MAX_INTEGER_DIGITS = 12;

  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000};

  /**
   * Returns the most an amount in a request, or a wallet's balance, may be in a currency.
   *
   * @param currency the currency
   * @return {@code 10^(12 + minor units) - 1} minor units, such as 999999999999.99 EUR
   */
  public static long maxMinor(CurrencyCode currency) {
    return 1_000_000_000_000L * POWERS_OF_TEN[currency.minorUnits()] - 1;
  }

  /**
   * Returns the largest amount as text, for messages.
   *
   * @param currency the currency
   * @return such as {@code 999999999999.99 EUR}
   */
  public static String maxText(CurrencyCode currency) {
    return of(currency, maxMinor(currency)).toString();
  }

  /**
   * Creates an amount.
   *
   * @param currency the currency
   * @param minor minor units
   * @return the amount
   */
  public static Amount of(CurrencyCode currency, long minor) {
    return new Amount(currency, minor);
  }

  /**
   * Returns zero in a currency.
   *
   * @param currency the currency
   * @return zero
   */
  public static Amount zero(CurrencyCode currency) {
    return new Amount(currency, 0);
  }

  /**
   * Returns the amount as {@link Money}.
   *
   * @return the money
   */
  public Money money() {
    return Money.ofMinor(minor, currency);
  }

  /**
   * Returns the currency code.
   *
   * @return three letters
   */
  public String code() {
    return currency.code();
  }

  @Override
  public String toString() {
    return money().toString();
  }
}
