/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.client.PagedIterable;
import dev.walletsdk.model.Page;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Fetches pages on demand: the first when iteration starts, the next when the current one is used
 * up and it said there is more. A page whose next cursor is one this iteration already followed
 * (the cursor it was fetched with, or any of the {@value #REMEMBERED_CURSORS} before it) is an
 * {@link InvalidResponseException}, not an endless loop.
 *
 * @param <T> the item type
 */
final class LazyPagedIterable<T> implements PagedIterable<T> {
  /** How many followed cursors an iteration remembers: cycles up to this length are caught. */
  static final int REMEMBERED_CURSORS = 10_000;

  private final Function<@Nullable String, Page<T>> fetch;

  LazyPagedIterable(Function<@Nullable String, Page<T>> fetch) {
    this.fetch = fetch;
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().data().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public Iterable<Page<T>> pages() {
    return () ->
        new Iterator<>() {
          private @Nullable Page<T> last;
          private final Set<String> followed = boundedSet();

          @Override
          public boolean hasNext() {
            return last == null || last.hasMore();
          }

          @Override
          public Page<T> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            String cursor = last == null ? null : last.nextCursor().orElseThrow();
            last = fetch.apply(cursor);
            if (cursor != null) {
              followed.add(cursor);
              String next = last.nextCursor().orElse(null);
              if (cursor.equals(next)) {
                throw repeatedCursor(cursor);
              }
              if (next != null && followed.contains(next)) {
                throw circularCursor(cursor, next);
              }
            }
            return last;
          }
        };
  }

  /**
   * A page fetched with a cursor that names the same cursor as the next one: following it would
   * fetch that page again and again, an endless loop on a broken or hostile server.
   */
  private static InvalidResponseException repeatedCursor(String cursor) {
    String quoted = "\"" + ServerText.of(cursor) + "\"";
    return new InvalidResponseException(
        "invalid response to a list: the page after cursor "
            + quoted
            + " names "
            + quoted
            + " as the next cursor again, so the list would never end",
        0,
        ErrorCode.INVALID_RESPONSE,
        null,
        null);
  }

  /**
   * A page whose next cursor this iteration already followed: the server's cursors go in a circle,
   * and following them would fetch the same pages forever.
   */
  private static InvalidResponseException circularCursor(String cursor, String next) {
    return new InvalidResponseException(
        "invalid response to a list: the page after cursor \""
            + ServerText.of(cursor)
            + "\" names \""
            + ServerText.of(next)
            + "\" as the next cursor, which this list already followed, so the list would never"
            + " end",
        0,
        ErrorCode.INVALID_RESPONSE,
        null,
        null);
  }

  private static Set<String> boundedSet() {
    return Collections.newSetFromMap(
        new LinkedHashMap<>() {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CURSORS;
          }
        });
  }

  @Override
  public Page<T> firstPage() {
    return fetch.apply(null);
  }
}
