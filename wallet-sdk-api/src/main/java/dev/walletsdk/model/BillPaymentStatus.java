/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The state of a bill payment. */
public enum BillPaymentStatus {
  /** Runs are left; see {@link BillPayment#nextRunAt()}. */
  SCHEDULED,
  /** Every run was made; see {@link BillPayment#runs()} for their outcomes. */
  COMPLETED,
  /** Cancelled before its last run; no further run is made. */
  CANCELLED,
  /** A status this version of the SDK does not know. */
  UNKNOWN
}
