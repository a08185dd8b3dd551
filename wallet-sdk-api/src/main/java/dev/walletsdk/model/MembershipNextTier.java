/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.nonNegative;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;

/**
 * How far a wallet is from the tier above its own: reaching either figure qualifies it. Immutable.
 *
 * @param tier the tier above
 * @param spendNeeded the rolling spend still needed, zero or more
 * @param pointsNeeded the points in the window still needed, zero or more
 */
public record MembershipNextTier(MembershipTier tier, Money spendNeeded, long pointsNeeded) {
  /**
   * Checks the members.
   *
   * @param tier the tier
   * @param spendNeeded zero or more
   * @param pointsNeeded zero or more
   * @throws InvalidRequestException naming a missing or negative member
   */
  public MembershipNextTier {
    required(tier, "tier");
    nonNegative(spendNeeded, "spendNeeded");
    if (pointsNeeded < 0) {
      throw InvalidRequestException.forField(
          "pointsNeeded",
          "out_of_range",
          "pointsNeeded must be zero or more but was " + pointsNeeded);
    }
  }
}
