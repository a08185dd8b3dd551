/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure the mock injects into matching API requests, to test how clients behave when the
 * network or the platform misbehaves. Build one with a factory, then narrow it:
 *
 * <pre>{@code
 * mock.control().injectFault(Fault.dropResponseAfterCommit().on("POST", "/v1/transfers").times(1));
 * mock.control().injectFault(Fault.serverError(503).withProbability(0.3));
 * }</pre>
 *
 * <p>Faults apply only to Wallet API routes ({@code /v1/…}), never to the control plane.
 * Probabilities draw from the mock's seeded random source, so a run is repeatable. Immutable.
 */
public final class Fault {
  /** What goes wrong. */
  public enum Kind {
    /** The connection is reset before the request is processed: nothing is applied. */
    RESET_BEFORE_PROCESSING,
    /** The request is processed and committed, then the connection drops without a response. */
    DROP_RESPONSE_AFTER_COMMIT,
    /** The request is processed; the response is delayed (past the client's timeout, say). */
    DELAY,
    /** A 5xx problem is returned without processing. */
    SERVER_ERROR,
    /** A 429 problem with {@code Retry-After} is returned without processing. */
    RATE_LIMITED,
    /** The request is processed; the response body is cut short and the connection closed. */
    TRUNCATED_BODY
  }

  /** The longest delay: a delayed answer holds one of the server's threads. */
  static final Duration MAX_DELAY = Duration.ofMinutes(10);

  /** The longest Retry-After a rate-limit fault announces. */
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

  /** The most requests a counted fault may fire on. */
  static final int MAX_TIMES = 1_000_000;

  private static final int MAX_PATH_PATTERN = 200;

  /** Each {@code *} becomes {@code .*}: few of them keep matching linear enough. */
  private static final int MAX_WILDCARDS = 4;

  private final Kind kind;
  private final @Nullable String method;
  private final String pathPattern;
  private final int times;
  private final double probability;
  private final Duration delay;
  private final int status;
  private final Duration retryAfter;

  private Fault(
      Kind kind,
      @Nullable String method,
      String pathPattern,
      int times,
      double probability,
      Duration delay,
      int status,
      Duration retryAfter) {
    this.kind = kind;
    this.method = method;
    this.pathPattern = pathPattern;
    this.times = times;
    this.probability = probability;
    this.delay = delay;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  private static Fault of(Kind kind) {
    return new Fault(kind, null, "/v1/*", -1, 1.0, Duration.ZERO, 0, Duration.ZERO);
  }

  /**
   * Resets the connection before processing.
   *
   * @return the fault
   */
  public static Fault resetBeforeProcessing() {
    return of(Kind.RESET_BEFORE_PROCESSING);
  }

  /**
   * Processes and commits the request, then drops the connection without a response.
   *
   * @return the fault
   */
  public static Fault dropResponseAfterCommit() {
    return of(Kind.DROP_RESPONSE_AFTER_COMMIT);
  }

  /**
   * Processes the request, then delays the response. In-process, no time passes: a delay at least
   * as long as the request's timeout is reported to the client as a timeout after the commit.
   *
   * @param delay how long, from 0 to 60 seconds (a delayed answer holds one of the server's
   *     threads)
   * @return the fault
   * @throws IllegalArgumentException if the delay is out of range
   */
  public static Fault delay(Duration delay) {
    if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException(
          "delay must be from 0 to " + MAX_DELAY.toMillis() + " ms but was " + delay.toMillis());
    }
    Fault fault = of(Kind.DELAY);
    return new Fault(
        fault.kind,
        null,
        fault.pathPattern,
        -1,
        1.0,
        Objects.requireNonNull(delay),
        0,
        Duration.ZERO);
  }

