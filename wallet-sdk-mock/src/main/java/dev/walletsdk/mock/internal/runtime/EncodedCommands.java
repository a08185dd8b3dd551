/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory log of every command, kept as the journal file keeps it: each command encoded as
 * the compact JSON of {@link CommandCodec}, and decoded when read. A command's parsed JSON tree (a
 * node, a map and its entries per member) costs several times its text, and the log holds every
 * command of the mock's life, so it holds the text; replaying from it is replaying what a journal
 * file would give back.
 *
 * <p>Not thread-safe: used under the runtime's locks, as the list it replaces.
 */
final class EncodedCommands extends AbstractList<Command> {
  private final List<byte[]> encoded = new ArrayList<>();

  @Override
  public Command get(int index) {
    return JournalFormat.command(encoded.get(index));
  }

  @Override
  public int size() {
    return encoded.size();
  }

  @Override
  public void add(int index, Command command) {
    encoded.add(index, JournalFormat.json(command));
    modCount++;
  }

  /**
   * Appends a command already turned into its JSON, as the journal file writes it, so a command is
   * encoded once for both.
   *
   * @param json the command's JSON ({@link JournalFormat#json})
   */
  void addJson(byte[] json) {
    encoded.add(json);
    modCount++;
  }

  @Override
  public Command remove(int index) {
    Command removed = get(index);
    encoded.remove(index);
    modCount++;
    return removed;
  }

  @Override
  public void clear() {
    encoded.clear();
    modCount++;
  }
}
