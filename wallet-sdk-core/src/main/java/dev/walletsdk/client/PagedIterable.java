/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.WalletException;
import dev.walletsdk.model.Page;
import java.util.stream.Stream;

/**
 * The items of a cursor-paginated list, fetched page by page as they are consumed.
 *
 * <p>Nothing is fetched until iteration starts; each new iteration (or stream) starts again from
 * the first page. Fetch failures surface as {@link WalletException} from {@code next()}/{@code
 * hasNext()}. Not thread-safe for one iterator; the iterable itself may be shared.
 *
 * @param <T> the item type
 */
public interface PagedIterable<T> extends Iterable<T> {
  /**
   * Returns the items as a sequential, lazily fetched stream.
   *
   * @return the stream
   */
  Stream<T> stream();

  /**
   * Returns the pages, fetched lazily.
   *
   * @return the pages, first page first
   */
  Iterable<Page<T>> pages();

  /**
   * Fetches the first page only.
   *
   * @return the first page
   * @throws WalletException if the fetch fails
   */
  Page<T> firstPage();
}
