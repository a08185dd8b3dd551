/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the members a streaming reader needs from a JSON object straight off the parser, without a
 * tree: each named member's string value, or its nested object read by a nested scan, lands in a
 * slot. It refuses ({@link Refused}) everything the tree path would refuse on the way — a member
 * given twice at any depth, a number {@link Json#parse} could not hold, a named member that is
 * neither a string, an object nor null as its scan expects — and also anything it is not sure of,
 * because a refusal only sends the body to the tree path, which then reads it or names the fault.
 */
final class MemberScan {
  private final String[] names;
  private final @Nullable MemberScan[] nested;

  /**
   * Creates a scan.
   *
   * @param names the members to keep, at most 64
   * @param nested for each member, the scan of its object, or {@code null} for a string member
   */
  MemberScan(String[] names, @Nullable MemberScan[] nested) {
    if (names.length > 64 || nested.length != names.length) {
      throw new IllegalArgumentException("a scan keeps up to 64 members, each with its kind");
    }
    this.names = names.clone();
    this.nested = nested.clone();
  }

  /**
   * Reads the object whose start is the parser's current token, up to and including its end.
   *
   * @param parser the parser, on {@code START_OBJECT}
   * @return per member, its string, its nested slots ({@code Object[]}) or {@code null} when absent
   *     or JSON null
   * @throws Refused if the object is not what this scan expects
   * @throws IOException if the parser fails
   */
  Object[] read(JsonParser parser) throws IOException {
    Object[] slots = new Object[names.length];
    long seen = 0;
    List<String> others = null;
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int slot = slot(name);
      JsonToken value = parser.nextToken();
      if (slot < 0) {
        others = remember(others, name);
        skip(parser, value);
        continue;
      }
      if ((seen & (1L << slot)) != 0) {
        throw Refused.INSTANCE;
      }
      seen |= 1L << slot;
      slots[slot] = value(parser, value, nested[slot]);
    }
    if (token != JsonToken.END_OBJECT) {
      throw Refused.INSTANCE;
    }
    return slots;
  }

  private int slot(String name) {
    // The parser interns member names (JsonFactory.Feature.INTERN_FIELD_NAMES), as the compiler
    // does the constants in names: identity finds a member without comparing characters.
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static @Nullable Object value(
      JsonParser parser, @Nullable JsonToken token, @Nullable MemberScan scan) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (scan == null && token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (scan != null && token == JsonToken.START_OBJECT) {
      return scan.read(parser);
    }
    throw Refused.INSTANCE;
  }

  /**
   * Passes over a value the reader does not use, checking it as building the tree would: every
   * string read (its length bounded), every number converted as {@link Json#parse} converts it, no
   * member given twice in any object.
   */
  static void skip(JsonParser parser, @Nullable JsonToken token) throws IOException {
    if (token == null) {
      throw Refused.INSTANCE;
    }
    switch (token) {
      case START_OBJECT -> {
        List<String> seen = null;
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
          seen = remember(seen, parser.currentName());
          skip(parser, parser.nextToken());
        }
        if (next != JsonToken.END_OBJECT) {
          throw Refused.INSTANCE;
        }
      }
      case START_ARRAY -> {
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          skip(parser, next);
        }
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> parser.getNumberValue();
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
        // nothing to check
      }
      default -> throw Refused.INSTANCE;
    }
  }

  private static List<String> remember(@Nullable List<String> seen, String name) {
    List<String> names = seen == null ? new ArrayList<>(4) : seen;
    if (names.contains(name)) {
      throw Refused.INSTANCE;
    }
    names.add(name);
    return names;
  }

  /** The scan cannot vouch for the body: the tree path reads it instead. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final Refused INSTANCE = new Refused();

    private Refused() {
      super("the streaming reader leaves this body to the tree reader", null, false, false);
    }
  }
}
