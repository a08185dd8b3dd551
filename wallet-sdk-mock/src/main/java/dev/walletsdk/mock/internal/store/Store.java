/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.store;

import java.util.Collection;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The records of one resource type by id, in the order they were first stored: the engine keeps
 * each kind of resource in one store. Knows nothing of the records it holds. Used under the
 * engine's lock.
 *
 * @param <R> the record type
 */
public interface Store<R> {
  /**
   * Creates an empty store that lists its records in insertion order.
   *
   * @param <R> the record type
   * @return the store
   */
  static <R> Store<R> ordered() {
    return new MapStore<>(true);
  }

  /**
   * Creates an empty store for lookups only: {@link #values()} has no defined order.
   *
   * @param <R> the record type
   * @return the store
   */
  static <R> Store<R> unordered() {
    return new MapStore<>(false);
  }

  /**
   * Returns a record.
   *
   * @param id its id
   * @return the record, or {@code null} if none has that id
   */
  @Nullable R get(String id);

  /**
   * Tells whether a record has this id.
   *
   * @param id the id
   * @return {@code true} if stored
   */
  boolean containsKey(String id);

  /**
   * Stores a record, replacing one with the same id in its place.
   *
   * @param id its id
   * @param record the record
   */
  void put(String id, R record);

  /**
   * Removes a record.
   *
   * @param id its id
   * @return the record removed, or {@code null} if none had that id
   */
  @Nullable R remove(String id);

  /**
   * Replaces every record in place, as an erasure does.
   *
   * @param rewrite returns the record unchanged or its replacement, with the same id
   */
  void replaceAll(UnaryOperator<R> rewrite);

  /**
   * Returns the records.
   *
   * @return a live, unmodifiable view, in insertion order for an {@link #ordered()} store
   */
  Collection<R> values();

  /**
   * Returns how many records are stored.
   *
   * @return the count
   */
  int size();
}
