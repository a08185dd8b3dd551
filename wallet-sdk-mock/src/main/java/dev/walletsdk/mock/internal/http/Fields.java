/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.ApiProblem.FieldProblem;
import dev.walletsdk.mock.internal.engine.StandIns;
import dev.walletsdk.model.CurrencyCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Strict validation of a request body: collects every problem, each named by the JSON pointer of
 * the member, and throws one {@code 400 invalid_request} listing them (the first {@value
 * #MAX_LISTED}, each pointer at most {@value #MAX_POINTER} characters). Unknown members and wrong
 * JSON types are errors.
 */
final class Fields {
  private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]{1,64}");
  private static final Set<String> MONEY_MEMBERS = Set.of("amount", "currency");

  /** The most problems one answer lists, so that a hostile body gets (and leaves) a small one. */
  static final int MAX_LISTED = 20;

  /** The longest pointer echoed back: a longer one (a huge member name) is cut and ends in "…". */
  static final int MAX_POINTER = 100;

  private final List<FieldProblem> problems = new ArrayList<>();

  /**
   * Checks that a node is an object with only allowed members.
   *
   * @param node the node, or {@code null} if absent
   * @param pointer its JSON pointer ({@code ""} for the root)
   * @param allowed the members it may have
   * @return the node if it is an object, else {@code null}
   */
  @Nullable JsonNode object(@Nullable JsonNode node, String pointer, Set<String> allowed) {
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      add(pointer.isEmpty() ? "/" : pointer, "invalid_type", "must be an object");
      return null;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        add(pointer + "/" + name, "unknown_field", "is not a member of this request");
      }
    }
    return node;
  }

  /** Records that a required member is missing. */
  void missing(String pointer) {
    add(pointer, "required", "is required");
  }

  /**
   * Reads a string member.
   *
   * @param parent the object
   * @param pointer the parent's pointer
   * @param member the member
   * @param required whether it must be present
   * @param maxLength the longest value
   * @return the value, or {@code null} if absent or invalid
   */
  @Nullable String text(
      @Nullable JsonNode parent, String pointer, String member, boolean required, int maxLength) {
    JsonNode value = member(parent, pointer, member, required);
    String at = pointer + "/" + member;
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      add(at, "invalid_type", "must be a string");
      return null;
    }
    String text = value.textValue();
    if (StandIns.isText(text)) {
      return text; // personal data a journal replay can no longer decrypt: it passed before
    }
    if (text.isEmpty() || text.length() > maxLength) {
      add(at, "invalid_length", "must be 1 to " + maxLength + " characters");
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        add(at, "invalid_character", "must not contain control characters");
        return null;
      }
    }
    return text;
  }

  /**
   * Reads a string member that must match a pattern.
   *
   * @param parent the object
   * @param pointer the parent's pointer
   * @param member the member
   * @param required whether it must be present
   * @param pattern the pattern of the whole value
   * @param description what the pattern means, for the message
   * @return the value, or {@code null} if absent or invalid
   */
  @Nullable String matching(
      @Nullable JsonNode parent,
      String pointer,
      String member,
      boolean required,
      Pattern pattern,
      String description) {
    String text = text(parent, pointer, member, required, 256);
    if (text != null && !StandIns.isText(text) && !pattern.matcher(text).matches()) {
      add(pointer + "/" + member, "invalid_format", "must be " + description);
      return null;
    }
    return text;
  }

  /**
   * Reads an id member.
   *
   * @param parent the object
   * @param pointer the parent's pointer
   * @param member the member
   * @param prefix the id's type prefix
   * @param required whether it must be present
   * @return the id, or {@code null} if absent or invalid
   */
  @Nullable String id(
      @Nullable JsonNode parent, String pointer, String member, String prefix, boolean required) {
    String text = text(parent, pointer, member, required, 128);
    if (text != null && !isId(text, prefix)) {
      add(
          pointer + "/" + member,
          "invalid_id",
          "must be \"" + prefix + "\" followed by 1 to 64 letters or digits");
      return null;
    }
    return text;
  }

  static boolean isId(String text, String prefix) {
    return text.startsWith(prefix)
        && ALPHANUMERIC.matcher(text.substring(prefix.length())).matches();
  }

  /**
   * Reads a currency code member.
   *
   * @param parent the object
   * @param pointer the parent's pointer
   * @param member the member
   * @param required whether it must be present
   * @return the currency, or {@code null} if absent or invalid
   */
  @Nullable CurrencyCode currency(
      @Nullable JsonNode parent, String pointer, String member, boolean required) {
    return known(text(parent, pointer, member, required, 3), pointer + "/" + member);
  }

  /**
   * Reads a currency code that is an element of an array.
   *
   * @param element the array element
   * @param pointer its JSON pointer, for example {@code /currencies/1}
   * @return the currency, or {@code null} if invalid
   */
  @Nullable CurrencyCode currencyElement(JsonNode element, String pointer) {
    if (!element.isTextual()) {
      add(pointer, "invalid_type", "must be a string");
      return null;
    }
    return known(element.textValue(), pointer);
  }

  private @Nullable CurrencyCode known(@Nullable String text, String at) {
    if (text == null) {
      return null;
    }
    if (!CurrencyCode.isKnown(text)) {
      add(at, "unknown_currency", "\"" + text + "\" is not a known currency");
      return null;
    }
    return CurrencyCode.of(text);
  }

  /**
   * Reads a money member: exactly {@code amount} and {@code currency}, the amount a plain decimal
   * string with at most the currency's decimals and {@link Amount#MAX_INTEGER_DIGITS} integer
   * digits, never negative.
   *
   * @param parent the object
   * @param pointer the parent's pointer
   * @param member the member
   * @param required whether it must be present
   * @return the amount, or {@code null} if absent or invalid
   */
  @Nullable Amount money(
      @Nullable JsonNode parent, String pointer, String member, boolean required) {
    String at = pointer + "/" + member;
    JsonNode money = object(member(parent, pointer, member, required), at, MONEY_MEMBERS);
    if (money == null) {
      return null;
    }
    CurrencyCode currency = currency(money, at, "currency", true);
    String amount = text(money, at, "amount", true, 40);
    if (amount == null) {
      return null;
    }
    String amountAt = at + "/amount";
    if (amount.startsWith("-") && AMOUNT.matcher(amount.substring(1)).matches()) {
      add(amountAt, "negative_amount", "must not be negative");
      return null;
    }
    if (!AMOUNT.matcher(amount).matches()) {
      add(amountAt, "invalid_amount", "must be a plain decimal string such as \"12.34\"");
      return null;
    }
    BigDecimal value = new BigDecimal(amount);
    if (value.precision() - value.scale() > Amount.MAX_INTEGER_DIGITS) {
      add(
          amountAt,
          "amount_too_large",
          "must have at most " + Amount.MAX_INTEGER_DIGITS + " integer digits");
      return null;
    }
    if (currency == null) {
      return null;
    }
    if (value.scale() > currency.minorUnits()) {
      add(
          amountAt,
          "too_many_decimals",
          "has "
              + value.scale()
              + " decimals but "
              + currency.code()
              + " allows at most "
              + currency.minorUnits());
      return null;
    }
    return Amount.of(currency, value.movePointRight(currency.minorUnits()).longValueExact());
  }

  private @Nullable JsonNode member(
      @Nullable JsonNode parent, String pointer, String member, boolean required) {
    JsonNode value = parent == null ? null : parent.get(member);
    if (value == null || value.isNull()) {
      if (required && parent != null) {
        missing(pointer + "/" + member);
      }
      return null;
    }
    return value;
  }

  /**
   * Records a problem unless exactly one of two members is present.
   *
   * @param body the object, or {@code null} if it was invalid
   * @param first the first member
   * @param second the second member
   */
  void exactlyOne(@Nullable JsonNode body, String first, String second) {
    if (body == null) {
      return;
    }
    boolean hasFirst = body.hasNonNull(first);
    boolean hasSecond = body.hasNonNull(second);
    if (hasFirst && hasSecond) {
      add("/" + second, "mutually_exclusive", "must not be combined with " + first);
    } else if (!hasFirst && !hasSecond) {
      add("/" + first, "required", "exactly one of " + first + " and " + second + " is required");
    }
  }

  /**
   * Reads a whole number member from 1 to a maximum.
   *
   * @param parent the object
   * @param pointer the parent's pointer
   * @param member the member
   * @param max the largest value allowed
   * @return the number, or {@code null} if absent or invalid
   */
  @Nullable Long positiveWhole(@Nullable JsonNode parent, String pointer, String member, long max) {
    JsonNode value = member(parent, pointer, member, true);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      add(pointer + "/" + member, "invalid_type", "must be a whole number");
      return null;
    }
    long number = value.longValue();
    if (number < 1 || number > max) {
      add(pointer + "/" + member, "out_of_range", "must be from 1 to " + max);
      return null;
    }
    return number;
  }

  /**
   * Records a problem if an amount is zero.
   *
   * @param amount the amount, or {@code null} if absent or invalid
   * @param pointer where it is
   */
  void positive(@Nullable Amount amount, String pointer) {
    if (amount != null && amount.minor() == 0) {
      add(pointer, "zero_amount", "must be greater than zero");
    }
  }

  /**
   * Records a problem.
   *
   * @param field the field
   * @param code the code
   * @param message what is wrong
   */
  void add(String field, String code, String message) {
    if (problems.size() < MAX_LISTED) {
      problems.add(new FieldProblem(shortened(field), code, message));
    }
  }

  private static String shortened(String field) {
    if (field.length() <= MAX_POINTER) {
      return field;
    }
    int cut = MAX_POINTER - 1;
    if (Character.isHighSurrogate(field.charAt(cut - 1))) {
      cut--;
    }
    return field.substring(0, cut) + "…";
  }

  /**
   * Tells whether a problem was recorded.
   *
   * @return {@code true} if any
   */
  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * Throws the recorded problems, if any.
   *
   * @throws ApiProblem listing every problem
   */
  void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    boolean wrongType = problems.stream().anyMatch(p -> p.code().equals("invalid_type"));
    throw wrongType ? ApiProblem.malformed(problems) : ApiProblem.invalid(problems);
  }
}
