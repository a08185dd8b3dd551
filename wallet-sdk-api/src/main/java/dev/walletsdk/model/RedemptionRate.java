/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.positive;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What rewards points are worth in one currency: each block of {@link #points()} points redeems for
 * {@link #value()}. A redemption takes whole blocks only, so its amount is exact.
 *
 * <p>Immutable and thread-safe.
 */
public final class RedemptionRate {
  private final long points;
  private final Money value;

  private RedemptionRate(long points, Money value) {
    this.points = points;
    this.value = value;
  }

  /**
   * Creates a rate.
   *
   * @param points the points in a block, positive
   * @param value what a block redeems for, positive
   * @return the rate
   * @throws InvalidRequestException if either is not positive
   */
  public static RedemptionRate of(long points, @Nullable Money value) {
    if (points < 1) {
      throw InvalidRequestException.forField(
          "points", "out_of_range", "points must be positive but was " + points);
    }
    return new RedemptionRate(points, positive(value, "value"));
  }

  /**
   * Returns the points in one block.
   *
   * @return the points, positive
   */
  public long points() {
    return points;
  }

  /**
   * Returns what one block redeems for.
   *
   * @return the value; its currency is the currency redeemed into
   */
  public Money value() {
    return value;
  }

  /**
   * Returns the currency redeemed into.
   *
   * @return the currency of {@link #value()}
   */
  public CurrencyCode currency() {
    return value.currency();
  }

  /**
   * Computes what a number of points redeems for, exactly, as the platform does.
   *
   * @param redeemed the points to redeem, a positive multiple of {@link #points()}
   * @return the money they redeem for
   * @throws InvalidRequestException (field {@code points}, code {@code not_a_multiple}) if the
   *     points are not a positive multiple of a block
   * @throws ArithmeticException if the amount does not fit in a {@code long} of minor units
   */
  public Money valueOf(long redeemed) {
    if (redeemed < 1 || redeemed % points != 0) {
      throw InvalidRequestException.forField(
          "points",
          "not_a_multiple",
          "points must be a positive multiple of "
              + points
              + ", the points that redeem for "
              + value
              + ", but was "
              + redeemed);
    }
    return Money.ofMinor(
        Math.multiplyExact(redeemed / points, value.minorUnits()), value.currency());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RedemptionRate other && points == other.points && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(points, value);
  }

  @Override
  public String toString() {
    return "RedemptionRate{points=" + points + ", value=" + value + "}";
  }
}
