/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

/**
 * Wraps the task of each asynchronous call, on the thread that starts the call, before the task is
 * handed to the async executor: the seam that carries a caller's thread-bound context (the current
 * tracing span, a logging MDC) to the executor thread that runs the call.
 *
 * <p>{@link #decorate(Runnable)} runs on the calling thread, so it can capture that thread's
 * context; the runnable it returns runs on the executor thread and must run the given task exactly
 * once, restoring whatever it changed on that thread afterwards. Implementations must be
 * thread-safe and must not throw.
 */
@FunctionalInterface
public interface TaskDecorator {
  /**
   * Wraps a task.
   *
   * @param task runs the call; never {@code null}
   * @return the task to run on the executor thread in its place
   */
  Runnable decorate(Runnable task);
}
