/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem with one field of a request, as reported by client-side validation or by the server's
 * {@code errors[]} member of a problem document.
 */
public final class FieldError {
  private final String field;
  private final String code;
  private final String message;

  private FieldError(String field, String code, String message) {
    this.field = Objects.requireNonNull(field, "field");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a field error.
   *
   * @param field the field's name (a builder method name client-side, a JSON path server-side)
   * @param code the stable snake_case code, for example {@code too_many_decimals}
   * @param message the human-readable description
   * @return the field error
   */
  public static FieldError of(String field, String code, String message) {
    return new FieldError(field, code, message);
  }

  /**
   * Returns the name of the offending field.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the stable code of the problem.
   *
   * @return the snake_case code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the human-readable description.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FieldError other
        && field.equals(other.field)
        && code.equals(other.code)
        && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, code, message);
  }

  @Override
  public String toString() {
    return field + ": " + message + " (" + code + ")";
  }
}
