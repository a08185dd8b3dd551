package dev.walletsdk.client.internal;

import dev.walletsdk.client.PagedIterable;
import dev.walletsdk.model.Page;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Fetches pages on demand: the first when iteration starts, the next when the current one is used
 * up and it said there is more.
 *
 * @param <T> the item type
 */
final class LazyPagedIterable<T> implements PagedIterable<T> {
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

          @Override
          public boolean hasNext() {
            return last == null || last.hasMore();
          }

          @Override
          public Page<T> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            last = fetch.apply(last == null ? null : last.nextCursor().orElseThrow());
            return last;
          }
        };
  }

  @Override
  public Page<T> firstPage() {
    return fetch.apply(null);
  }
}
