/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The state of a {@link Pot}. */
public enum PotStatus {
  /** Open: takes deposits, withdrawals and renames. */
  ACTIVE,
  /** Closed when empty; takes nothing more. */
  CLOSED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
