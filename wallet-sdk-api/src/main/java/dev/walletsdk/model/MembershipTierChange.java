/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;

/**
 * The data of {@link EventType#MEMBERSHIP_TIER_CHANGED}: a wallet's membership tier went up or
 * down, with the figures that decided it. Immutable.
 *
 * @param id the change's id
 * @param walletId the wallet
 * @param from the tier before
 * @param to the tier after
 * @param cause what made it change
 * @param rollingSpend the rolling spend when it changed
 * @param pointsInWindow the points in the window when it changed
 * @param changedAt when, in server time
 */
public record MembershipTierChange(
    MembershipTierChangeId id,
    WalletId walletId,
    MembershipTier from,
    MembershipTier to,
    MembershipTierChangeCause cause,
    Money rollingSpend,
    long pointsInWindow,
    Instant changedAt)
    implements Resource {

  /**
   * Checks the members.
   *
   * @param id the id
   * @param walletId the wallet
   * @param from the tier before
   * @param to the tier after
   * @param cause the cause
   * @param rollingSpend the spend
   * @param pointsInWindow the points
   * @param changedAt when
   * @throws dev.walletsdk.InvalidRequestException naming a missing member
   */
  public MembershipTierChange {
    required(id, "id");
    required(walletId, "walletId");
    required(from, "from");
    required(to, "to");
    required(cause, "cause");
    required(rollingSpend, "rollingSpend");
    required(changedAt, "changedAt");
  }
}
