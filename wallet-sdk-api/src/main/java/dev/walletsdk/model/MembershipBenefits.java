/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.range;

/**
 * What a membership tier gives: a multiplier of the rewards points a merchant payment earns, and a
 * discount on the FX fee of quotes (so of cross-currency payments and transfers). Immutable.
 *
 * <p>The platform applies both exactly: points earned are {@code floor(points ×
 * pointsMultiplierPercent / 100)}; the fee rate of a quote is {@code feeRate × (100 −
 * fxFeeDiscountPercent) / 100}, and the quote's fee is computed from it with the quote's usual
 * half-even rounding at the sell currency's minor unit.
 *
 * @param pointsMultiplierPercent the points multiplier in percent, 100 (none) to 1000
 * @param fxFeeDiscountPercent the share of the FX fee waived in percent, 0 (none) to 100
 */
public record MembershipBenefits(int pointsMultiplierPercent, int fxFeeDiscountPercent) {
  /** The largest points multiplier, in percent. */
  public static final int MAX_MULTIPLIER_PERCENT = 1_000;

  /**
   * Checks the members.
   *
   * @param pointsMultiplierPercent 100 to 1000
   * @param fxFeeDiscountPercent 0 to 100
   * @throws dev.walletsdk.InvalidRequestException (code {@code out_of_range}) naming the member out
   *     of range
   */
  public MembershipBenefits {
    range(pointsMultiplierPercent, "pointsMultiplierPercent", 100, MAX_MULTIPLIER_PERCENT);
    range(fxFeeDiscountPercent, "fxFeeDiscountPercent", 0, 100);
  }
}
