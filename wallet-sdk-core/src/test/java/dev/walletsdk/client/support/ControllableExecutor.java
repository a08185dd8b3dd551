/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.support;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** Queues tasks until the test runs them, on the test's own thread. */
public final class ControllableExecutor implements Executor {
  private final Queue<Runnable> tasks = new ArrayDeque<>();

  @Override
  public synchronized void execute(Runnable task) {
    tasks.add(task);
  }

  public synchronized int pending() {
    return tasks.size();
  }

  /** Runs every queued task, in order. */
  public void runAll() {
    Runnable task;
    while ((task = poll()) != null) {
      task.run();
    }
  }

  private synchronized Runnable poll() {
    return tasks.poll();
  }
}
