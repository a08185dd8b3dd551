/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** What became of a {@link PayoutBatch}: every item has been paid or has failed. */
public enum PayoutBatchStatus {
  /** Every item was paid. */
  COMPLETED,
  /** Some items were paid and some failed. */
  COMPLETED_WITH_FAILURES,
  /** No item was paid. */
  FAILED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
