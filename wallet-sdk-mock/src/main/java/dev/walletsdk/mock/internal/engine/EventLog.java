/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The events of every partner, in the order they happened, and the listeners (webhook dispatchers)
 * that want to hear about new ones. Used under the engine's lock.
 */
public final class EventLog {
  private final Map<String, List<EventRecord>> byPartner = new HashMap<>();
  private final List<Consumer<EventRecord>> listeners = new ArrayList<>();

  /**
   * Records an event.
   *
   * @param id the event id
   * @param partnerId whose feed
   * @param type the event type
   * @param at when
   * @param data the resource
   * @return the event
   */
  public EventRecord emit(String id, String partnerId, String type, Instant at, ObjectNode data) {
    EventRecord event =
        new EventRecord(
            id, partnerId, type, at, new String(JsonTrees.write(data), StandardCharsets.UTF_8));
    byPartner.computeIfAbsent(partnerId, p -> new ArrayList<>()).add(event);
    listeners.forEach(listener -> listener.accept(event));
    return event;
  }

  /**
   * Returns a partner's events, oldest first.
   *
   * @param partnerId the partner
   * @return an unmodifiable view
   */
  public List<EventRecord> of(String partnerId) {
    return Collections.unmodifiableList(byPartner.getOrDefault(partnerId, List.of()));
  }

  /**
   * Registers a listener called for each new event, under the engine's lock.
   *
   * @param listener the listener; must be fast and must not throw
   */
  public void listen(Consumer<EventRecord> listener) {
    listeners.add(listener);
  }

  /**
   * Rewrites the stored events of every partner in place, as an erasure does for a wallet that
   * other partners' events name too (a transfer between partners is announced to both).
   *
   * @param rewrite returns the event unchanged or a scrubbed copy with the same id
   */
  public void rewriteAll(UnaryOperator<EventRecord> rewrite) {
    byPartner.values().forEach(events -> events.replaceAll(rewrite));
  }
}
