/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list that the server returns in pages, such as a wallet's transactions.
 *
 * <p>Pass {@link #nextCursor()} back to the same list call to fetch the next page; the client's
 * auto-paging iterables do that for you. Immutable and thread-safe if the elements are.
 *
 * @param <T> the type of the elements
 */
public final class Page<T> {
  private final List<T> data;
  private final @Nullable String nextCursor;

  private Page(List<T> data, @Nullable String nextCursor) {
    this.data = data;
    this.nextCursor = nextCursor;
  }

  /**
   * Creates a page.
   *
   * @param data the elements of this page, in the server's order
   * @param nextCursor the cursor of the next page, or {@code null} if this is the last page
   * @param <T> the type of the elements
   * @return the page
   * @throws InvalidRequestException (field {@code Page.data}, code {@code required}) if the list or
   *     one of its elements is missing
   */
  public static <T> Page<T> of(List<T> data, @Nullable String nextCursor) {
    return new Page<>(Checks.list(data, "Page.data"), nextCursor);
  }

  /**
   * Returns the elements of this page.
   *
   * @return an immutable list, possibly empty
   */
  public List<T> data() {
    return data;
  }

  /**
   * Returns the cursor of the next page.
   *
   * @return the cursor, or empty if this is the last page
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * Tells whether another page follows.
   *
   * @return {@code true} if there is a {@link #nextCursor()}
   */
  public boolean hasMore() {
    return nextCursor != null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Page<?> other
        && data.equals(other.data)
        && Objects.equals(nextCursor, other.nextCursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, nextCursor);
  }

  @Override
  public String toString() {
    return "Page{data=" + data + ", nextCursor=" + nextCursor + "}";
  }
}
