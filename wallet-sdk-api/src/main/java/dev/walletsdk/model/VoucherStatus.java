/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The state of a {@link Voucher}. */
public enum VoucherStatus {
  /** Held and redeemable within its offer's window; also a voucher a full refund restored. */
  ISSUED,
  /** A payment redeemed it. */
  REDEEMED,
  /** Its offer's window closed while it was issued. */
  EXPIRED,
  /** Forfeited: the payment that redeemed it was refunded in part, or after the offer ended. */
  VOID,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
