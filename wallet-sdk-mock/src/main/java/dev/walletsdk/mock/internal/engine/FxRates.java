/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mock's FX configuration: mid rates (a table against USD, overridable per pair), the spread
 * taken from the customer rate, the fee rate, and how long quotes live. Mutated only under the
 * engine's lock.
 */
public final class FxRates {
  /** Decimal places of a customer rate. */
  public static final int RATE_SCALE = 10;

  /** The largest mid rate the control plane accepts. */
  public static final BigDecimal MAX_RATE = BigDecimal.valueOf(1_000_000_000);

  /** The most significant digits, and the most decimals, of a mid rate. */
  public static final int MAX_RATE_DIGITS = 12;

  /** The longest a quote may live. */
  public static final Duration MAX_QUOTE_TTL = Duration.ofDays(1);

  private final Map<String, BigDecimal> unitsPerUsd = new HashMap<>();
  private final Map<String, BigDecimal> pairs = new HashMap<>();
  private int spreadBasisPoints = 50;
  private int feeBasisPoints = 25;
  private Duration quoteTtl = Duration.ofSeconds(60);

  FxRates() {
    String[] table = {
      "USD 1", "EUR 0.92", "GBP 0.79", "CHF 0.88", "JPY 150", "SGD 1.34", "BRL 5.0", "BHD 0.376",
      "CAD 1.36", "AUD 1.52", "INR 83", "CNY 7.2", "HKD 7.8", "SEK 10.5", "NOK 10.7", "DKK 6.86",
      "PLN 4.0", "MXN 17", "ZAR 18.5", "KWD 0.307"
    };
    for (String row : table) {
      String[] parts = row.split(" ");
      unitsPerUsd.put(parts[0], new BigDecimal(parts[1]));
    }
  }

  /**
   * Tells what is wrong with a mid rate, cheaply even for a huge exponent: it must be positive, at
   * most {@link #MAX_RATE}, with at most {@link #MAX_RATE_DIGITS} significant digits and decimals.
   *
   * @param rate the rate
   * @return what is wrong, if anything, such as {@code "must be at most 1000000000"}
   */
  public static Optional<String> rateProblem(BigDecimal rate) {
    if (rate.signum() <= 0) {
      return Optional.of("must be greater than zero");
    }
    if (rate.compareTo(MAX_RATE) > 0) {
      return Optional.of("must be at most " + MAX_RATE);
    }
    BigDecimal stripped = rate.stripTrailingZeros();
    if (stripped.precision() > MAX_RATE_DIGITS || stripped.scale() > MAX_RATE_DIGITS) {
      return Optional.of(
          "must have at most "
              + MAX_RATE_DIGITS
              + " significant digits and "
              + MAX_RATE_DIGITS
              + " decimals");
    }
    return Optional.empty();
  }

  /**
   * Sets the mid rate of a pair: units of {@code quote} per unit of {@code base}.
   *
   * @param base the currency sold
   * @param quote the currency bought
   * @param rate a positive rate
   */
  public void setMidRate(CurrencyCode base, CurrencyCode quote, BigDecimal rate) {
    pairs.put(base.code() + "/" + quote.code(), rate);
    pairs.remove(quote.code() + "/" + base.code());
  }

  /**
   * Sets the spread, taken off the mid rate for the customer.
   *
   * @param basisPoints 0 to 10000
   */
  public void setSpreadBasisPoints(int basisPoints) {
    this.spreadBasisPoints = basisPoints;
  }

  /**
   * Sets the fee, charged in the sell currency on the principal.
   *
   * @param basisPoints 0 to 10000
   */
  public void setFeeBasisPoints(int basisPoints) {
    this.feeBasisPoints = basisPoints;
  }

  /**
   * Sets how long quotes live.
   *
   * @param ttl a positive duration
   */
  public void setQuoteTtl(Duration ttl) {
    this.quoteTtl = ttl;
  }

  /**
   * Returns how long quotes live.
   *
   * @return the time to live
   */
  public Duration quoteTtl() {
    return quoteTtl;
  }

  /**
   * Returns the fee rate as a fraction.
   *
   * @return basis points / 10000
   */
  public BigDecimal feeRate() {
    return BigDecimal.valueOf(feeBasisPoints, 4);
  }

  /**
   * Returns the mid rate of a pair.
   *
   * @param sell the currency sold
   * @param buy the currency bought
   * @return units of {@code buy} per unit of {@code sell}, if known
   */
  public Optional<BigDecimal> midRate(CurrencyCode sell, CurrencyCode buy) {
    BigDecimal direct = pairs.get(sell.code() + "/" + buy.code());
    if (direct != null) {
      return Optional.of(direct);
    }
    BigDecimal inverse = pairs.get(buy.code() + "/" + sell.code());
    if (inverse != null) {
      return Optional.of(BigDecimal.ONE.divide(inverse, MathContext.DECIMAL128));
    }
    BigDecimal sellPerUsd = unitsPerUsd.get(sell.code());
    BigDecimal buyPerUsd = unitsPerUsd.get(buy.code());
    if (sellPerUsd == null || buyPerUsd == null) {
      return Optional.empty();
    }
    return Optional.of(buyPerUsd.divide(sellPerUsd, MathContext.DECIMAL128));
  }

  /**
   * Returns the customer rate of a pair: the mid rate less the spread, half-even at 10 decimals.
   *
   * @param sell the currency sold
   * @param buy the currency bought
   * @return the rate, if the pair has a mid rate and the result is positive
   */
  public Optional<BigDecimal> customerRate(CurrencyCode sell, CurrencyCode buy) {
    BigDecimal keep = BigDecimal.ONE.subtract(BigDecimal.valueOf(spreadBasisPoints, 4));
    return midRate(sell, buy)
        .map(mid -> mid.multiply(keep).setScale(RATE_SCALE, RoundingMode.HALF_EVEN))
        .filter(rate -> rate.signum() > 0)
        .map(BigDecimal::stripTrailingZeros);
  }
}
