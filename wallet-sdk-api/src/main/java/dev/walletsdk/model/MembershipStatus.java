/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A wallet's membership: its tier and since when, what counts toward its tier now, the benefits it
 * enjoys, and how far it is from the next tier. Immutable.
 *
 * @param walletId the wallet
 * @param tier its tier
 * @param since when it reached that tier, or the wallet's opening for one never changed
 * @param windowDays the rolling window of its partner's table
 * @param rollingSpend its rolling spend now
 * @param pointsInWindow the points its payments in the window earned, net of reversals
 * @param benefits what its tier gives
 * @param nextTier how far the tier above is, or {@code null} at the highest tier
 */
public record MembershipStatus(
    WalletId walletId,
    MembershipTier tier,
    Instant since,
    int windowDays,
    Money rollingSpend,
    long pointsInWindow,
    MembershipBenefits benefits,
    @Nullable MembershipNextTier nextTier) {

  /**
   * Checks the members.
   *
   * @param walletId the wallet
   * @param tier the tier
   * @param since since when
   * @param windowDays the window
   * @param rollingSpend the spend
   * @param pointsInWindow the points
   * @param benefits the benefits
   * @param nextTier the next tier, or {@code null}
   * @throws dev.walletsdk.InvalidRequestException naming a missing member
   */
  public MembershipStatus {
    required(walletId, "walletId");
    required(tier, "tier");
    required(since, "since");
    required(rollingSpend, "rollingSpend");
    required(benefits, "benefits");
  }

  /**
   * Returns how far the tier above is.
   *
   * @return the next tier, empty at the highest tier
   */
  public Optional<MembershipNextTier> next() {
    return Optional.ofNullable(nextTier);
  }
}
