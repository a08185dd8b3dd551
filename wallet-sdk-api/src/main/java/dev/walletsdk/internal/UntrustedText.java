/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.internal;

/**
 * Makes text that came from the other side of the wire (a server's response, or a client's request
 * in the mock) safe to put into an exception message or a log line: control characters (C0, DEL,
 * C1, line and paragraph separators, bidirectional overrides) are written as visible escapes such
 * as {@code \}{@code u001b}, so a response cannot forge log lines or move the terminal cursor, and
 * the result is cut to {@link #MAX_CHARS} characters, naming the original length, so a megabyte of
 * text stays a megabyte in no message.
 */
public final class UntrustedText {
  /** The most characters of server text a message carries, escapes included. */
  public static final int MAX_CHARS = 200;

  /** The most characters of a whole message quoting server text. */
  public static final int MAX_MESSAGE_CHARS = 1000;

  private UntrustedText() {}

  /**
   * Escapes and bounds server text.
   *
   * @param text the text as received
   * @return the text with control characters escaped, at most {@link #MAX_CHARS} characters of it
   *     followed by {@code "... [N chars in all]"} when it was cut
   */
  public static String of(String text) {
    return escape(text, MAX_CHARS);
  }

  /**
   * Escapes and bounds a whole message that quotes server text (a parser's complaint about a
   * response), more generously than one value: {@link #MAX_MESSAGE_CHARS} characters.
   *
   * @param message the message
   * @return the message with control characters escaped, cut like {@link #of}
   */
  public static String message(String message) {
    return escape(message, MAX_MESSAGE_CHARS);
  }

  /**
   * Escapes control characters without bounding the length, for text bounded elsewhere.
   *
   * @param text the text as received
   * @return the text with control characters escaped
   */
  public static String escape(String text) {
    return escape(text, Integer.MAX_VALUE);
  }

  private static String escape(String text, int maxChars) {
    StringBuilder safe = new StringBuilder(Math.min(text.length(), maxChars) + 32);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String piece = isControl(c) ? String.format("\\u%04x", (int) c) : null;
      int width = piece == null ? (Character.isHighSurrogate(c) ? 2 : 1) : piece.length();
      if (safe.length() + width > maxChars) {
        return safe.append("... [").append(text.length()).append(" chars in all]").toString();
      }
      if (piece != null) {
        safe.append(piece);
      } else {
        safe.append(c);
      }
    }
    return safe.toString();
  }

  private static boolean isControl(char c) {
    return Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
