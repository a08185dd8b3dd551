/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** How a split bill is divided between its participants. */
public enum SplitMethod {
  /** Each participant pays an exact share; the shares add up to the bill. */
  EXACT,
  /** Each participant pays a percentage; see {@link SplitAllocation} for the rounding. */
  PERCENTAGE,
  /** A method this version of the SDK does not know. */
  UNKNOWN
}
