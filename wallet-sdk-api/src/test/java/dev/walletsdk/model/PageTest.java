/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {
  @Test
  void pageWithANextCursorHasMore() {
    Page<String> page = Page.of(List.of("a", "b"), "cur_2");

    assertThat(page.hasMore()).isTrue();
    assertThat(page.nextCursor()).contains("cur_2");
  }

  @Test
  void lastPageHasNoMore() {
    Page<String> page = Page.of(List.of("a"), null);

    assertThat(page.hasMore()).isFalse();
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void dataIsACopyThatCannotBeChanged() {
    List<String> source = new ArrayList<>(List.of("a"));
    Page<String> page = Page.of(source, null);

    source.add("b");

    assertThat(page.data()).containsExactly("a");
    assertThatThrownBy(() -> page.data().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullElementIsRejected() {
    assertRejected(
        () -> Page.of(Arrays.asList("a", null), null),
        "Page.data[1]",
        "required",
        "Page.data[1] is required");
  }

  @Test
  void pagesWithTheSameDataAndCursorAreEqual() {
    assertThat(Page.of(List.of("a"), "cur_2"))
        .isEqualTo(Page.of(List.of("a"), "cur_2"))
        .hasSameHashCodeAs(Page.of(List.of("a"), "cur_2"))
        .isNotEqualTo(Page.of(List.of("a"), null));
  }
}
