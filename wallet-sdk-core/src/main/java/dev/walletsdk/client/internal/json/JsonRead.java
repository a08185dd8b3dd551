/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.internal.ServerText;
import dev.walletsdk.model.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Strict, path-aware access to one JSON object of a response. Every failure is a {@link
 * ResponseFormatException} naming the member's path, such as {@code transfer.sourceAmount.amount}.
 * Unknown members are ignored, so newer servers can add them.
 */
public final class JsonRead {
  private final JsonNode node;
  private final String path;

  private JsonRead(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * Wraps the root of a response.
   *
   * @param node the parsed body
   * @param name the name to use for the root in messages
   * @return the reader
   * @throws ResponseFormatException if the node is not an object
   */
  public static JsonRead root(JsonNode node, String name) {
    return of(node, name);
  }

  private static JsonRead of(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new ResponseFormatException(
          "response member " + path + " must be an object but is " + describe(node));
    }
    return new JsonRead(node, path);
  }

  /**
   * Returns the underlying node.
   *
   * @return the object node
   */
  public JsonNode node() {
    return node;
  }

  /**
   * Returns the path of this object for messages.
   *
   * @return the dotted path
   */
  public String path() {
    return path;
  }

  /**
   * Tells whether a member is present and not null.
   *
   * @param member the member name
   * @return {@code true} if present
   */
  public boolean has(String member) {
    JsonNode value = node.get(member);
    return value != null && !value.isNull();
  }

