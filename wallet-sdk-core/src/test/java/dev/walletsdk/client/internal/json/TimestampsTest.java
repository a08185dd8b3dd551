/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  private static final List<String> ACCEPTED =
      List.of(
          "2026-11-23T10:00:00Z",
          "2026-11-23T10:00:00.123456789Z",
          "2026-11-23T10:00:00.1Z",
          "2026-11-23T10:00:00.000000001Z",
          "2026-11-23T10:00:00.120Z",
          "1970-01-01T00:00:00Z",
          "1969-12-31T23:59:59.999999999Z",
          "0000-01-01T00:00:00Z",
          "2024-02-29T12:00:00Z",
          "2026-11-23T24:00:00Z",
          "2026-11-23T10:00:00.Z",
          "2026-11-23t10:00:00z",
          "2026-11-23T10:00:00+01:00",
          "2026-11-23T10:00:00.5-05:30",
          "2016-12-31T23:59:60Z",
          "+12026-11-23T10:00:00Z");

  private static final List<String> REJECTED =
      List.of(
          "2026-11-23T10:00Z",
          "2026-11-23 10:00:00Z",
          "2026-11-23T10:00:00",
          "2026-02-30T10:00:00Z",
          "2026-02-29T10:00:00Z",
          "2026-13-01T10:00:00Z",
          "2026-11-23T10:60:00Z",
          "2026-11-23T10:00:0aZ",
          "2026-11-23X10:00:00Z",
          "2026-11-23T10:00:00.1234567890Z",
          "2026-11-23T25:00:00Z",
          "");

  @Test
  void parsesWhatInstantParseAcceptsToTheSameInstant() {
    for (String text : ACCEPTED) {
      assertThat(Timestamps.parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @Test
  void rejectsWhatInstantParseRejects() {
    for (String text : REJECTED) {
      assertThatThrownBy(() -> Instant.parse(text))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
      assertThatThrownBy(() -> Timestamps.parse(text))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
    }
  }
}
