/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * A deterministic source of randomness: a bounded draw returns half the bound (so a full-jitter
 * wait is exactly half its ceiling) and records the bound; unbounded draws count up.
 */
public final class ScriptedRandom implements RandomGenerator {
  private final AtomicLong counter = new AtomicLong(0x1234_5678L);
  private final List<Long> bounds = new CopyOnWriteArrayList<>();

  @Override
  public long nextLong() {
    return counter.incrementAndGet();
  }

  @Override
  public long nextLong(long bound) {
    bounds.add(bound);
    return bound / 2;
  }

  /** The bounds of every bounded draw, in order. */
  public List<Long> bounds() {
    return List.copyOf(bounds);
  }
}
