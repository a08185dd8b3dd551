/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A closed-loop load run: {@code callers} threads each call as fast as the server answers, for a
 * fixed time or until {@code maxCalls} calls, whichever comes first. Every call's latency is kept,
 * so the percentiles are exact.
 */
final class LoadRun {
  /** One call of a caller; throws, or returns false, when the call failed. */
  @FunctionalInterface
  interface Call {
    boolean call(int caller, long sequence) throws Exception;
  }

  /**
   * What a run measured.
   *
   * @param calls completed calls, failures included
   * @param errors failed calls
   * @param seconds the run's wall time
   * @param latenciesNanos every call's latency, sorted
   * @param clientCpuNanos CPU time of the whole calling process (this JVM) during the run
   * @param serverCpuNanos CPU time of the server process during the run
   */
  record Result(
      long calls,
      long errors,
      double seconds,
      long[] latenciesNanos,
      long clientCpuNanos,
      long serverCpuNanos) {
    double serverCpuMicrosPerCall() {
      return calls == 0 ? Double.NaN : serverCpuNanos / 1e3 / calls;
    }

    double clientCpuMicrosPerCall() {
      return calls == 0 ? Double.NaN : clientCpuNanos / 1e3 / calls;
    }

    double perSecond() {
      return calls / seconds;
    }

    double percentileMillis(double percentile) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percentile / 100.0 * latenciesNanos.length) - 1;
      return latenciesNanos[Math.max(0, index)] / 1e6;
    }
  }

  private static final OperatingSystemMXBean PROCESS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private LoadRun() {}

  /**
   * Runs the load.
   *
   * @param callers concurrent callers
   * @param duration how long to run
   * @param maxCalls the most calls in all
   * @param call one call
   * @param serverCpu reads the server process's CPU time in nanoseconds
   * @return the measurements
   */
  static Result run(
      int callers, Duration duration, long maxCalls, Call call, LongSupplier serverCpu) {
    long end = System.nanoTime() + duration.toNanos();
    AtomicLong budget = new AtomicLong(maxCalls);
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    int[] counts = new int[callers];
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    int perCaller = (int) Math.min(Integer.MAX_VALUE - 8, maxCalls);
    for (int i = 0; i < callers; i++) {
      int caller = i;
      long[] mine = new long[Math.min(perCaller, 4_000_000)];
      latencies.add(mine);
      Thread thread =
          new Thread(
              () -> {
                await(start);
                long sequence = 0;
                while (System.nanoTime() < end
                    && budget.getAndDecrement() > 0
                    && sequence < mine.length) {
                  long before = System.nanoTime();
                  boolean ok;
                  try {
                    ok = call.call(caller, sequence);
                  } catch (Exception e) {
                    ok = false;
                  }
                  mine[(int) sequence++] = System.nanoTime() - before;
                  if (!ok) {
                    errors.incrementAndGet();
                  }
                }
                counts[caller] = (int) sequence;
              },
              "load-caller-" + i);
      threads.add(thread);
      thread.start();
    }
    long cpuBefore = PROCESS.getProcessCpuTime();
    long serverBefore = serverCpu.getAsLong();
    long began = System.nanoTime();
    start.countDown();
    for (Thread thread : threads) {
      join(thread);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    long cpu = PROCESS.getProcessCpuTime() - cpuBefore;
    long server = serverCpu.getAsLong() - serverBefore;
    long total = Arrays.stream(counts).asLongStream().sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (int i = 0; i < callers; i++) {
      System.arraycopy(latencies.get(i), 0, all, at, counts[i]);
      at += counts[i];
    }
    Arrays.sort(all);
    return new Result(total, errors.get(), seconds, all, cpu, server);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the load", e);
    }
  }
}
