/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.range;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A query for one page of the event feed ({@code GET /v1/events}), oldest event first.
 *
 * <p>Built with {@link #builder()}; every setter validates its argument at once. Immutable and
 * thread-safe.
 */
public final class EventQuery {
  /** The page size used when none is set. */
  public static final int DEFAULT_LIMIT = 25;

  /** The largest page size accepted. */
  public static final int MAX_LIMIT = 100;

  private final @Nullable EventId after;
  private final int limit;

  private EventQuery(@Nullable EventId after, int limit) {
    this.after = after;
    this.limit = limit;
  }

  /**
   * Starts a builder.
   *
   * @return a builder for the first page of the feed
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the same query continuing after another event, as auto-paging needs.
   *
   * @param after the last event already seen, or {@code null} to start from the beginning
   * @return a copy of this query with the given starting point
   */
  public EventQuery withAfter(@Nullable EventId after) {
    return new EventQuery(after, limit);
  }

  /**
   * Returns the event the page starts after.
   *
   * @return the last event already seen, or empty to start from the beginning of the feed
   */
  public Optional<EventId> after() {
    return Optional.ofNullable(after);
  }

  /**
   * Returns the largest number of events to return in one page.
   *
   * @return the page size, 1 to 100
   */
  public int limit() {
    return limit;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EventQuery other
        && Objects.equals(after, other.after)
        && limit == other.limit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(after, limit);
  }

  @Override
  public String toString() {
    return "EventQuery{after=" + after + ", limit=" + limit + "}";
  }

  /** Builds an {@link EventQuery}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable EventId after;
    private int limit = DEFAULT_LIMIT;

    private Builder() {}

    /**
     * Starts the page after an event. Optional.
     *
     * @param after the last event already seen, or {@code null} to start from the beginning
     * @return this builder
     */
    public Builder after(@Nullable EventId after) {
      this.after = after;
      return this;
    }

    /**
     * Sets the largest number of events to return in one page; 25 unless set.
     *
     * @param limit 1 to 100
     * @return this builder
     * @throws InvalidRequestException if the limit is out of range
     */
    public Builder limit(int limit) {
      this.limit = range(limit, "limit", 1, MAX_LIMIT);
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public EventQuery build() {
      return new EventQuery(after, limit);
    }
  }
}
