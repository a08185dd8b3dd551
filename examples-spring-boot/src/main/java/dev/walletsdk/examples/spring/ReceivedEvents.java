/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** The events the application's handlers received, in arrival order. Thread-safe. */
@Component
public class ReceivedEvents {
  private final List<String> events = new CopyOnWriteArrayList<>();

  /** Creates an empty record; Spring does. */
  public ReceivedEvents() {}

  /**
   * Records one event.
   *
   * @param description what arrived
   */
  public void add(String description) {
    events.add(description);
  }

  /**
   * Returns what arrived so far.
   *
   * @return a copy, oldest first
   */
  public List<String> list() {
    return List.copyOf(events);
  }
}
