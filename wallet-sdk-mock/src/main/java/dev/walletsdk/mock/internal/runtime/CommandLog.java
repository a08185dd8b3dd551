/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every command that changed state, in order: kept in memory, and appended to the journal file when
 * one is configured. Used under the runtime's locks (appends under the engine's lock, rewrites
 * under the swap's write lock).
 */
final class CommandLog implements AutoCloseable {
  private final EncodedCommands commands = new EncodedCommands();
  private final @Nullable JournalFile journal;
  private final PersonalData personal;

  /**
   * Creates the log, holding what the journal recorded.
   *
   * @param journal the journal file, or {@code null} to keep commands in memory only
   * @param personal opens the personal data of commands for replay
   */
  CommandLog(@Nullable JournalFile journal, PersonalData personal) {
    this.journal = journal;
    this.personal = personal;
    if (journal != null) {
      commands.addAll(journal.commands());
    }
  }

  /**
   * Records a command that changed state.
   *
   * @param command the command, its personal data sealed
   */
  void append(Command command) {
    byte[] json = JournalFormat.json(command);
    commands.addJson(json);
    if (journal != null) {
      journal.appendJson(json);
    }
  }

  /**
   * Records a command that changed state, putting it in line for the journal file's next batch:
   * call {@link #awaitDurable()} outside the engine's lock before answering it.
   *
   * @param command the command, its personal data sealed
   */
  void appendInLine(Command command) {
    byte[] json = JournalFormat.json(command);
    commands.addJson(json);
    if (journal != null) {
      journal.enqueueJson(json);
    }
  }

  /** Waits until the journal file holds every command recorded so far (group commit). */
  void awaitDurable() {
    if (journal != null) {
      journal.flush();
    }
  }

  /**
   * Returns how many commands were recorded.
   *
   * @return the count
   */
  int size() {
    return commands.size();
  }

  /**
   * Returns a recorded command.
   *
   * @param index its position
   * @return the command
   */
  Command get(int index) {
    return commands.get(index);
  }

  /**
   * Returns the first commands.
   *
   * @param count how many
   * @return a copy
   */
  List<Command> upTo(int count) {
    return new ArrayList<>(commands.subList(0, count));
  }

  /**
   * Returns every command.
   *
   * @return a copy
   */
  List<Command> all() {
    return new ArrayList<>(commands);
  }

  /**
   * Returns the first commands as replay needs them: personal data opened, or replaced by stand-ins
   * where its key was destroyed.
   *
   * @param count how many
   * @return the opened commands
   */
  List<Command> openedUpTo(int count) {
    List<Command> opened = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      opened.add(personal.open(commands.get(i), i));
    }
    return opened;
  }

  /**
   * Keeps only the first commands, the journal file first: a failed rewrite leaves the log as it
   * was.
   *
   * @param count how many to keep
   */
  void truncate(int count) {
    List<Command> kept = upTo(count);
    if (journal != null) {
      journal.rewrite(kept);
    }
    commands.clear();
    commands.addAll(kept);
  }

  /**
   * Tells whether the commands also go to a journal file.
   *
   * @return {@code true} if a journal file is configured
   */
  boolean journaled() {
    return journal != null;
  }

  /** Closes the journal file, if any. */
  @Override
  public void close() {
    if (journal != null) {
      journal.close();
    }
  }
}
