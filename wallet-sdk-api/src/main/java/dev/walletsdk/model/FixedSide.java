/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** Which side of a {@link Quote} is fixed; the server computes the other side from the rate. */
public enum FixedSide {
  /** The amount to sell is fixed; the amount bought follows from the rate and the fee. */
  SELL,
  /** The amount to buy is fixed; the amount sold follows from the rate and the fee. */
  BUY
}
