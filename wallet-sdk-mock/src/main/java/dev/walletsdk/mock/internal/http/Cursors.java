/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.view.Views;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Opaque cursors over lists that only grow: a cursor names the list and a position, so a page stays
 * stable while new items are appended.
 */
final class Cursors {
  private Cursors() {}

  /**
   * Renders one page of a list.
   *
   * @param items the whole list, oldest first
   * @param newestFirst whether pages run from the newest item
   * @param listName names the list inside the cursor, so a cursor of another list is refused
   * @param cursor the cursor of the request, or {@code null} for the first page
   * @param limit the page size
   * @param view renders an item
   * @param <T> the item type
   * @return the page
   */
  static <T> Reply page(
      List<T> items,
      boolean newestFirst,
      String listName,
      @Nullable String cursor,
      int limit,
      Function<T, ObjectNode> view) {
    int size = items.size();
    int start = cursor == null ? (newestFirst ? size : 0) : decode(cursor, listName, size);
    List<T> page;
    int next;
    if (newestFirst) {
      int from = Math.max(0, start - limit);
      page = new ArrayList<>(items.subList(from, start));
      Collections.reverse(page);
      next = from;
    } else {
      int to = Math.min(size, start + limit);
      page = items.subList(start, to);
      next = to;
    }
    boolean more = newestFirst ? next > 0 : next < size;
    return Reply.ok(Views.page(page, more ? encode(listName, next) : null, view));
  }

  private static String encode(String listName, int position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("v1|" + listName + "|" + position).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String cursor, String listName, int size) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts.length == 3 && parts[0].equals("v1") && parts[1].equals(listName)) {
        int position = Integer.parseInt(parts[2]);
        if (position >= 0 && position <= size) {
          return position;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the problem below
    }
    throw ApiProblem.invalidField("query:cursor", "invalid_cursor", "is not a cursor of this list");
  }
}
