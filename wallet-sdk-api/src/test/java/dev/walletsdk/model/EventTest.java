/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventTest {
  private static final UnknownResource DISPUTE =
      UnknownResource.of("dispute", "{\"object\":\"dispute\",\"id\":\"dsp_1\"}");

  private static Event.Builder disputeOpened() {
    return Event.builder()
        .id(EventId.of("evt_e1"))
        .type(EventType.of("dispute.opened"))
        .createdAt(Instant.parse("2026-11-01T10:00:00Z"))
        .data(DISPUTE);
  }

  @Test
  void dataAsGivesTheDataOfTheExpectedType() {
    assertThat(disputeOpened().build().dataAs(UnknownResource.class)).contains(DISPUTE);
  }

  @Test
  void dataAsIsEmptyForAnotherType() {
    assertThat(disputeOpened().build().dataAs(Transfer.class)).isEmpty();
  }

  @Test
  void missingDataIsRejected() {
    assertRejected(
        () -> disputeOpened().data(null).build(),
        "Event.data",
        "required",
        "Event.data is required");
  }

  @Test
  void unknownDataToStringLeavesTheJsonOut() {
    assertThat(DISPUTE).hasToString("UnknownResource{objectType=dispute, json=<33 chars>}");
  }
}
