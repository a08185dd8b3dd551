/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The default executor of asynchronous calls: one cached pool of daemon threads per JVM. */
public final class AsyncExecutors {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private AsyncExecutors() {}

  private static final class Holder {
    static final ExecutorService SHARED =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "wallet-sdk-async-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Hands tasks to the shared pool, which the first task creates. */
  private static final class OnFirstUse implements Executor {
    static final Executor INSTANCE = new OnFirstUse();

    @Override
    public void execute(Runnable command) {
      Holder.SHARED.execute(command);
    }
  }

  /**
   * Returns the shared executor. Its thread pool is created by the first task it runs, not by this
   * call, so building a client that never makes an asynchronous call creates no pool.
   *
   * @return the executor
   */
  public static Executor shared() {
    return OnFirstUse.INSTANCE;
  }
}
