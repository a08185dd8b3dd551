/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** What changed a wallet's rewards points, in a {@link RewardsEntry}. */
public enum RewardsEntryType {
  /** A payment earned points. */
  EARNED,
  /** Points were redeemed into money. */
  REDEEMED,
  /** A refund took back points its payment had earned. */
  REVERSED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
