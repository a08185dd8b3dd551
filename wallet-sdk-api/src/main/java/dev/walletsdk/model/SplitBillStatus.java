/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The state of a split bill. */
public enum SplitBillStatus {
  /** Every participant's share was paid to the merchant, in one atomic movement. */
  SUCCEEDED,
  /** A status this version of the SDK does not know. */
  UNKNOWN
}
