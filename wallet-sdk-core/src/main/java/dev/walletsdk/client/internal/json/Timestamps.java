package dev.walletsdk.client.internal.json;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import java.time.Instant;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Parses the RFC 3339 timestamps of responses exactly as {@link Instant#parse} does, but without
 * its cost on JDK 17, where every call builds a new {@code DateTimeFormatter} (most of a transfer
 * call's allocation, see docs/performance.md). The formatter here is built once and accepts a
 * subset of what {@link Instant#parse} accepts; anything it rejects (a leap second, {@code 24:00})
 * goes to {@link Instant#parse}, so the accepted set and the results are unchanged.
 */
final class Timestamps {
  private static final DateTimeFormatter COMMON =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendValue(HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .appendFraction(NANO_OF_SECOND, 0, 9, true)
          .appendOffsetId()
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(IsoChronology.INSTANCE);

  private Timestamps() {}

  /**
   * Parses a timestamp.
   *
   * @param text the text
   * @return the instant
   * @throws DateTimeParseException if {@link Instant#parse} would reject it
   */
  static Instant parse(String text) {
    try {
      return COMMON.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      return Instant.parse(text);
    }
  }
}
