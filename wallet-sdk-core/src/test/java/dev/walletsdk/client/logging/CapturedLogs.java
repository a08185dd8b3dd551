/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.logging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Every log event of the test JVM, captured at TRACE by {@link CapturingServiceProvider}. */
public final class CapturedLogs {
  /** One formatted log event. */
  public record Entry(String logger, String level, String message) {
    @Override
    public String toString() {
      return level + " " + logger + " " + message;
    }
  }

  private static final List<Entry> ENTRIES = new CopyOnWriteArrayList<>();

  private CapturedLogs() {}

  static void add(Entry entry) {
    ENTRIES.add(entry);
  }

  /** Returns a position to read from later, so a test sees only its own events. */
  public static int mark() {
    return ENTRIES.size();
  }

  /** Returns the events since a mark. */
  public static List<Entry> since(int mark) {
    return List.copyOf(ENTRIES.subList(mark, ENTRIES.size()));
  }

  /** Returns the events since a mark as text, one per line. */
  public static String textSince(int mark) {
    return since(mark).stream().map(Entry::toString).collect(Collectors.joining("\n"));
  }
}
