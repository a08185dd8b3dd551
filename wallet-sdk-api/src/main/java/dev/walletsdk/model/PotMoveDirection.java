/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** Which way a {@link PotMove} went. */
public enum PotMoveDirection {
  /** From the wallet's available balance into the pot. */
  DEPOSIT,
  /** From the pot back to the wallet's available balance. */
  WITHDRAWAL,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
