/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

/**
 * How many recorded requests a verification expects to match, as in {@code mock.verify(exactly(2),
 * postRequestedFor("/v1/transfers"))}. Immutable.
 */
public final class RequestCount {
  private final int min;
  private final int max;
  private final String description;

  private RequestCount(int min, int max, String description) {
    this.min = min;
    this.max = max;
    this.description = description;
  }

  /**
   * Expects exactly this many matches.
   *
   * @param count the count, 0 or more
   * @return the expectation
   * @throws IllegalArgumentException if the count is negative
   */
  public static RequestCount exactly(int count) {
    return new RequestCount(requireCount(count), count, "exactly " + count);
  }

  /**
   * Expects this many matches or more.
   *
   * @param count the least count, 0 or more
   * @return the expectation
   * @throws IllegalArgumentException if the count is negative
   */
  public static RequestCount atLeast(int count) {
    return new RequestCount(requireCount(count), Integer.MAX_VALUE, "at least " + count);
  }

  /**
   * Expects this many matches or fewer.
   *
   * @param count the most, 0 or more
   * @return the expectation
   * @throws IllegalArgumentException if the count is negative
   */
  public static RequestCount atMost(int count) {
    return new RequestCount(0, requireCount(count), "at most " + count);
  }

  /**
   * Expects no match.
   *
   * @return the expectation
   */
  public static RequestCount never() {
    return new RequestCount(0, 0, "no");
  }

  /**
   * Tells whether a count meets this expectation.
   *
   * @param count the number of matching requests
   * @return whether it is in range
   */
  public boolean isMetBy(int count) {
    return count >= min && count <= max;
  }

  /** Returns {@code "exactly 2"}, {@code "at least 1"}, {@code "at most 3"} or {@code "no"}. */
  @Override
  public String toString() {
    return description;
  }

  private static int requireCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a request count must be 0 or more, not " + count);
    }
    return count;
  }
}
