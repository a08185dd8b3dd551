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