  /**
   * Answers with a 5xx problem without processing.
   *
   * @param status 500 to 599
   * @return the fault
   * @throws IllegalArgumentException if the status is not 5xx
   */
  public static Fault serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status " + status + " is not a 5xx status");
    }
    return new Fault(
        Kind.SERVER_ERROR, null, "/v1/*", -1, 1.0, Duration.ZERO, status, Duration.ZERO);
  }

  /**
   * Answers with 429 and {@code Retry-After} without processing.
   *
   * @param retryAfter the delay to announce, whole seconds, from 0 to 3600
   * @return the fault
   * @throws IllegalArgumentException if the delay is out of range
   */
  public static Fault rateLimited(Duration retryAfter) {
    if (retryAfter.isNegative() || retryAfter.compareTo(MAX_RETRY_AFTER) > 0) {
      throw new IllegalArgumentException(
          "retryAfter must be from 0 to "
              + MAX_RETRY_AFTER.toSeconds()
              + " s but was "
              + retryAfter.toSeconds());
    }
    return new Fault(Kind.RATE_LIMITED, null, "/v1/*", -1, 1.0, Duration.ZERO, 429, retryAfter);
  }

  /**
   * Processes the request and sends half the response body.
   *
   * @return the fault
   */
  public static Fault truncatedBody() {
    return of(Kind.TRUNCATED_BODY);
  }

  /**
   * Limits the fault to one method and a path pattern, where {@code *} matches any characters.
   *
   * @param method the HTTP method, or {@code "*"} for any
   * @param pathPattern for example {@code /v1/transfers} or {@code /v1/payments/*}: starts with
   *     {@code /} or {@code *}, at most 200 visible characters, at most 4 {@code *}
   * @return the narrowed fault
   * @throws IllegalArgumentException if the method or the pattern is malformed
   */
  public Fault on(String method, String pathPattern) {
    if (!method.equals("*") && !method.matches("[A-Za-z]{1,16}")) {
      throw new IllegalArgumentException("method must be * or 1 to 16 letters");
    }
    if (!(pathPattern.startsWith("/") || pathPattern.startsWith("*"))
        || pathPattern.length() > MAX_PATH_PATTERN
        || pathPattern.chars().filter(c -> c == '*').count() > MAX_WILDCARDS
        || !pathPattern.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          "pathPattern must start with / or *, be at most "
              + MAX_PATH_PATTERN
              + " visible characters and have at most "
              + MAX_WILDCARDS
              + " *");
    }
    String m = method.equals("*") ? null : method.toUpperCase(Locale.ROOT);
    return new Fault(kind, m, pathPattern, times, probability, delay, status, retryAfter);
  }

  /**
   * Makes the fault fire only on its first {@code n} matching requests.
   *
   * @param n from 1 to 1,000,000
   * @return the limited fault
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public Fault times(int n) {
    if (n < 1 || n > MAX_TIMES) {
      throw new IllegalArgumentException("times must be from 1 to " + MAX_TIMES + " but was " + n);
    }
    return new Fault(kind, method, pathPattern, n, probability, delay, status, retryAfter);
  }

  /**
   * Makes the fault fire on each matching request with a probability.
   *
   * @param probability above 0, at most 1
   * @return the probabilistic fault
   * @throws IllegalArgumentException if out of range
   */
  public Fault withProbability(double probability) {
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1] but was " + probability);
    }
    return new Fault(kind, method, pathPattern, times, probability, delay, status, retryAfter);
  }

  /**
   * What goes wrong.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The method matched.
   *
   * @return the method, or {@code null} for any
   */
  public @Nullable String method() {
    return method;
  }

  /**
   * The path pattern matched.
   *
   * @return the pattern
   */
  public String pathPattern() {
    return pathPattern;
  }

  /**
   * How many times it fires.
   *
   * @return the count, or -1 for always
   */
  public int times() {
    return times;
  }

  /**
   * The probability of firing on a match.
   *
   * @return the probability
   */
  public double probability() {
    return probability;
  }

  /**
   * The response delay of {@link Kind#DELAY}.
   *
   * @return the delay
   */
  public Duration delay() {
    return delay;
  }

  /**
   * The status of {@link Kind#SERVER_ERROR} or {@link Kind#RATE_LIMITED}.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The announced delay of {@link Kind#RATE_LIMITED}.
   *
   * @return the delay
   */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public String toString() {
    return "Fault{"
        + kind
        + " on "
        + (method == null ? "*" : method)
        + " "
        + pathPattern
        + (times > 0 ? ", " + times + " times" : "")
        + (probability < 1 ? ", p=" + probability : "")
        + "}";
  }
}