  private JsonNode required(String member) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      throw new ResponseFormatException("response member " + at(member) + " is missing");
    }
    return value;
  }

  private String at(String member) {
    return path + "." + member;
  }

  /**
   * Reads a nested object.
   *
   * @param member the member name
   * @return the nested reader
   */
  public JsonRead object(String member) {
    return of(required(member), at(member));
  }

  /**
   * Reads a nested object if present.
   *
   * @param member the member name
   * @return the nested reader, or {@code null}
   */
  public @Nullable JsonRead optObject(String member) {
    return has(member) ? object(member) : null;
  }

  /**
   * Reads a string.
   *
   * @param member the member name
   * @return the string
   */
  public String string(String member) {
    JsonNode value = required(member);
    if (!value.isTextual()) {
      throw new ResponseFormatException(
          "response member " + at(member) + " must be a string but is " + describe(value));
    }
    return value.textValue();
  }

  /**
   * Reads a string if present.
   *
   * @param member the member name
   * @return the string, or {@code null}
   */
  public @Nullable String optString(String member) {
    return has(member) ? string(member) : null;
  }

  /**
   * Reads a boolean.
   *
   * @param member the member name
   * @return the boolean
   */
  public boolean bool(String member) {
    JsonNode value = required(member);
    if (!value.isBoolean()) {
      throw new ResponseFormatException(
          "response member " + at(member) + " must be a boolean but is " + describe(value));
    }
    return value.booleanValue();
  }

  /**
   * Reads an integer.
   *
   * @param member the member name
   * @return the integer
   */
  public int integer(String member) {
    JsonNode value = required(member);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new ResponseFormatException(
          "response member " + at(member) + " must be an integer but is " + describe(value));
    }
    return value.intValue();
  }

  /**
   * Reads a whole number that is zero or more, such as a count of points.
   *
   * @param member the member name
   * @return the number
   */
  public long count(String member) {
    JsonNode value = required(member);
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
      throw new ResponseFormatException(
          "response member "
              + at(member)
              + " must be a whole number of zero or more but is "
              + describe(value));
    }
    return value.longValue();
  }

  /**
   * Reads a value through a factory of the api module (ids, currency codes), turning its validation
   * failure into a format failure of this member.
   *
   * @param member the member name
   * @param factory parses the string
   * @param <T> the value type
   * @return the value
   */
  public <T> T value(String member, Function<String, T> factory) {
    String text = string(member);
    try {
      return factory.apply(text);
    } catch (InvalidRequestException e) {
      throw new ResponseFormatException("response member " + at(member) + ": " + e.getMessage());
    }
  }

  /**
   * Reads a value through a factory if present.
   *
   * @param member the member name
   * @param factory parses the string
   * @param <T> the value type
   * @return the value, or {@code null}
   */
  public <T> @Nullable T optValue(String member, Function<String, T> factory) {
    return has(member) ? value(member, factory) : null;
  }

  /**
   * Reads money: {@code {"amount": "12.34", "currency": "EUR"}}.
   *
   * @param member the member name
   * @return the money
   */
  public Money money(String member) {
    JsonRead money = object(member);
    String amount = money.string("amount");
    String currency = money.string("currency");
    if (amount.startsWith("-")) {
      throw new ResponseFormatException(
          "response member " + money.at("amount") + " must not be negative but is " + amount);
    }
    try {
      return Money.of(amount, currency);
    } catch (InvalidRequestException e) {
      throw new ResponseFormatException("response member " + at(member) + ": " + e.getMessage());
    }
  }

  /**
   * Reads money that may be negative, such as a net total: {@code {"amount": "-6.00", "currency":
   * "EUR"}}.
   *
   * @param member the member name
   * @return the money
   */
  public Money signedMoney(String member) {
    return object(member).asSignedMoney();
  }

  /**
   * Reads this object as money that may be negative.
   *
   * @return the money
   */
  public Money asSignedMoney() {
    String amount = string("amount");
    String currency = string("currency");
    boolean negative = amount.startsWith("-");
    try {
      Money magnitude = Money.of(negative ? amount.substring(1) : amount, currency);
      return negative ? magnitude.negate() : magnitude;
    } catch (InvalidRequestException e) {
      throw new ResponseFormatException("response member " + path() + ": " + e.getMessage());
    }
  }

  /**
   * Reads money if present.
   *
   * @param member the member name
   * @return the money, or {@code null}
   */
  public @Nullable Money optMoney(String member) {
    return has(member) ? money(member) : null;
  }

  /**
   * Reads a decimal sent as a string, such as an exchange rate.
   *
   * @param member the member name
   * @return the decimal
   */
  public BigDecimal decimal(String member) {
    String text = string(member);
    if (!text.matches("(0|[1-9][0-9]{0,20})(\\.[0-9]{1,20})?")) {
      throw new ResponseFormatException(
          "response member "
              + at(member)
              + " \""
              + ServerText.of(text)
              + "\" is not a plain decimal");
    }
    return new BigDecimal(text);
  }

  /**
   * Reads a decimal if present.
   *
   * @param member the member name
   * @return the decimal, or {@code null}
   */
  public @Nullable BigDecimal optDecimal(String member) {
    return has(member) ? decimal(member) : null;
  }

  /**
   * Reads an RFC 3339 timestamp.
   *
   * @param member the member name
   * @return the instant
   */
  public Instant instant(String member) {
    String text = string(member);
    try {
      return Timestamps.parse(text);
    } catch (DateTimeParseException e) {
      throw new ResponseFormatException(
          "response member "
              + at(member)
              + " \""
              + ServerText.of(text)
              + "\" is not an RFC 3339 timestamp");
    }
  }

  /**
   * Reads an enumerated value sent in snake_case; a value this SDK does not know becomes {@code
   * unknown}.
   *
   * @param member the member name
   * @param type the enum type
   * @param unknown the constant for unknown values
   * @param <E> the enum type
   * @return the constant
   */
  public <E extends Enum<E>> E enumValue(String member, Class<E> type, E unknown) {
    String text = string(member);
    for (E constant : type.getEnumConstants()) {
      if (constant != unknown && constant.name().toLowerCase(Locale.ROOT).equals(text)) {
        return constant;
      }
    }
    return unknown;
  }

  /**
   * Reads an enumerated value that must be known.
   *
   * @param member the member name
   * @param type the enum type
   * @param <E> the enum type
   * @return the constant
   */
  public <E extends Enum<E>> E knownEnum(String member, Class<E> type) {
    String text = string(member);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(text)) {
        return constant;
      }
    }
    throw new ResponseFormatException(
        "response member " + at(member) + " \"" + ServerText.of(text) + "\" is not a known value");
  }

  /**
   * Reads an array of objects.
   *
   * @param member the member name
   * @param reader reads each element
   * @param <T> the element type
   * @return the elements
   */
  public <T> List<T> list(String member, Function<JsonRead, T> reader) {
    JsonNode array = array(member);
    List<T> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      values.add(reader.apply(of(array.get(i), at(member) + "[" + i + "]")));
    }
    return values;
  }

  /**
   * Reads an array of strings through a factory.
   *
   * @param member the member name
   * @param factory parses each element
   * @param <T> the element type
   * @return the elements
   */
  public <T> List<T> valueList(String member, Function<String, T> factory) {
    JsonNode array = array(member);
    List<T> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      String elementPath = at(member) + "[" + i + "]";
      if (!element.isTextual()) {
        throw new ResponseFormatException(
            "response member " + elementPath + " must be a string but is " + describe(element));
      }
      try {
        values.add(factory.apply(element.textValue()));
      } catch (InvalidRequestException e) {
        throw new ResponseFormatException("response member " + elementPath + ": " + e.getMessage());
      }
    }
    return values;
  }

  private JsonNode array(String member) {
    JsonNode value = required(member);
    if (!value.isArray()) {
      throw new ResponseFormatException(
          "response member " + at(member) + " must be an array but is " + describe(value));
    }
    return value;
  }

  private static String describe(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
