package dev.walletsdk.client.internal;

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

  /**
   * Returns the shared executor, creating it on first use.
   *
   * @return the executor
   */
  public static ExecutorService shared() {
    return Holder.SHARED;
  }
}
