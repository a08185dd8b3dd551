/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The state of a consumer-presented payment token. */
public enum PaymentTokenStatus {
  /** The token may be redeemed until it expires. */
  ACTIVE,
  /** A merchant redeemed the token; it cannot be used again. */
  REDEEMED,
  /** The token's lifetime ended before anyone redeemed it. */
  EXPIRED,
  /** A status this version of the SDK does not know. */
  UNKNOWN
}
