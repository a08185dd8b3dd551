/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventQueryTest {
  @Test
  void queryStartsAtTheBeginningWith25Events() {
    EventQuery query = EventQuery.builder().build();

    assertThat(query.after()).isEmpty();
    assertThat(query.limit()).isEqualTo(25);
  }

  @Test
  void withAfterKeepsTheLimit() {
    EventQuery query = EventQuery.builder().limit(50).build().withAfter(EventId.of("evt_e9"));

    assertThat(query.after()).contains(EventId.of("evt_e9"));
    assertThat(query.limit()).isEqualTo(50);
  }

  @Test
  void limitAbove100IsRejected() {
    assertRejected(
        () -> EventQuery.builder().limit(101),
        "limit",
        "out_of_range",
        "limit must be between 1 and 100 but was 101");
  }
}
