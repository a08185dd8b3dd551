/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** How often a recurring bill payment runs. */
public enum RecurrenceInterval {
  /** Every 7 days after the first run. */
  WEEKLY,
  /**
   * On the first run's day of the month, or the month's last day when it is shorter (a run
   * scheduled for 31 January runs on 28 or 29 February and 31 March).
   */
  MONTHLY,
  /** An interval this version of the SDK does not know. */
  UNKNOWN
}
