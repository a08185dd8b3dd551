/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * How the client retries a failed attempt: how many times, and how long it waits in between.
 *
 * <p>The client retries connection failures, HTTP 408, 429 and 5xx, and {@code
 * idempotency_in_flight}; it retries a timeout or a broken connection only for reads and for writes
 * that carry an idempotency key (every write the client sends does). The wait before retry {@code
 * n} (from 1) is drawn uniformly from {@code [0, min(maxDelay, baseDelay × 2^(n-1))]} ("full
 * jitter"), unless the server sent {@code Retry-After}, which is honoured exactly; a {@code
 * Retry-After} longer than {@link #maxRetryAfter()}, or one that would pass the call's deadline,
 * ends the retries at once.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
  private static final int MAX_RETRIES_LIMIT = 10;

  private final int maxRetries;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;

  private RetryPolicy(
      int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
    this.maxRetries = maxRetries;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
    this.maxRetryAfter = maxRetryAfter;
  }

  /**
   * Returns the default policy: 3 retries, 500 ms base delay, 8 s cap, {@code Retry-After} up to 60
   * s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries.
   *
   * @return the policy with 0 retries
   */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /**
   * Starts a builder holding the default values.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /**
   * Starts a builder holding this policy's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the most retries after the first attempt.
   *
   * @return 0 to 10
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the upper bound of the first retry's wait.
   *
   * @return the base delay
   */
  public Duration baseDelay() {
    return baseDelay;
  }

  /**
   * Returns the cap on the upper bound of any wait drawn by backoff.
   *
   * @return the maximum backoff delay
   */
  public Duration maxDelay() {
    return maxDelay;
  }

  /**
   * Returns the longest {@code Retry-After} the client waits for; a longer one ends the retries.
   *
   * @return the maximum honoured {@code Retry-After}
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Draws the wait before a retry, with full jitter.
   *
   * @param retry the retry's number, from 1
   * @param random the source of randomness
   * @return a delay between zero and {@code min(maxDelay, baseDelay × 2^(retry-1))}, inclusive
   */
  public Duration backoff(int retry, RandomGenerator random) {
    long ceiling = ceilingMillis(retry);
    return Duration.ofMillis(ceiling == 0 ? 0 : random.nextLong(ceiling + 1));
  }

  private long ceilingMillis(int retry) {
    long base = baseDelay.toMillis();
    int doublings = Math.min(Math.max(retry - 1, 0), 40);
    long exponential = base > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : base << doublings;
    return Math.min(maxDelay.toMillis(), exponential);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RetryPolicy other
        && maxRetries == other.maxRetries
        && baseDelay.equals(other.baseDelay)
        && maxDelay.equals(other.maxDelay)
        && maxRetryAfter.equals(other.maxRetryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, baseDelay, maxDelay, maxRetryAfter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", maxRetryAfter="
        + maxRetryAfter
        + "}";
  }

  /** Builds a {@link RetryPolicy}; each setter validates its argument at once. */
  public static final class Builder {
    private int maxRetries;
    private Duration baseDelay;
    private Duration maxDelay;
    private Duration maxRetryAfter;

    private Builder(RetryPolicy from) {
      this.maxRetries = from.maxRetries;
      this.baseDelay = from.baseDelay;
      this.maxDelay = from.maxDelay;
      this.maxRetryAfter = from.maxRetryAfter;
    }

    /**
     * Sets the most retries after the first attempt.
     *
     * @param maxRetries 0 to 10
     * @return this builder
     * @throws InvalidRequestException if out of range
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
        throw InvalidRequestException.forField(
            "maxRetries",
            "out_of_range",
            "maxRetries must be between 0 and " + MAX_RETRIES_LIMIT + " but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the upper bound of the first retry's wait.
     *
     * @param baseDelay zero or positive
     * @return this builder
     * @throws InvalidRequestException if negative
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative(baseDelay, "baseDelay");
      return this;
    }

    /**
     * Sets the cap on backoff waits.
     *
     * @param maxDelay zero or positive
     * @return this builder
     * @throws InvalidRequestException if negative
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} to wait for.
     *
     * @param maxRetryAfter zero or positive
     * @return this builder
     * @throws InvalidRequestException if negative
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(maxRetries, baseDelay, maxDelay, maxRetryAfter);
    }

    private static Duration nonNegative(@Nullable Duration value, String field) {
      if (value == null || value.isNegative()) {
        throw InvalidRequestException.forField(
            field, "out_of_range", field + " must be zero or positive but was " + value);
      }
      return value;
    }
  }
}
