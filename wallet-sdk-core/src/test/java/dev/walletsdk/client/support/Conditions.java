/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.support;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition that another thread makes true (a request queued behind a limit, a pool's
 * cleanup thread evicting a connection), failing after 5 s instead of waiting forever.
 */
public final class Conditions {
  private static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private Conditions() {}

  /** Returns once {@code condition} holds; fails the test if it does not within 5 s. */
  public static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + LIMIT_NANOS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("not within 5 s: " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
  }
}
