/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventId;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.Resource;
import dev.walletsdk.model.UnknownResource;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Routes {@link Event}s to handlers by {@link EventType}, handing each handler the event's data as
 * the class it registered for. The same dispatcher serves webhooks and the event feed:
 *
 * <pre>{@code
 * EventDispatcher events =
 *     EventDispatcher.builder()
 *         .on(EventType.PAYMENT_SUCCEEDED, Payment.class, (event, payment) -> fulfil(payment))
 *         .on(EventType.TRANSFER_COMPLETED, Transfer.class, (event, transfer) -> notify(transfer))
 *         .otherwise(event -> log.debug("ignored {}", event.type()))
 *         .deduplicate(10_000)
 *         .build();
 *
 * events.dispatch(webhooks.handle(headers, body));               // a webhook delivery
 * for (Event event : wallet.events().list(EventQuery.builder().after(lastSeen).build())) {
 *   events.dispatch(event);                                      // or the event feed
 * }
 * }</pre>
 *
 * <p>Semantics:
 *
 * <ul>
 *   <li><b>One handler per type.</b> {@link #dispatch(Event)} calls the handler registered for the
 *       event's type, on the calling thread, and returns {@link Outcome#HANDLED}.
 *   <li><b>Payload classes are checked when registering.</b> For a type this SDK knows, {@link
 *       Builder#on} rejects a class the type's data can never be (see {@link
 *       EventType#dataType()}); for other types any {@link Resource} class is accepted, and {@link
 *       Resource}{@code .class} accepts whatever arrives.
 *   <li><b>A payload of another class at dispatch</b> (a server sending something this SDK did not
 *       expect, or data this version cannot read and keeps as {@link UnknownResource}) fails with
 *       {@link InvalidResponseException} (code {@code invalid_response}) and the handler is not
 *       called; it never surfaces as a {@link ClassCastException}.
 *   <li><b>Events without a handler</b> go to {@link Builder#otherwise}, including types this SDK
 *       does not know; by default they are ignored and {@link Outcome#OTHERWISE} is returned.
 *   <li><b>Handler exceptions propagate unchanged</b>, so a webhook receiver answers with an error
 *       status and the platform delivers the event again later.
 *   <li><b>Duplicates.</b> Delivery is at least once; with {@link Builder#deduplicate(int)} the
 *       dispatcher remembers the ids of the most recently handled events and skips a repeat with
 *       {@link Outcome#DUPLICATE}. An id is remembered only once its handling returned normally: an
 *       event whose handler threw is handled again when it is redelivered. A repeat that arrives
 *       while the first copy is still being handled on another thread is skipped as well. Without
 *       {@code deduplicate} every event is dispatched, and handlers must be idempotent. Memory is
 *       bounded: once {@code maxRemembered} ids are held, the oldest is forgotten. This is an
 *       in-memory guard for one process; a receiver that runs on several machines or must survive
 *       restarts keeps processed ids in its own store.
 *   <li><b>Ordering</b> is not guaranteed by the platform: handlers must not assume that, for
 *       example, {@code transfer.pending} arrives before {@code transfer.completed}.
 * </ul>
 *
 * <p>Immutable and thread-safe: any number of threads may call {@link #dispatch(Event)} at once,
 * and handlers run concurrently then, so they must be thread-safe themselves.
 */
public final class EventDispatcher {
  /** What {@link #dispatch(Event)} did with an event. */
  public enum Outcome {
    /** The handler registered for the event's type ran and returned normally. */
    HANDLED,
    /** No handler was registered for the event's type; the {@code otherwise} handler ran. */
    OTHERWISE,
    /** The event's id was handled before (deduplication is on); nothing ran. */
    DUPLICATE
  }

  /**
   * Handles the events of one type.
   *
   * @param <T> the class of the event's data
   */
  @FunctionalInterface
  public interface Handler<T extends Resource> {
    /**
     * Handles an event.
     *
     * @param event the event, for its id, type and creation time
     * @param data the event's data, already checked to be a {@code T}
     */
    void handle(Event event, T data);
  }

  private final Map<EventType, Route<?>> routes;
  private final Consumer<Event> otherwise;
  private final @Nullable Deduplicator deduplicator;

  private EventDispatcher(Builder builder) {
    this.routes = Map.copyOf(builder.routes);
    this.otherwise = builder.otherwise;
    this.deduplicator = builder.maxRemembered == 0 ? null : new Deduplicator(builder.maxRemembered);
  }

  /**
   * Starts a builder.
   *
   * @return a builder with no handlers, no deduplication, and an {@code otherwise} that ignores
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Hands an event to the handler registered for its type, or to {@code otherwise}.
   *
   * @param event the event, from {@link WebhookHandler#handle} or {@link Events#list}
   * @return what happened to it
   * @throws InvalidResponseException (code {@code invalid_response}) if the event's data is not of
   *     the class its handler was registered for; the handler is not called
   * @throws NullPointerException if {@code event} is null
   * @throws RuntimeException whatever a handler throws, unchanged
   */
  public Outcome dispatch(Event event) {
    Objects.requireNonNull(event, "event");
    Deduplicator seen = deduplicator;
    if (seen == null) {
      return route(event);
    }
    if (!seen.claim(event.id())) {
      return Outcome.DUPLICATE;
    }
    boolean handled = false;
    try {
      Outcome outcome = route(event);
      handled = true;
      return outcome;
    } finally {
      seen.release(event.id(), handled);
    }
  }

  private Outcome route(Event event) {
    Route<?> route = routes.get(event.type());
    if (route == null) {
      otherwise.accept(event);
      return Outcome.OTHERWISE;
    }
    route.run(event);
    return Outcome.HANDLED;
  }

  /** Returns the types with a handler and the deduplication setting, never any event data. */
  @Override
  public String toString() {
    return "EventDispatcher{types="
        + routes.keySet().stream().map(EventType::value).sorted().toList()
        + ", deduplicate="
        + (deduplicator == null ? "off" : String.valueOf(deduplicator.max))
        + "}";
  }

  private record Route<T extends Resource>(
      EventType type, Class<T> dataType, Handler<? super T> handler) {
    void run(Event event) {
      Resource data = event.data();
      if (!dataType.isInstance(data)) {
        throw new InvalidResponseException(
            "event "
                + event.id().value()
                + " of type "
                + type.value()
                + " carries "
                + describe(data)
                + ", but its handler expects "
                + dataType.getName(),
            0,
            ErrorCode.INVALID_RESPONSE,
            null,
            null);
      }
      handler.handle(event, dataType.cast(data));
    }

    private static String describe(Resource data) {
      if (data instanceof UnknownResource unknown) {
        return "data of the unknown object type \"" + unknown.objectType() + "\"";
      }
      return data.getClass().getName();
    }
  }

  /** Remembers recently handled ids, oldest forgotten first, and the ids being handled now. */
  private static final class Deduplicator {
    private final int max;
    private final Set<EventId> inFlight = new HashSet<>();
    private final Set<EventId> handled = new HashSet<>();
    private final ArrayDeque<EventId> oldestFirst = new ArrayDeque<>();

    Deduplicator(int max) {
      this.max = max;
    }

    synchronized boolean claim(EventId id) {
      if (handled.contains(id) || !inFlight.add(id)) {
        return false;
      }
      return true;
    }

    synchronized void release(EventId id, boolean success) {
      inFlight.remove(id);
      if (success && handled.add(id)) {
        oldestFirst.addLast(id);
        if (oldestFirst.size() > max) {
          handled.remove(oldestFirst.removeFirst());
        }
      }
    }
  }

  /**
   * Builds an {@link EventDispatcher}. Not thread-safe; each {@link #build()} takes a snapshot, so
   * a builder may be reused.
   */
  public static final class Builder {
    private final Map<EventType, Route<?>> routes = new LinkedHashMap<>();
    private Consumer<Event> otherwise = event -> {};
    private int maxRemembered;

    private Builder() {}

    /**
     * Registers the handler for one event type.
     *
     * @param type the event type, for example {@link EventType#PAYMENT_SUCCEEDED}
     * @param dataType the class of the event's data the handler expects, for example {@code
     *     Payment.class}; {@code Resource.class} accepts any data
     * @param handler called with the event and its data
     * @param <T> the class of the data
     * @return this builder
     * @throws InvalidRequestException if {@code type} is known to carry data that can never be a
     *     {@code dataType} (field {@code dataType}, code {@code type_mismatch}; the message names
     *     the type and both classes), or if {@code type} already has a handler (field {@code type},
     *     code {@code conflict})
     * @throws NullPointerException if an argument is null
     */
    public <T extends Resource> Builder on(
        EventType type, Class<T> dataType, Handler<? super T> handler) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(dataType, "dataType");
      Objects.requireNonNull(handler, "handler");
      Optional<Class<? extends Resource>> carried = type.dataType();
      if (carried.isPresent() && !dataType.isAssignableFrom(carried.get())) {
        throw InvalidRequestException.forField(
            "dataType",
            "type_mismatch",
            "events of type "
                + type.value()
                + " carry "
                + carried.get().getName()
                + ", so a handler for "
                + dataType.getName()
                + " would never match");
      }
      if (routes.containsKey(type)) {
        throw InvalidRequestException.forField(
            "type", "conflict", "event type " + type.value() + " already has a handler");
      }
      routes.put(type, new Route<>(type, dataType, handler));
      return this;
    }

    /**
     * Sets what happens to events whose type has no handler, including types this SDK does not
     * know. The default ignores them. A second call replaces the first.
     *
     * @param handler called with each such event
     * @return this builder
     * @throws NullPointerException if {@code handler} is null
     */
    public Builder otherwise(Consumer<Event> handler) {
      this.otherwise = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Skips events whose id was already handled, remembering at most {@code maxRemembered} ids in
     * memory (the oldest is forgotten first). Off by default. A second call replaces the first.
     *
     * @param maxRemembered how many ids to remember, at least 1; size it to cover the platform's
     *     redelivery window at your event rate
     * @return this builder
     * @throws InvalidRequestException if {@code maxRemembered} is less than 1 (code {@code
     *     out_of_range})
     */
    public Builder deduplicate(int maxRemembered) {
      if (maxRemembered < 1) {
        throw InvalidRequestException.forField(
            "maxRemembered",
            "out_of_range",
            "maxRemembered must be at least 1 but was " + maxRemembered);
      }
      this.maxRemembered = maxRemembered;
      return this;
    }

    /**
     * Builds the dispatcher.
     *
     * @return an immutable, thread-safe dispatcher with the handlers registered so far
     */
    public EventDispatcher build() {
      return new EventDispatcher(this);
    }
  }
}
