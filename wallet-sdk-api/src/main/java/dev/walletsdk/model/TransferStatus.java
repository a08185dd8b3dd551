/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The state of a {@link Transfer}. */
public enum TransferStatus {
  /** A payout to a bank account: reserved on the wallet and not yet settled. */
  PENDING,
  /** The money reached the destination. */
  COMPLETED,
  /** The payout was returned and the reservation on the wallet released. */
  FAILED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
