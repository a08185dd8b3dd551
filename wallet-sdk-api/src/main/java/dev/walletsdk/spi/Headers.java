/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.internal.HttpTokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, ordered list of HTTP header fields with case-insensitive names.
 *
 * <p>Names must be HTTP tokens and values must not contain control characters (which rules out
 * header injection through CR or LF). {@link #toString()} hides the values of headers that carry
 * credentials or signatures.
 */
public final class Headers {
  private static final Headers EMPTY = new Headers(List.of());
  private static final Set<String> SENSITIVE =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "signature");

  private final List<String> namesAndValues;

  private Headers(List<String> namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  /**
   * Returns headers with no fields.
   *
   * @return the empty headers
   */
  public static Headers empty() {
    return EMPTY;
  }

  /**
   * Creates headers from alternating names and values.
   *
   * @param namesAndValues {@code name1, value1, name2, value2, ...}
   * @return the headers
   * @throws InvalidRequestException if the count is odd, a name is not an HTTP token or a value
   *     contains a control character
   */
  public static Headers of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw InvalidRequestException.forField(
          "headers", "invalid_format", "headers need a value for every name");
    }
    Builder builder = builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      builder.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return builder.build();
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder(new ArrayList<>());
  }

  /**
   * Starts a builder holding these headers.
   *
   * @return a builder with a copy of the fields
   */
  public Builder toBuilder() {
    return new Builder(new ArrayList<>(namesAndValues));
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or empty if the header is absent
   */
  public Optional<String> first(String name) {
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      if (namesAndValues.get(i).equalsIgnoreCase(name)) {
        return Optional.of(namesAndValues.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every value of a header, in order.
   *
   * @param name the header name, in any case
   * @return an immutable list, empty if the header is absent
   */
  public List<String> all(String name) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      if (namesAndValues.get(i).equalsIgnoreCase(name)) {
        values.add(namesAndValues.get(i + 1));
      }
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Returns the distinct header names, in lower case, in order of first appearance.
   *
   * @return an immutable set
   */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      names.add(namesAndValues.get(i).toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * Returns the number of fields, counting repeated names once per value.
   *
   * @return the field count
   */
  public int size() {
    return namesAndValues.size() / 2;
  }

  /**
   * Returns the name of a field.
   *
   * @param index the field's position, from 0
   * @return the name as it was added
   */
  public String name(int index) {
    return namesAndValues.get(index * 2);
  }

  /**
   * Returns the value of a field.
   *
   * @param index the field's position, from 0
   * @return the value
   */
  public String value(int index) {
    return namesAndValues.get(index * 2 + 1);
  }

  /**
   * Returns these headers with one field appended.
   *
   * @param name the header name
   * @param value the value
   * @return new headers
   */
  public Headers with(String name, String value) {
    return toBuilder().add(name, value).build();
  }

  /**
   * Returns these headers with every field of the name replaced by one field.
   *
   * @param name the header name
   * @param value the value
   * @return new headers
   */
  public Headers withReplaced(String name, String value) {
    return toBuilder().set(name, value).build();
  }

  /**
   * Returns these headers without any field of the name.
   *
   * @param name the header name, in any case
   * @return new headers
   */
  public Headers without(String name) {
    return toBuilder().remove(name).build();
  }

  /**
   * Returns the headers as a map from lower-case name to values.
   *
   * @return an immutable map in order of first appearance
   */
  public Map<String, List<String>> toMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      map.computeIfAbsent(namesAndValues.get(i).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(namesAndValues.get(i + 1));
    }
    map.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Tells whether a header carries credentials or signatures and must never be logged.
   *
   * @param name the header name, in any case
   * @return {@code true} for Authorization, Proxy-Authorization, Cookie, Set-Cookie and Signature
   */
  public static boolean isSensitive(String name) {
    return SENSITIVE.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Two header lists are equal when they hold the same names (ignoring case) and values in order.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Headers other) || other.namesAndValues.size() != namesAndValues.size()) {
      return false;
    }
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      if (!namesAndValues.get(i).equalsIgnoreCase(other.namesAndValues.get(i))
          || !namesAndValues.get(i + 1).equals(other.namesAndValues.get(i + 1))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 1;
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      hash = 31 * hash + namesAndValues.get(i).toLowerCase(Locale.ROOT).hashCode();
      hash = 31 * hash + namesAndValues.get(i + 1).hashCode();
    }
    return hash;
  }

  /** Lists the fields, with the values of sensitive headers replaced by {@code "<redacted>"}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      String name = namesAndValues.get(i);
      text.append(i == 0 ? "" : ", ").append(name).append(": ");
      text.append(isSensitive(name) ? "<redacted>" : namesAndValues.get(i + 1));
    }
    return text.append(']').toString();
  }

  /** Builds {@link Headers}; not thread-safe. */
  public static final class Builder {
    private final List<String> namesAndValues;

    private Builder(List<String> namesAndValues) {
      this.namesAndValues = namesAndValues;
    }

    /**
     * Appends a field.
     *
     * @param name an HTTP token
     * @param value a value without control characters (C0, DEL or C1; horizontal tab allowed)
     * @return this builder
     * @throws InvalidRequestException if the name or value is invalid
     */
    public Builder add(String name, String value) {
      String checkedName = checkName(name);
      String checkedValue = checkValue(name, value);
      namesAndValues.add(checkedName);
      namesAndValues.add(checkedValue);
      return this;
    }

    /**
     * Replaces every field of the name by one field.
     *
     * @param name an HTTP token
     * @param value a value without control characters
     * @return this builder
     */
    public Builder set(String name, String value) {
      return remove(name).add(name, value);
    }

    /**
     * Removes every field of the name.
     *
     * @param name the header name, in any case
     * @return this builder
     */
    public Builder remove(String name) {
      for (int i = namesAndValues.size() - 2; i >= 0; i -= 2) {
        if (namesAndValues.get(i).equalsIgnoreCase(name)) {
          namesAndValues.remove(i + 1);
          namesAndValues.remove(i);
        }
      }
      return this;
    }

    /**
     * Builds the headers.
     *
     * @return immutable headers
     */
    public Headers build() {
      return new Headers(List.copyOf(namesAndValues));
    }

    private static String checkName(@Nullable String name) {
      if (name == null || !HttpTokens.isToken(name)) {
        throw InvalidRequestException.forField(
            "headers",
            "invalid_header_name",
            "header name "
                + (name == null ? "null" : "\"" + name + "\"")
                + " is not an HTTP token");
      }
      return name;
    }

    private static String checkValue(String name, @Nullable String value) {
      if (value == null || hasControlCharacter(value)) {
        throw InvalidRequestException.forField(
            "headers",
            "invalid_header_value",
            "value of header " + name + " is missing or contains a control character");
      }
      return value;
    }

    // A plain loop rather than a stream: every request builds its headers several times, and this
    // check showed up in the client-overhead profile (docs/performance.md).
    private static boolean hasControlCharacter(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c != '\t' && Character.isISOControl(c)) {
          return true;
        }
      }
      return false;
    }
  }
}
