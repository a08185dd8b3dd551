/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** What became of one item of a {@link PayoutBatch}. */
public enum PayoutItemStatus {
  /** A transfer paid it; {@link PayoutBatchItem#transferId()} names it. */
  PAID,
  /** It was refused; {@link PayoutBatchItem#failureCode()} says why. Nothing moved for it. */
  FAILED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
