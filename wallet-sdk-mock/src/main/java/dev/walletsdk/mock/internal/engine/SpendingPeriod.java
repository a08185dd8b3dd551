/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The calendar periods of spending analysis and budgets, on the platform clock in UTC: a day runs
 * from midnight UTC, a week is an ISO week (Monday to Sunday) and a month a calendar month.
 */
public enum SpendingPeriod {
  /** A UTC calendar day. */
  DAY,
  /** An ISO week, starting Monday 00:00 UTC. */
  WEEK,
  /** A UTC calendar month. */
  MONTH;

  /**
   * Reads a period's wire name.
   *
   * @param text {@code day}, {@code week} or {@code month}
   * @return the period, or empty if the name is not one
   */
  public static Optional<SpendingPeriod> parse(String text) {
    for (SpendingPeriod period : values()) {
      if (period.wireName().equals(text)) {
        return Optional.of(period);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the wire name.
   *
   * @return {@code day}, {@code week} or {@code month}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the start of the period that holds an instant.
   *
   * @param at the instant
   * @return the period's first instant
   */
  public Instant start(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    LocalDate first =
        switch (this) {
          case DAY -> day;
          case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          case MONTH -> day.withDayOfMonth(1);
        };
    return first.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Returns the start of the period after the one that starts at {@code start}.
   *
   * @param start a value of {@link #start(Instant)}
   * @return the end of that period, exclusive
   */
  public Instant next(Instant start) {
    LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
    LocalDate next =
        switch (this) {
          case DAY -> day.plusDays(1);
          case WEEK -> day.plusWeeks(1);
          case MONTH -> day.plusMonths(1);
        };
    return next.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Returns the start of the period before the one that starts at {@code start}.
   *
   * @param start a value of {@link #start(Instant)}
   * @return the previous period's first instant
   */
  public Instant previous(Instant start) {
    LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
    LocalDate previous =
        switch (this) {
          case DAY -> day.minusDays(1);
          case WEEK -> day.minusWeeks(1);
          case MONTH -> day.minusMonths(1);
        };
    return previous.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * A window of one period.
   *
   * @param period the kind
   * @param start the first instant
   * @param end the first instant after it
   */
  public record Window(SpendingPeriod period, Instant start, Instant end) {
    /**
     * Returns the window holding an instant.
     *
     * @param period the kind
     * @param at the instant
     * @return the window
     */
    public static Window of(SpendingPeriod period, Instant at) {
      Instant start = period.start(at);
      return new Window(period, start, period.next(start));
    }

    /**
     * Returns the window before this one.
     *
     * @return the previous window
     */
    public Window previous() {
      return new Window(period, period.previous(start), start);
    }

    /**
     * Tells whether an instant falls in the window.
     *
     * @param at the instant
     * @return {@code true} if {@code start <= at < end}
     */
    public boolean contains(Instant at) {
      return !at.isBefore(start) && at.isBefore(end);
    }
  }
}
