/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** A membership tier of a wallet, lowest first; see {@link MembershipTierTable}. */
public enum MembershipTier {
  /** The tier every wallet starts in; it needs nothing and gives no benefit. */
  STANDARD,
  /** The middle tier. */
  SILVER,
  /** The highest tier. */
  GOLD,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
