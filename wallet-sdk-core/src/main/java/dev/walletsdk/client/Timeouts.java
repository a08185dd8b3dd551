/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The client's time limits: to connect, for one attempt (sending the request and reading the whole
 * response), and for a whole call including every retry and wait.
 *
 * <p>Immutable and thread-safe.
 */
public final class Timeouts {
  private static final Timeouts DEFAULTS =
      new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(60));

  private final Duration connect;
  private final Duration read;
  private final Duration call;

  private Timeouts(Duration connect, Duration read, Duration call) {
    this.connect = positive(connect, "connect");
    this.read = positive(read, "read");
    this.call = positive(call, "call");
  }

  /**
   * Returns the defaults: 5 s to connect, 20 s per attempt, 60 s per call.
   *
   * @return the default timeouts
   */
  public static Timeouts defaults() {
    return DEFAULTS;
  }

  /**
   * Creates timeouts with the default call timeout of 60 s, or the read timeout if that is longer.
   *
   * @param connect the longest time to establish a connection
   * @param read the longest time for one attempt
   * @return the timeouts
   * @throws InvalidRequestException if a duration is not positive
   */
  public static Timeouts of(Duration connect, Duration read) {
    Duration call = DEFAULTS.call.compareTo(read) >= 0 ? DEFAULTS.call : read;
    return new Timeouts(connect, read, call);
  }

  /**
   * Creates timeouts.
   *
   * @param connect the longest time to establish a connection
   * @param read the longest time for one attempt
   * @param call the longest time for a whole call, retries and waits included
   * @return the timeouts
   * @throws InvalidRequestException if a duration is not positive
   */
  public static Timeouts of(Duration connect, Duration read, Duration call) {
    return new Timeouts(connect, read, call);
  }

  /**
   * Returns these timeouts with another call timeout.
   *
   * @param call the longest time for a whole call
   * @return new timeouts
   * @throws InvalidRequestException if the duration is not positive
   */
  public Timeouts withCall(Duration call) {
    return new Timeouts(connect, read, call);
  }

  /**
   * Returns the connect timeout.
   *
   * @return the longest time to establish a connection
   */
  public Duration connect() {
    return connect;
  }

  /**
   * Returns the per-attempt timeout.
   *
   * @return the longest time from sending a request to reading the whole response
   */
  public Duration read() {
    return read;
  }

  /**
   * Returns the per-call deadline.
   *
   * @return the longest time for a call, retries and waits included
   */
  public Duration call() {
    return call;
  }

  private static Duration positive(@Nullable Duration value, String field) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw InvalidRequestException.forField(
          field, "out_of_range", field + " timeout must be positive but was " + value);
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Timeouts other
        && connect.equals(other.connect)
        && read.equals(other.read)
        && call.equals(other.call);
  }

  @Override
  public int hashCode() {
    return Objects.hash(connect, read, call);
  }

  @Override
  public String toString() {
    return "Timeouts{connect=" + connect + ", read=" + read + ", call=" + call + "}";
  }
}
