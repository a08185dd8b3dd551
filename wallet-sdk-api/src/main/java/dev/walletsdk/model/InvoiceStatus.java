/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The status of an {@link Invoice}, derived from what the ledger shows paid. */
public enum InvoiceStatus {
  /** Issued, nothing paid, not yet overdue. */
  OPEN,
  /** Paid in part, not yet overdue. */
  PARTIALLY_PAID,
  /** Still due after its due date; it still takes payments. */
  OVERDUE,
  /** Nothing remains due and something was paid. */
  PAID,
  /** Credited in full before anything was paid. */
  CREDITED,
  /** Voided while nothing was paid; takes nothing more. */
  VOID,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
