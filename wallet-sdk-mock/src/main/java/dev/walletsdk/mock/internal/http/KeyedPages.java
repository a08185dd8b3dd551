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
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Opaque cursors over lists sorted by a unique key that may gain or lose items between pages (a
 * spending analysis, a wallet's budgets): a cursor names the list and the last key it returned, so
 * the next page starts after that key whatever changed before it.
 */
final class KeyedPages {
  private KeyedPages() {}

  static <T> Reply page(
      List<T> items,
      Function<T, String> key,
      String listName,
      @Nullable String cursor,
      int limit,
      Function<T, ObjectNode> view) {
    String after = cursor == null ? null : decode(cursor, listName);
    List<T> page = new ArrayList<>(Math.min(limit, items.size()));
    boolean more = false;
    for (T item : items) {
      if (after != null && key.apply(item).compareTo(after) <= 0) {
        continue;
      }
      if (page.size() == limit) {
        more = true;
        break;
      }
      page.add(item);
    }
    String next = more ? encode(listName, key.apply(page.get(page.size() - 1))) : null;
    return Reply.ok(Views.page(page, next, view));
  }

  private static String encode(String listName, String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("k1|" + listName + "|" + key).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor, String listName) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts.length == 3 && parts[0].equals("k1") && parts[1].equals(listName)) {
        return parts[2];
      }
    } catch (IllegalArgumentException e) {
      // falls through to the problem below
    }
    throw ApiProblem.invalidField("query:cursor", "invalid_cursor", "is not a cursor of this list");
  }
}
