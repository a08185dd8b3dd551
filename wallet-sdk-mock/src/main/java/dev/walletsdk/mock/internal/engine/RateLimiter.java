/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket per partner, refilled on the virtual clock: {@code perSecond} requests a second
 * with bursts of the same size. Off (unlimited) until a rate is set. Used under the engine's lock.
 */
public final class RateLimiter {
  private int perSecond;
  private final Map<String, double[]> buckets = new HashMap<>();

  /**
   * Sets the rate.
   *
   * @param perSecond requests per second per partner; 0 turns limiting off
   */
  public void setRate(int perSecond) {
    this.perSecond = perSecond;
    buckets.clear();
  }

  /**
   * Takes a token for a request.
   *
   * @param partnerId the partner
   * @param now the server time
   * @return empty if the request may proceed, else the seconds to wait (at least 1)
   */
  public OptionalLong acquire(String partnerId, Instant now) {
    if (perSecond <= 0) {
      return OptionalLong.empty();
    }
    double nowSeconds = now.toEpochMilli() / 1000.0;
    double[] bucket = buckets.computeIfAbsent(partnerId, p -> new double[] {perSecond, nowSeconds});
    double elapsed = Math.max(0, nowSeconds - bucket[1]);
    bucket[0] = Math.min(perSecond, bucket[0] + elapsed * perSecond);
    bucket[1] = nowSeconds;
    if (bucket[0] >= 1) {
      bucket[0] -= 1;
      return OptionalLong.empty();
    }
    double wait = (1 - bucket[0]) / perSecond;
    return OptionalLong.of(Math.max(1, (long) Math.ceil(wait)));
  }

  /**
   * Returns the rate.
   *
   * @return requests per second, 0 when off
   */
  public int perSecond() {
    return perSecond;
  }
}
