/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses the RFC 3339 timestamps of responses exactly as {@link Instant#parse} does, but cheaply
 * for the form the platform sends: {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} in UTC, read digit by digit.
 * On JDK 17 {@link Instant#parse} builds a new {@code DateTimeFormatter} for every call, and even a
 * cached formatter spends most of its time resolving fields; the client-overhead profile showed
 * both (docs/performance.md). Anything else — an offset, lower case, a leap second, {@code 24:00},
 * a date that does not exist — goes to {@link Instant#parse}, so the accepted set and every result
 * are unchanged.
 */
final class Timestamps {
  private static final int SHORTEST = "yyyy-MM-ddTHH:mm:ssZ".length();
  private static final int LONGEST = "yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ".length();

  private Timestamps() {}

  /**
   * Parses a timestamp.
   *
   * @param text the text
   * @return the instant
   * @throws DateTimeParseException if {@link Instant#parse} would reject it
   */
  static Instant parse(String text) {
    Instant fast = parseUtc(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** Returns the instant of the common UTC form, or null for anything else. */
  private static Instant parseUtc(String text) {
    int length = text.length();
    if (length < SHORTEST
        || length > LONGEST
        || length == SHORTEST + 1
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z'
        || (length > SHORTEST && text.charAt(19) != '.')) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int nanos = length > SHORTEST ? fraction(text, 20, length - 1) : 0;
    if (year < 0
        || month < 0
        || day < 0
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59
        || nanos < 0) {
      return null;
    }
    try {
      long days = LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Returns the decimal number in {@code [from, to)}, or -1 if a character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Returns the fraction in {@code [from, to)} as nanoseconds, or -1 if it is not 1 to 9 digits.
   */
  private static int fraction(String text, int from, int to) {
    int value = digits(text, from, to);
    if (value < 0 || to == from) {
      return -1;
    }
    for (int i = to - from; i < 9; i++) {
      value *= 10;
    }
    return value;
  }
}
