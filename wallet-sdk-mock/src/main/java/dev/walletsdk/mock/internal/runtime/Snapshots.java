/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import java.util.List;
import java.util.function.Supplier;

/**
 * Snapshots of the running state: a snapshot is a position in the command log, and returning to one
 * rebuilds a fresh engine by replaying the log up to it, so replay is exercised on every restore.
 * Used under the runtime's swap lock.
 */
final class Snapshots {
  private final CommandLog log;
  private final int earliest;
  private final Supplier<Instance> fresh;

  /**
   * Creates the snapshots of a log.
   *
   * @param log the commands
   * @param earliest the earliest position one may return to: after the mock's setup
   * @param fresh makes a new, empty instance
   */
  Snapshots(CommandLog log, int earliest, Supplier<Instance> fresh) {
    this.log = log;
    this.earliest = earliest;
    this.fresh = fresh;
  }

  /**
   * Returns the current position.
   *
   * @return the number of commands applied so far
   */
  int position() {
    return log.size();
  }

  /**
   * Returns the earliest position one may return to.
   *
   * @return the position right after the mock's setup
   */
  int earliest() {
    return earliest;
  }

  /**
   * Rebuilds the state at a snapshot and drops the commands after it, from the journal too. Nothing
   * changes if the rebuild or the journal rewrite fails.
   *
   * @param position a value returned by {@link #position()}
   * @return the rebuilt instance, to swap in
   * @throws IllegalArgumentException if the position is not a snapshot of this state
   */
  Instance restore(int position) {
    if (position < earliest || position > log.size()) {
      throw new IllegalArgumentException(
          "snapshot " + position + " is not between " + earliest + " and " + log.size());
    }
    List<Command> kept = log.openedUpTo(position);
    Instance rebuilt = fresh.get();
    rebuilt.replay(kept);
    log.truncate(position);
    return rebuilt;
  }

  /**
   * Rebuilds a fresh instance from the whole log, leaving the log alone: the check that replay
   * reproduces the state.
   *
   * @return the replayed instance
   */
  Instance replayed() {
    Instance rebuilt = fresh.get();
    rebuilt.replay(log.openedUpTo(log.size()));
    return rebuilt;
  }
}
