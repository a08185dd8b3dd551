/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paging follows cursors until the last page, and refuses a server whose cursors go in circles. */
class LazyPagedIterableTest {
  private final List<String> fetched = new ArrayList<>();

  private LazyPagedIterable<String> pages(Map<String, Page<String>> byCursor) {
    return new LazyPagedIterable<>(
        cursor -> {
          String key = cursor == null ? "first" : cursor;
          fetched.add(key);
          if (fetched.size() > 50) {
            throw new AssertionError("more than 50 pages fetched: " + fetched);
          }
          return byCursor.get(key);
        });
  }

  @Test
  void followsEveryCursorToTheLastPage() {
    LazyPagedIterable<String> list =
        pages(
            Map.of(
                "first", Page.of(List.of("a", "b"), "c1"),
                "c1", Page.of(List.of("c"), "c2"),
                "c2", Page.of(List.of("d"), null)));

    assertThat(list).containsExactly("a", "b", "c", "d");
    assertThat(fetched).containsExactly("first", "c1", "c2");
  }

  @Test
  void cursorsThatGoInACircleAreAnInvalidResponse() {
    LazyPagedIterable<String> list =
        pages(
            Map.of(
                "first", Page.of(List.of("a"), "c1"),
                "c1", Page.of(List.of(), "c2"),
                "c2", Page.of(List.of(), "c1")));

    assertThatThrownBy(() -> list.forEach(item -> {}))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to a list: the page after cursor \"c2\" names \"c1\" as the next"
                + " cursor, which this list already followed, so the list would never end");
    assertThat(fetched).containsExactly("first", "c1", "c2");
  }

  @Test
  void aCursorMayRecurInANewIteration() {
    LazyPagedIterable<String> list =
        pages(Map.of("first", Page.of(List.of("a"), "c1"), "c1", Page.of(List.of("b"), null)));

    assertThat(list).containsExactly("a", "b");
    assertThat(list).containsExactly("a", "b");
  }
}
