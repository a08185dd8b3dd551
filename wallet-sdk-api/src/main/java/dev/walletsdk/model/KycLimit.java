/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The limits on outgoing money of one {@link KycLevel} in one currency. A wallet's effective limit
 * is the stricter of its own limit and its level's. Immutable.
 */
public final class KycLimit {
  private final CurrencyCode currency;
  private final @Nullable Money perTransaction;
  private final @Nullable Money rolling24h;

  private KycLimit(
      CurrencyCode currency, @Nullable Money perTransaction, @Nullable Money rolling24h) {
    this.currency = required(currency, "KycLimit.currency");
    this.perTransaction = perTransaction;
    this.rolling24h = rolling24h;
  }

  /**
   * Creates the limits of a level in a currency, as the client reads them.
   *
   * @param currency the currency
   * @param perTransaction the most one payment or transfer may debit, or {@code null} for none
   * @param rolling24h the most all of them may debit in any 24 hours, or {@code null} for none
   * @return the limits
   */
  public static KycLimit of(
      CurrencyCode currency, @Nullable Money perTransaction, @Nullable Money rolling24h) {
    return new KycLimit(currency, perTransaction, rolling24h);
  }

  /**
   * Returns the currency the limits apply to.
   *
   * @return the currency
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the most one payment or transfer may debit.
   *
   * @return the limit, if any
   */
  public Optional<Money> perTransaction() {
    return Optional.ofNullable(perTransaction);
  }

  /**
   * Returns the most all payments and transfers may debit in any 24 hours.
   *
   * @return the limit, if any
   */
  public Optional<Money> rolling24h() {
    return Optional.ofNullable(rolling24h);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof KycLimit other
        && currency == other.currency
        && Objects.equals(perTransaction, other.perTransaction)
        && Objects.equals(rolling24h, other.rolling24h);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, perTransaction, rolling24h);
  }

  @Override
  public String toString() {
    return "KycLimit{currency="
        + currency
        + ", perTransaction="
        + perTransaction
        + ", rolling24h="
        + rolling24h
        + "}";
  }
}
