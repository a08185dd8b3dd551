/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.nonNegative;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;

/**
 * One row of a {@link MembershipTierTable}: a wallet qualifies for the tier when its rolling spend
 * reaches {@code minSpend} or the points it earned in the window reach {@code minPoints}.
 * Immutable.
 *
 * @param tier the tier
 * @param minSpend the rolling spend that qualifies, in the table's currency, zero or more
 * @param minPoints the points earned in the window that qualify, zero or more
 * @param benefits what the tier gives
 */
public record MembershipTierDefinition(
    MembershipTier tier, Money minSpend, long minPoints, MembershipBenefits benefits) {

  /**
   * Checks the members.
   *
   * @param tier the tier
   * @param minSpend zero or more
   * @param minPoints zero or more
   * @param benefits the benefits
   * @throws InvalidRequestException naming a missing member, or {@code minSpend} or {@code
   *     minPoints} if negative
   */
  public MembershipTierDefinition {
    required(tier, "tier");
    nonNegative(minSpend, "minSpend");
    required(benefits, "benefits");
    if (minPoints < 0) {
      throw InvalidRequestException.forField(
          "minPoints", "out_of_range", "minPoints must be zero or more but was " + minPoints);
    }
  }
}
