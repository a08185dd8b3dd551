/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a split bill's total is divided between its participants, the same computation the client
 * previews and the server books.
 *
 * <p><b>By percentages</b>, with the largest-remainder method in minor units: each participant
 * first gets {@code floor(total × percentage / 100)}; the minor units left over (fewer than the
 * number of participants) go one each to the participants with the largest discarded fractions;
 * equal fractions are broken by participant order, earlier first. The shares always add up to the
 * total exactly, no share differs from its exact value by a whole minor unit or more, and the
 * result depends only on the inputs and their order.
 *
 * <p><b>By exact shares</b>, the shares must add up to the total; nothing is computed.
 */
public final class SplitAllocation {
  /** The most participants a split bill may have. */
  public static final int MAX_PARTICIPANTS = 20;

  /** The most decimal places a percentage may have. */
  public static final int MAX_PERCENTAGE_SCALE = 4;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigInteger DENOMINATOR = BigInteger.TEN.pow(2 + MAX_PERCENTAGE_SCALE);

  private SplitAllocation() {}

  /**
   * Divides a total by percentages, largest remainder first, ties by order.
   *
   * @param total the amount to divide, greater than zero
   * @param percentages one per participant, each greater than 0 and at most 100 with at most 4
   *     decimals, adding up to exactly 100
   * @return the shares, in participant order, adding up to {@code total}
   * @throws InvalidRequestException if a percentage is out of range or too precise ({@code
   *     percentages[i]}, {@code out_of_range} or {@code too_many_decimals}), or they do not add up
   *     to 100 ({@code percentages}, {@code percentages_mismatch})
   */
  public static List<Money> byPercentages(Money total, List<BigDecimal> percentages) {
    Objects.requireNonNull(total, "total");
    checkPercentages(percentages);
    BigInteger units = BigInteger.valueOf(total.minorUnits());
    List<Money> shares = new ArrayList<>();
    List<BigInteger> remainders = new ArrayList<>();
    long allotted = 0;
    for (BigDecimal percentage : percentages) {
      // share = units × percentage / 100 = units × P / 10^6 with P = percentage × 10^4, exactly;
      // every remainder is over the same denominator, so they compare directly.
      BigInteger[] split =
          units
              .multiply(percentage.setScale(MAX_PERCENTAGE_SCALE).unscaledValue())
              .divideAndRemainder(DENOMINATOR);
      long floor = split[0].longValueExact();
      shares.add(Money.ofMinor(floor, total.currency()));
      remainders.add(split[1]);
      allotted += floor;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < percentages.size(); i++) {
      order.add(i);
    }
    // List.sort is stable: equal remainders keep participant order.
    order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed());
    Money unit = Money.ofMinor(1, total.currency());
    for (int k = 0; k < total.minorUnits() - allotted; k++) {
      int i = order.get(k);
      shares.set(i, shares.get(i).plus(unit));
    }
    return List.copyOf(shares);
  }

  /**
   * Checks exact shares against a total.
   *
   * @param total the amount to divide
   * @param shares one per participant, each greater than zero, in the total's currency
   * @return the shares, unchanged
   * @throws InvalidRequestException if a share is in another currency ({@code shares[i]}, {@code
   *     currency_mismatch}) or the shares do not add up to the total ({@code shares}, {@code
   *     shares_mismatch})
   */
  public static List<Money> byShares(Money total, List<Money> shares) {
    Objects.requireNonNull(total, "total");
    Money sum = Money.zero(total.currency());
    for (int i = 0; i < shares.size(); i++) {
      Money share = Checks.positive(shares.get(i), "shares[" + i + "]");
      Checks.sameCurrency(share, "shares[" + i + "]", total, "amount");
      sum = sum.plus(share);
    }
    if (!sum.equals(total)) {
      throw InvalidRequestException.forField(
          "shares", "shares_mismatch", "shares add up to " + sum + " but the bill is " + total);
    }
    return List.copyOf(shares);
  }

  /**
   * Checks percentages: each greater than 0 and at most 100, at most 4 decimals, adding up to 100.
   *
   * @param percentages the percentages
   * @throws InvalidRequestException as {@link #byPercentages(Money, List)}
   */
  public static void checkPercentages(List<BigDecimal> percentages) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < percentages.size(); i++) {
      sum = sum.add(checkPercentage(percentages.get(i), "percentages[" + i + "]"));
    }
    if (sum.compareTo(HUNDRED) != 0) {
      throw InvalidRequestException.forField(
          "percentages",
          "percentages_mismatch",
          "percentages add up to " + sum.stripTrailingZeros().toPlainString() + ", not 100");
    }
  }

  /**
   * Checks one percentage.
   *
   * @param percentage the percentage
   * @param field the field to name in an error
   * @return the percentage
   * @throws InvalidRequestException if it is not greater than 0 and at most 100, or has more than 4
   *     decimals
   */
  static BigDecimal checkPercentage(@Nullable BigDecimal percentage, String field) {
    Checks.required(percentage, field);
    if (percentage.signum() <= 0 || percentage.compareTo(HUNDRED) > 0) {
      throw InvalidRequestException.forField(
          field,
          "out_of_range",
          field + " must be greater than 0 and at most 100 but was " + percentage.toPlainString());
    }
    if (percentage.stripTrailingZeros().scale() > MAX_PERCENTAGE_SCALE) {
      throw InvalidRequestException.forField(
          field,
          "too_many_decimals",
          field + " " + percentage.toPlainString() + " has more than 4 decimal places");
    }
    return percentage;
  }
}
