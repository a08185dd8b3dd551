/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How a scheduled bill payment repeats: an interval and, optionally, a number of runs. */
public final class Recurrence {
  /** The most runs a recurring payment may have. */
  public static final int MAX_COUNT = 120;

  private final RecurrenceInterval interval;
  private final @Nullable Integer count;

  private Recurrence(RecurrenceInterval interval, @Nullable Integer count) {
    this.interval = interval;
    this.count = count;
  }

  /**
   * Repeats until cancelled.
   *
   * @param interval how often
   * @return the recurrence
   */
  public static Recurrence every(RecurrenceInterval interval) {
    return new Recurrence(Objects.requireNonNull(interval, "interval"), null);
  }

  /**
   * Repeats a number of times in all, the first run included.
   *
   * @param interval how often
   * @param count 2 to 120 runs
   * @return the recurrence
   * @throws InvalidRequestException (field {@code recurrence.count}, code {@code out_of_range}) if
   *     the count is outside 2 to 120
   */
  public static Recurrence every(RecurrenceInterval interval, int count) {
    Objects.requireNonNull(interval, "interval");
    return new Recurrence(interval, Checks.range(count, "recurrence.count", 2, MAX_COUNT));
  }

  /**
   * Returns the interval.
   *
   * @return how often it runs
   */
  public RecurrenceInterval interval() {
    return interval;
  }

  /**
   * Returns the number of runs.
   *
   * @return the count, or empty for until cancelled
   */
  public Optional<Integer> count() {
    return Optional.ofNullable(count);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Recurrence other
        && interval == other.interval
        && Objects.equals(count, other.count);
  }

  @Override
  public int hashCode() {
    return Objects.hash(interval, count);
  }

  @Override
  public String toString() {
    return "Recurrence{interval=" + interval + ", count=" + count + "}";
  }
}
