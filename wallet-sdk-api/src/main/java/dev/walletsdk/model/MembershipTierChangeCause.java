/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** What made a wallet's membership tier change, in a {@link MembershipTierChange}. */
public enum MembershipTierChangeCause {
  /** A payment of the wallet was evaluated. */
  PAYMENT,
  /** A refund of one of the wallet's payments was evaluated. */
  REFUND,
  /** A payment left the rolling window on the platform clock. */
  WINDOW_ROLLED,
  /** The partner's tier table changed. */
  TIERS_CHANGED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
