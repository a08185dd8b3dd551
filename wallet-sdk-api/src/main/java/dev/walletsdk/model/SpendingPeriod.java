/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;
import java.util.Locale;

/**
 * The calendar period of a spending analysis or a budget, on the platform clock in UTC: a day from
 * midnight UTC, an ISO week from Monday 00:00 UTC, a calendar month.
 */
public enum SpendingPeriod {
  /** A UTC day. */
  DAY,
  /** An ISO week, Monday to Sunday, UTC. */
  WEEK,
  /** A UTC calendar month. */
  MONTH;

  /**
   * Returns the wire name.
   *
   * @return {@code day}, {@code week} or {@code month}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a wire name.
   *
   * @param value {@code day}, {@code week} or {@code month}
   * @return the period
   * @throws InvalidRequestException (field {@code period}, code {@code unknown_period}) otherwise
   */
  public static SpendingPeriod of(String value) {
    for (SpendingPeriod period : values()) {
      if (period.wireName().equals(value)) {
        return period;
      }
    }
    throw InvalidRequestException.forField(
        "period",
        "unknown_period",
        "period must be day, week or month but was " + CurrencyCode.quoted(value));
  }
}
