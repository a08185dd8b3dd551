/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses RFC 8941 structured field dictionaries, as {@code Signature-Input}, {@code Signature} and
 * {@code Content-Digest} are. Bare items become {@link Long} (integer), {@link BigDecimal}
 * (decimal), {@link String} (string), {@link Token}, {@code byte[]} (byte sequence) or {@link
 * Boolean}. Not thread-safe; one instance parses one field value.
 */
public final class StructuredFields {
  private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-.*";
  private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~:/";
  private static final String BASE64_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

  private final String text;
  private int position;

  /** An item: a bare value and its parameters, in order. */
  public record Item(Object value, Map<String, Object> parameters) {}

  /** An inner list: items and the list's parameters, in order. */
  public record InnerList(List<Item> items, Map<String, Object> parameters) {}

  /** A token (RFC 8941 §3.3.4), kept apart from strings. */
  public record Token(String value) {}

  private StructuredFields(String text) {
    this.text = text;
  }

  /**
   * Parses a dictionary; a later member with the same key replaces an earlier one (§4.2.2).
   *
   * @param text the field value (several field lines joined with {@code ", "})
   * @return members in order, each an {@link Item} or an {@link InnerList}
   * @throws IllegalArgumentException naming the position and the problem
   */
  public static Map<String, Object> parseDictionary(String text) {
    StructuredFields parser = new StructuredFields(text);
    parser.skip(" ");
    Map<String, Object> members = parser.dictionary();
    parser.skip(" ");
    if (parser.position != text.length()) {
      throw parser.error("unexpected character after the dictionary");
    }
    return members;
  }

  /**
   * Serializes a string as an RFC 8941 sf-string.
   *
   * @param value printable ASCII
   * @return the quoted string, with {@code "} and {@code \} escaped
   */
  public static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private Map<String, Object> dictionary() {
    Map<String, Object> members = new LinkedHashMap<>();
    while (position < text.length()) {
      String key = key();
      if (consume('=')) {
        members.put(key, peek() == '(' ? innerList() : item());
      } else {
        members.put(key, new Item(Boolean.TRUE, parameters()));
      }
      skip(" \t");
      if (position == text.length()) {
        return members;
      }
      expect(',', "expected ',' between dictionary members");
      skip(" \t");
      if (position == text.length()) {
        throw error("dictionary ends with ','");
      }
    }
    return members;
  }

  private InnerList innerList() {
    expect('(', "expected '('");
    List<Item> items = new ArrayList<>();
    while (true) {
      skip(" ");
      if (consume(')')) {
        return new InnerList(List.copyOf(items), parameters());
      }
      items.add(item());
      if (peek() != ' ' && peek() != ')') {
        throw error("expected ' ' or ')' in an inner list");
      }
    }
  }

  private Item item() {
    return new Item(bareItem(), parameters());
  }

  private Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    while (consume(';')) {
      skip(" ");
      String key = key();
      parameters.put(key, consume('=') ? bareItem() : Boolean.TRUE);
    }
    return parameters;
  }

  private Object bareItem() {
    char c = peek();
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    return switch (c) {
      case '"' -> string();
      case ':' -> byteSequence();
      case '?' -> bool();
      default -> {
        if (c == '*' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          yield token();
        }
        throw error("expected an item");
      }
    };
  }

  private String key() {
    char first = peek();
    if (first != '*' && (first < 'a' || first > 'z')) {
      throw error("expected a key");
    }
    int start = position;
    while (position < text.length() && KEY_CHARS.indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    return text.substring(start, position);
  }

  private Object number() {
    int start = position;
    consume('-');
    int integerDigits = digits();
    if (integerDigits == 0) {
      throw error("expected a digit");
    }
    if (!consume('.')) {
      if (integerDigits > 15) {
        throw error("integer has more than 15 digits");
      }
      return Long.parseLong(text.substring(start, position));
    }
    int fractionDigits = digits();
    if (integerDigits > 12 || fractionDigits == 0 || fractionDigits > 3) {
      throw error("decimal must have 1 to 12 integer and 1 to 3 fraction digits");
    }
    return new BigDecimal(text.substring(start, position));
  }

  private int digits() {
    int start = position;
    while (peek() >= '0' && peek() <= '9') {
      position++;
    }
    return position - start;
  }

  private String string() {
    expect('"', "expected '\"'");
    StringBuilder value = new StringBuilder();
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == '"') {
        return value.toString();
      }
      if (c == '\\') {
        char escaped = position < text.length() ? text.charAt(position++) : ' ';
        if (escaped != '"' && escaped != '\\') {
          throw error("invalid escape in a string");
        }
        value.append(escaped);
      } else if (c < 0x20 || c > 0x7e) {
        throw error("string contains a character outside printable ASCII");
      } else {
        value.append(c);
      }
    }
    throw error("string is not terminated");
  }

  private Token token() {
    int start = position;
    position++;
    while (position < text.length() && isTokenChar(text.charAt(position))) {
      position++;
    }
    return new Token(text.substring(start, position));
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || TOKEN_CHARS.indexOf(c) >= 0;
  }

  private byte[] byteSequence() {
    expect(':', "expected ':'");
    int start = position;
    while (position < text.length() && BASE64_CHARS.indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    String encoded = text.substring(start, position);
    expect(':', "byte sequence is not terminated by ':'");
    try {
      return Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("at " + start + ": byte sequence is not base64", e);
    }
  }

  private Boolean bool() {
    expect('?', "expected '?'");
    if (consume('1')) {
      return Boolean.TRUE;
    }
    expect('0', "boolean must be ?0 or ?1");
    return Boolean.FALSE;
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private boolean consume(char c) {
    if (peek() == c && position < text.length()) {
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

  private void skip(String characters) {
    while (position < text.length() && characters.indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException("at " + position + ": " + problem);
  }
}
