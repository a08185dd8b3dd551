/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import java.util.Locale;

/** What a spending analysis totals by. */
public enum SpendingGroup {
  /** The merchant's ISO 18245 category. */
  CATEGORY,
  /** The merchant. */
  MERCHANT,
  /** Money in ({@code in}) and out ({@code out}) of the wallet. */
  DIRECTION;

  /**
   * Returns the wire name.
   *
   * @return {@code category}, {@code merchant} or {@code direction}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
