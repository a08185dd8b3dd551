/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The mock's virtual clock. In manual mode it stands still until advanced; in system mode it
 * follows a base clock plus an offset that {@link #advance} grows. Either way it never runs
 * backwards and has millisecond precision, so server timestamps are monotonic.
 *
 * <p>The clock is also the platform's scheduler: work registered with {@link #onDue} (bill payments
 * that fall due, for example) runs whenever the clock is advanced or set, and before each command
 * executes ({@link #runDue()}), at the instant the clock then shows. The engine does both under its
 * lock, so due work is part of the command that triggered it and journal replay reproduces it.
 *
 * <p>Thread-safe.
 */
public final class MockClock {
  /** The earliest time the clock may show. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** The latest time the clock may show: far enough for any test, far from overflowing. */
  public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private final Clock base;
  private final boolean manual;
  private Instant manualNow;
  private Duration offset = Duration.ZERO;
  private Instant last = Instant.MIN;
  private @Nullable Instant pinned;
  private final List<Runnable> dueWork = new CopyOnWriteArrayList<>();

  private MockClock(Clock base, boolean manual, Instant start) {
    this.base = base;
    this.manual = manual;
    this.manualNow = start.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Creates a clock that stands still at {@code start} until advanced.
   *
   * @param start the initial time, from {@link #EARLIEST} to {@link #LATEST}
   * @return the clock
   * @throws IllegalArgumentException if the time is out of range
   */
  public static MockClock manual(Instant start) {
    return new MockClock(Clock.systemUTC(), true, requireInRange(start));
  }

  /**
   * Creates a clock that follows {@code base}.
   *
   * @param base the clock to follow
   * @return the clock
   */
  public static MockClock following(Clock base) {
    return new MockClock(base, false, base.instant());
  }

  /**
   * Returns the current virtual time.
   *
   * @return now, never before a time returned earlier
   */
  public synchronized Instant now() {
    if (pinned != null) {
      return pinned;
    }
    Instant now = manual ? manualNow : base.instant().plus(offset).truncatedTo(ChronoUnit.MILLIS);
    if (now.isBefore(last)) {
      now = last;
    }
    last = now;
    return now;
  }

  /**
   * Moves the clock forward, then runs the work that fell due ({@link #runDue()}). Call it under
   * the engine's lock.
   *
   * @param duration a non-negative duration that keeps the clock at or before {@link #LATEST}
   * @return the new time
   * @throws IllegalArgumentException if the duration is negative or too long
   */
  public Instant advance(Duration duration) {
    Instant now = move(duration);
    runDue();
    return now;
  }

  private synchronized Instant move(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the clock cannot go back (advance by " + duration + ")");
    }
    Instant now = now();
    if (duration.compareTo(Duration.between(now, LATEST)) > 0) {
      throw new IllegalArgumentException(
          "the clock cannot go past " + LATEST + " (now " + now + ", advance by " + duration + ")");
    }
    if (manual) {
      manualNow = manualNow.plus(duration).truncatedTo(ChronoUnit.MILLIS);
    } else {
      offset = offset.plus(duration);
    }
    if (pinned != null) {
      pinned = pinned.plus(duration).truncatedTo(ChronoUnit.MILLIS);
      last = pinned;
    }
    return now();
  }

  /**
   * Sets the clock to a time not before the current one, then runs the work that fell due. Call it
   * under the engine's lock.
   *
   * @param time the new time
   * @return the new time
   * @throws IllegalArgumentException if the time is before now
   */
  public Instant set(Instant time) {
    requireInRange(time);
    Instant now = now();
    if (time.isBefore(now)) {
      throw new IllegalArgumentException("the clock cannot go back from " + now + " to " + time);
    }
    return advance(Duration.between(now, time));
  }

  /**
   * Registers work that runs whenever time may have made some of it due: after the clock is
   * advanced or set, and on {@link #runDue()}. Registered work runs in registration order.
   *
   * @param work runs what is due at the clock's current time, and nothing if nothing is; called on
   *     the thread that advances the clock or runs a command, under the engine's lock
   */
  public void onDue(Runnable work) {
    dueWork.add(work);
  }

  /**
   * Runs the registered work at the current instant: whatever fell due at or before now. The engine
   * calls it before each command executes, under its lock, so due work precedes the command in the
   * same journal step.
   */
  public void runDue() {
    dueWork.forEach(Runnable::run);
  }

  /**
   * Checks that a time is within the clock's range.
   *
   * @param time the time
   * @return the time
   * @throws IllegalArgumentException if it is before {@link #EARLIEST} or after {@link #LATEST}
   */
  public static Instant requireInRange(Instant time) {
    if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
      throw new IllegalArgumentException(
          "the clock must stay from " + EARLIEST + " to " + LATEST + ", not " + time);
    }
    return time;
  }

  /**
   * Holds the clock at a time until {@link #unpin()}, so that one operation sees one time.
   *
   * @param at the time; never before a time returned earlier
   */
  public synchronized void pin(Instant at) {
    if (at.isAfter(last)) {
      last = at;
      if (manual) {
        manualNow = at;
      }
    }
    pinned = at.isBefore(last) ? last : at;
  }

  /** Releases the clock after {@link #pin(Instant)}. */
  public synchronized void unpin() {
    pinned = null;
  }

  /**
   * Tells whether the clock is pinned.
   *
   * @return {@code true} inside an operation
   */
  public synchronized boolean isPinned() {
    return pinned != null;
  }

  /**
   * Tells whether the clock stands still unless advanced.
   *
   * @return {@code true} in manual mode
   */
  public boolean isManual() {
    return manual;
  }
}
