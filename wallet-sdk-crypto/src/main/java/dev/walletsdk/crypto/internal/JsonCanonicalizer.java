/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A strict RFC 8259 reader that writes each value in its RFC 8785 canonical form as it goes: object
 * members sorted by the UTF-16 code units of their names, no whitespace, strings and numbers
 * serialized as ECMAScript does.
 *
 * <p>Rejected: anything outside the JSON grammar, duplicate member names (compared after
 * unescaping), numbers outside the double range, lone surrogates, nesting deeper than the limit.
 * Not thread-safe; one instance reads one document.
 */
public final class JsonCanonicalizer {
  private final String text;
  private final int maxDepth;
  private int position;
  private int depth;

  private JsonCanonicalizer(String text, int maxDepth) {
    this.text = text;
    this.maxDepth = maxDepth;
  }

  /**
   * Canonicalizes one JSON text.
   *
   * @param text the decoded document
   * @param maxDepth how many arrays and objects may nest
   * @return the canonical text
   * @throws InvalidJsonException naming the position and the problem
   */
  public static String canonicalize(String text, int maxDepth) {
    JsonCanonicalizer reader = new JsonCanonicalizer(text, maxDepth);
    reader.skipWhitespace();
    String value = reader.value();
    reader.skipWhitespace();
    if (reader.position != text.length()) {
      throw reader.error("unexpected content after the JSON value");
    }
    return value;
  }

  private String value() {
    if (position >= text.length()) {
      throw error("expected a value but the input ended");
    }
    char c = text.charAt(position);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> JsonStrings.quote(string());
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected character, expected a value");
      }
    };
  }

  private String object() {
    enter();
    Map<String, String> members = new TreeMap<>();
    skipWhitespace();
    if (!consume('}')) {
      do {
        skipWhitespace();
        member(members);
        skipWhitespace();
      } while (consume(','));
      expect('}', "expected ',' or '}' in an object");
    }
    depth--;
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, String> member : members.entrySet()) {
      out.append(out.length() == 1 ? "" : ",");
      out.append(JsonStrings.quote(member.getKey())).append(':').append(member.getValue());
    }
    return out.append('}').toString();
  }

  private void member(Map<String, String> members) {
    int nameAt = position;
    if (position >= text.length() || text.charAt(position) != '"') {
      throw error("expected a member name in double quotes");
    }
    String name = string();
    skipWhitespace();
    expect(':', "expected ':' after a member name");
    skipWhitespace();
    if (members.put(name, value()) != null) {
      throw new InvalidJsonException(nameAt, "duplicate member name");
    }
  }

  private String array() {
    enter();
    List<String> elements = new ArrayList<>();
    skipWhitespace();
    if (!consume(']')) {
      do {
        skipWhitespace();
        elements.add(value());
        skipWhitespace();
      } while (consume(','));
      expect(']', "expected ',' or ']' in an array");
    }
    depth--;
    return "[" + String.join(",", elements) + "]";
  }

  private void enter() {
    if (++depth > maxDepth) {
      throw error("nesting is deeper than " + maxDepth + " levels");
    }
    position++;
  }

  private String string() {
    JsonStrings.Read read = JsonStrings.read(text, position);
    position = read.end();
    return read.value();
  }

  private String literal(String word) {
    if (!text.startsWith(word, position)) {
      throw error("unexpected character, expected a value");
    }
    position += word.length();
    return word;
  }

  private String number() {
    int start = position;
    consume('-');
    if (!consume('0')) {
      digits("expected a digit");
    }
    if (consume('.')) {
      digits("expected a digit after the decimal point");
    }
    if (consume('e') || consume('E')) {
      if (!consume('+')) {
        consume('-');
      }
      digits("expected a digit in the exponent");
    }
    double value = Double.parseDouble(text.substring(start, position));
    if (Double.isInfinite(value)) {
      throw new InvalidJsonException(start, "number is outside the range of an IEEE 754 double");
    }
    return EcmaNumbers.format(value);
  }

  private void digits(String problem) {
    int start = position;
    while (position < text.length()
        && text.charAt(position) >= '0'
        && text.charAt(position) <= '9') {
      position++;
    }
    if (position == start) {
      throw error(problem);
    }
  }

  private void skipWhitespace() {
    while (position < text.length() && " \t\n\r".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private boolean consume(char c) {
    if (position < text.length() && text.charAt(position) == c) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(char c, String problem) {
    if (!consume(c)) {
      throw error(problem);
    }
  }

  private InvalidJsonException error(String problem) {
    return new InvalidJsonException(position, problem);
  }
}
