/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The CPU time of the benchmark thread over each iteration, and the calls it made: on a shared
 * machine, wall time per call includes time the thread waited for a core, and CPU time does not.
 * JMH reports both counters per iteration; CPU time per call is their quotient.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU nanoseconds of the benchmark thread in this iteration. */
  public long cpuNanos;

  /** Calls in this iteration. */
  public long calls;

  private long start;

  /** Starts the iteration's clock. */
  @Setup(Level.Iteration)
  public void start() {
    cpuNanos = 0;
    calls = 0;
    start = THREADS.getCurrentThreadCpuTime();
  }

  /** Stops it. */
  @TearDown(Level.Iteration)
  public void stop() {
    cpuNanos = THREADS.getCurrentThreadCpuTime() - start;
  }
}
