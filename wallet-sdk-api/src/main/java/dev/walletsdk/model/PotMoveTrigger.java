/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** What made a {@link PotMove}. */
public enum PotMoveTrigger {
  /** A partner's deposit or withdrawal request. */
  REQUEST,
  /** A run of the pot's sweep on the platform clock. */
  SWEEP,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
