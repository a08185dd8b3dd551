/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

/** Reads JSON strings strictly and writes them as RFC 8785 §3.2.2.2 prescribes. */
final class JsonStrings {
  private static final String HEX = "0123456789abcdef";
  private static final String HEX_DIGITS = "0123456789abcdef0123456789ABCDEF";

  private JsonStrings() {}

  /** A string read from the text: its value and the index just after its closing quote. */
  record Read(String value, int end) {}

  /**
   * Reads the string whose opening quote is at {@code start}.
   *
   * @throws InvalidJsonException for an unterminated string, a raw control character, a bad escape
   *     or a lone surrogate
   */
  static Read read(String text, int start) {
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (true) {
      if (i >= text.length()) {
        throw new InvalidJsonException(start, "string is not terminated");
      }
      char c = text.charAt(i);
      if (c == '"') {
        checkSurrogates(value, start);
        return new Read(value.toString(), i + 1);
      }
      if (c < 0x20) {
        throw new InvalidJsonException(i, "control character in a string must be escaped");
      }
      if (c == '\\') {
        i = escape(text, i, value);
      } else {
        value.append(c);
        i++;
      }
    }
  }

  /** Appends the character of the escape at {@code i}; returns the index after the escape. */
  private static int escape(String text, int i, StringBuilder value) {
    char kind = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
    switch (kind) {
      case '"', '\\', '/' -> value.append(kind);
      case 'b' -> value.append('\b');
      case 'f' -> value.append('\f');
      case 'n' -> value.append('\n');
      case 'r' -> value.append('\r');
      case 't' -> value.append('\t');
      case 'u' -> {
        value.append(hexCodeUnit(text, i));
        return i + 6;
      }
      default -> throw new InvalidJsonException(i, "invalid escape sequence");
    }
    return i + 2;
  }

  private static char hexCodeUnit(String text, int i) {
    if (i + 6 > text.length()) {
      throw new InvalidJsonException(i, "invalid \\u escape");
    }
    int unit = 0;
    for (int j = i + 2; j < i + 6; j++) {
      int digit = HEX_DIGITS.indexOf(text.charAt(j)) % 16;
      if (digit < 0) {
        throw new InvalidJsonException(i, "invalid \\u escape");
      }
      unit = unit * 16 + digit;
    }
    return (char) unit;
  }

  /** I-JSON (RFC 7493 §2.1), which RFC 8785 builds on, forbids unpaired surrogates. */
  private static void checkSurrogates(CharSequence value, int start) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidJsonException(start, "string contains an unpaired surrogate");
      }
    }
  }

  /** Writes a string in canonical form: only {@code "}, {@code \} and controls are escaped. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
