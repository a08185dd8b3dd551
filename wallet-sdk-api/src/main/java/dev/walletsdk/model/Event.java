/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a resource, as delivered by the event feed and by webhooks.
 *
 * <p>{@link #data()} is the resource as it was when the event was emitted. Events may arrive more
 * than once and out of order; use {@link #id()} to drop duplicates. Immutable and thread-safe.
 * Built by the client from server responses; tests may build their own with {@link #builder()}.
 */
public final class Event {
  private final EventId id;
  private final EventType type;
  private final Instant createdAt;
  private final Resource data;

  private Event(Builder builder) {
    this.id = required(builder.id, "Event.id");
    this.type = required(builder.type, "Event.type");
    this.createdAt = required(builder.createdAt, "Event.createdAt");
    this.data = required(builder.data, "Event.data");
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the event's id, unique across deliveries of the same event.
   *
   * @return the id
   */
  public EventId id() {
    return id;
  }

  /**
   * Returns what happened.
   *
   * @return the type, for example {@link EventType#TRANSFER_COMPLETED}
   */
  public EventType type() {
    return type;
  }

  /**
   * Returns when the event was emitted, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns the resource the event is about.
   *
   * @return the data; switch over the subtypes of {@link Resource} to handle each kind
   */
  public Resource data() {
    return data;
  }

  /**
   * Returns the data as the given type, for callers that expect one kind of resource.
   *
   * @param type the expected class, for example {@code Transfer.class}
   * @param <T> the expected type
   * @return the data, or empty if it is of another type
   */
  public <T extends Resource> Optional<T> dataAs(Class<T> type) {
    return type.isInstance(data) ? Optional.of(type.cast(data)) : Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Event other
        && id.equals(other.id)
        && type.equals(other.type)
        && createdAt.equals(other.createdAt)
        && data.equals(other.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, createdAt, data);
  }

  @Override
  public String toString() {
    return "Event{id="
        + id
        + ", type="
        + type
        + ", createdAt="
        + createdAt
        + ", data="
        + data
        + "}";
  }

  /** Builds an {@link Event}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable EventId id;
    private @Nullable EventType type;
    private @Nullable Instant createdAt;
    private @Nullable Resource data;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the event's id
     * @return this builder
     */
    public Builder id(EventId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the type.
     *
     * @param type what happened
     * @return this builder
     */
    public Builder type(EventType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt when the event was emitted
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the data.
     *
     * @param data the resource the event is about
     * @return this builder
     */
    public Builder data(Resource data) {
      this.data = data;
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws InvalidRequestException (code {@code required}) naming the first missing field
     */
    public Event build() {
      return new Event(this);
    }
  }
}
