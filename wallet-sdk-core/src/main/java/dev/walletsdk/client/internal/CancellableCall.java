/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.TransportException;
import dev.walletsdk.spi.TaskDecorator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A blocking call run on an executor as a future that can stop it: cancelling interrupts the
 * executor thread, but only while this call runs on it, and the interrupt is cleared before the
 * thread is handed back to the executor.
 *
 * <p>Race-free because the runner thread is published and withdrawn under one lock, and {@link
 * #cancel} interrupts under the same lock: after {@link #run()} has withdrawn the thread no
 * interrupt can reach it, and one delivered before is cleared right after the withdrawal.
 *
 * @param <T> the result type
 */
final class CancellableCall<T> extends CompletableFuture<T> implements Runnable {
  private final Supplier<T> work;
  private final Object lock = new Object();
  private @Nullable Thread runner;
  private boolean interruptedByCancel;

  private CancellableCall(Supplier<T> work) {
    this.work = work;
  }

  /**
   * Schedules work on an executor.
   *
   * @param work the blocking call
   * @param executor where it runs
   * @param decorators wrap the task here, on the calling thread, the first outermost
   * @param description names the call in the failure of a rejected execution
   * @param <T> the result type
   * @return the future of the call
   */
  static <T> CompletableFuture<T> submit(
      Supplier<T> work, Executor executor, List<TaskDecorator> decorators, String description) {
    CancellableCall<T> call = new CancellableCall<>(work);
    Runnable task = call;
    for (int i = decorators.size() - 1; i >= 0; i--) {
      task = decorators.get(i).decorate(task);
    }
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      call.completeExceptionally(
          new TransportException(
              "the async executor rejected " + description, TransportException.Kind.CANCELLED, e));
    }
    return call;
  }

  @Override
  public void run() {
    synchronized (lock) {
      if (isDone()) {
        return;
      }
      runner = Thread.currentThread();
    }
    try {
      complete(work.get());
    } catch (RuntimeException | Error e) {
      completeExceptionally(e);
    } finally {
      synchronized (lock) {
        runner = null;
        if (interruptedByCancel) {
          Thread.interrupted();
        }
      }
    }
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      synchronized (lock) {
        if (runner != null) {
          interruptedByCancel = true;
          runner.interrupt();
        }
      }
    }
    return cancelled;
  }
}
