/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.internal.UntrustedText;

/**
 * Makes text that came from a server safe to put into an exception message or a log line: control
 * characters (C0, DEL, C1, line and paragraph separators, bidirectional overrides) are written as
 * visible escapes such as {@code \}{@code u001b}, so a response cannot forge log lines or move the
 * terminal cursor, and the result is cut to {@link #MAX_CHARS} characters, naming the original
 * length, so a megabyte of text stays a megabyte in no message. The client's name for {@link
 * UntrustedText}, which the crypto module and the mock use too.
 */
public final class ServerText {
  /** The most characters of server text a message carries, escapes included. */
  public static final int MAX_CHARS = UntrustedText.MAX_CHARS;

  /** The most characters of a whole message quoting server text. */
  public static final int MAX_MESSAGE_CHARS = UntrustedText.MAX_MESSAGE_CHARS;

  private ServerText() {}

  /**
   * Escapes and bounds server text.
   *
   * @param text the text as received
   * @return the text with control characters escaped, at most {@link #MAX_CHARS} characters of it
   *     followed by {@code "... [N chars in all]"} when it was cut
   */
  public static String of(String text) {
    return UntrustedText.of(text);
  }

  /**
   * Escapes and bounds a whole message that quotes server text (a parser's complaint about a
   * response), more generously than one value: {@link #MAX_MESSAGE_CHARS} characters.
   *
   * @param message the message
   * @return the message with control characters escaped, cut like {@link #of}
   */
  public static String message(String message) {
    return UntrustedText.message(message);
  }

  /**
   * Escapes control characters without bounding the length, for text bounded elsewhere.
   *
   * @param text the text as received
   * @return the text with control characters escaped
   */
  public static String escape(String text) {
    return UntrustedText.escape(text);
  }
}
