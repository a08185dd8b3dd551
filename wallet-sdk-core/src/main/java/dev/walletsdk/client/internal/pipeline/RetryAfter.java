/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.spi.Headers;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads {@code Retry-After}: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
final class RetryAfter {
  private static final int MAX_SECONDS_DIGITS = 9;

  private RetryAfter() {}

  /**
   * Returns the delay the header asks for, measured from the clock's now for a date.
   *
   * @return the delay (zero for a date in the past), or {@code null} if the header is absent or
   *     unreadable
   */
  static @Nullable Duration parse(Headers headers, Clock clock) {
    String value = headers.first("Retry-After").map(String::trim).orElse(null);
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return value.length() > MAX_SECONDS_DIGITS
          ? Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L)
          : Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      ZonedDateTime date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(clock.instant(), date.toInstant());
      return delay.isNegative() ? Duration.ZERO : delay;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
