/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The state of a {@link Refund}. */
public enum RefundStatus {
  /** The money was returned to the wallet. */
  SUCCEEDED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
