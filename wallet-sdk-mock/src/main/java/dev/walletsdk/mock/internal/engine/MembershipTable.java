/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A partner's membership tier table: the tiers in ascending order, what qualifies a wallet for
 * each, and the benefits each gives. A wallet qualifies for a tier when its rolling spend in {@link
 * #currency()} over the last {@link #windowDays()} days reaches the tier's {@code minSpend}, or the
 * points it earned on payments over the same window reach its {@code minPoints}.
 *
 * @param currency the currency in which spend counts
 * @param windowDays the length of the rolling window, in days of the platform clock
 * @param tiers {@code standard}, {@code silver} and {@code gold}, in that order
 */
public record MembershipTable(CurrencyCode currency, int windowDays, List<Tier> tiers) {
  /** The tier names, lowest first. */
  public static final List<String> NAMES = List.of("standard", "silver", "gold");

  /** The longest window the control plane accepts. */
  public static final int MAX_WINDOW_DAYS = 366;

  /** The largest points multiplier, in percent. */
  public static final int MAX_MULTIPLIER_PERCENT = 1_000;

  /**
   * The table every partner has until it configures its own: tiers are reached and announced, but
   * their benefits are neutral, so no partner's points or fees change until it chooses benefits.
   */
  public static final MembershipTable DEFAULT =
      new MembershipTable(
          CurrencyCode.of("USD"),
          30,
          List.of(
              new Tier("standard", 0, 0, 100, 0),
              new Tier("silver", 50_000, 500, 100, 0),
              new Tier("gold", 200_000, 2_000, 100, 0)));

  /**
   * One tier.
   *
   * @param name {@code standard}, {@code silver} or {@code gold}
   * @param minSpendMinor the rolling spend that qualifies, in minor units of the table's currency
   * @param minPoints the points earned in the window that qualify
   * @param pointsMultiplierPercent the multiplier of points earned on payments, in percent (100 is
   *     none)
   * @param fxFeeDiscountPercent the share of the FX fee waived, in percent (0 is none)
   */
  public record Tier(
      String name,
      long minSpendMinor,
      long minPoints,
      int pointsMultiplierPercent,
      int fxFeeDiscountPercent) {

    /**
     * Applies the multiplier to points a payment earns: {@code floor(points × percent / 100)}.
     *
     * @param points the points before the multiplier, not negative
     * @return the points after it
     */
    public long multiply(long points) {
      return BigInteger.valueOf(points)
          .multiply(BigInteger.valueOf(pointsMultiplierPercent))
          .divide(BigInteger.valueOf(100))
          .longValueExact();
    }

    /**
     * Applies the discount to an FX fee rate, exactly: {@code feeRate × (100 − percent) / 100}.
     *
     * @param feeRate the platform's fee rate
     * @return the rate this tier pays
     */
    public BigDecimal discount(BigDecimal feeRate) {
      return feeRate.multiply(BigDecimal.valueOf(100L - fxFeeDiscountPercent, 2));
    }
  }

  /**
   * Returns the length of the window.
   *
   * @return the window
   */
  public Duration window() {
    return Duration.ofDays(windowDays);
  }

  /**
   * Returns a tier by name.
   *
   * @param name the name
   * @return the tier
   */
  public Tier tier(String name) {
    return tiers.get(NAMES.indexOf(name));
  }

  /**
   * Returns the highest tier a spend or points total qualifies for.
   *
   * @param spendMinor the rolling spend
   * @param points the points earned in the window
   * @return the tier
   */
  public Tier qualified(long spendMinor, long points) {
    Tier best = tiers.get(0);
    for (Tier tier : tiers) {
      if (spendMinor >= tier.minSpendMinor() || points >= tier.minPoints()) {
        best = tier;
      }
    }
    return best;
  }

  /**
   * Returns the tier above one.
   *
   * @param name the tier
   * @return the next tier, empty for the highest
   */
  public Optional<Tier> above(String name) {
    int index = NAMES.indexOf(name) + 1;
    return index < tiers.size() ? Optional.of(tiers.get(index)) : Optional.empty();
  }

  /**
   * Tells what is wrong with a table: standard must need nothing and give nothing, each tier must
   * need strictly more spend and more points than the one below, and benefits may not shrink.
   *
   * @return what is wrong, if anything
   */
  public Optional<String> problem() {
    if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
      return Optional.of("windowDays must be from 1 to " + MAX_WINDOW_DAYS);
    }
    Tier standard = tiers.get(0);
    if (standard.minSpendMinor() != 0
        || standard.minPoints() != 0
        || standard.pointsMultiplierPercent() != 100
        || standard.fxFeeDiscountPercent() != 0) {
      return Optional.of(
          "standard needs minSpend 0, minPoints 0, pointsMultiplierPercent 100 and"
              + " fxFeeDiscountPercent 0");
    }
    for (int i = 1; i < tiers.size(); i++) {
      Tier below = tiers.get(i - 1);
      Tier tier = tiers.get(i);
      if (tier.minSpendMinor() <= below.minSpendMinor() || tier.minPoints() <= below.minPoints()) {
        return Optional.of(
            tier.name() + " needs more minSpend and more minPoints than " + below.name());
      }
      if (tier.pointsMultiplierPercent() < below.pointsMultiplierPercent()
          || tier.fxFeeDiscountPercent() < below.fxFeeDiscountPercent()) {
        return Optional.of(tier.name() + " may not give less than " + below.name());
      }
    }
    return Optional.empty();
  }
}
