/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request the mock refuses, as an RFC 9457 problem: thrown by validation and business rules,
 * turned into a {@code application/problem+json} response by the router. Nothing was changed.
 */
public final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int status;

  /** The stable error code. */
  private final String code;

  /** The short, fixed title of the code. */
  private final String title;

  /** The offending fields. */
  private final transient List<FieldProblem> errors;

  /** Extension members, such as {@code challenge}. */
  private final transient @Nullable ObjectNode extensions;

  /** The {@code Retry-After} seconds to send, or -1. */
  private final long retryAfterSeconds;

  /**
   * One offending field.
   *
   * @param field a JSON pointer into the body, or {@code header:}, {@code query:}, {@code path:}
   *     and a name
   * @param code the stable code
   * @param message what is wrong
   */
  public record FieldProblem(String field, String code, String message) {}

  private ApiProblem(
      int status,
      String code,
      String title,
      String detail,
      List<FieldProblem> errors,
      @Nullable ObjectNode extensions,
      long retryAfterSeconds) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.extensions = extensions;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /**
   * Creates a problem.
   *
   * @param status the HTTP status
   * @param code the stable code
   * @param title the code's title
   * @param detail what happened in this case
   * @return the problem
   */
  public static ApiProblem of(int status, String code, String title, String detail) {
    return new ApiProblem(status, code, title, detail, List.of(), null, -1);
  }

  /**
   * Creates a problem listing the offending fields.
   *
   * @param status the HTTP status
   * @param code the stable code
   * @param title the code's title
   * @param detail what happened in this case
   * @param errors the fields
   * @return the problem
   */
  public static ApiProblem of(
      int status, String code, String title, String detail, List<FieldProblem> errors) {
    return new ApiProblem(status, code, title, detail, errors, null, -1);
  }

  /**
   * Creates a 400 {@code invalid_request} problem listing the offending fields.
   *
   * @param errors the fields
   * @return the problem
   */
  public static ApiProblem invalid(List<FieldProblem> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid; see errors";
    return new ApiProblem(400, "invalid_request", "Invalid request", detail, errors, null, -1);
  }

  /**
   * Creates a 400 {@code malformed_request} problem: a member has the wrong JSON type.
   *
   * @param errors the offending fields, the wrong types among them
   * @return the problem
   */
  public static ApiProblem malformed(List<FieldProblem> errors) {
    return new ApiProblem(
        400,
        "malformed_request",
        "Malformed request",
        "a member has the wrong JSON type; see errors",
        errors,
        null,
        -1);
  }

  /**
   * Creates a 400 {@code invalid_request} problem for one field.
   *
   * @param field the field
   * @param code the field's problem code
   * @param message what is wrong
   * @return the problem
   */
  public static ApiProblem invalidField(String field, String code, String message) {
    return invalid(List.of(new FieldProblem(field, code, message)));
  }

  /**
   * Creates a 422 {@code invalid_request} problem for one field: the request is well-formed but
   * cannot be carried out as asked.
   *
   * @param field the field
   * @param code the field's problem code
   * @param message what is wrong
   * @return the problem
   */
  public static ApiProblem unprocessable(String field, String code, String message) {
    return new ApiProblem(
        422,
        "invalid_request",
        "Invalid request",
        field + ": " + message,
        List.of(new FieldProblem(field, code, message)),
        null,
        -1);
  }

  /**
   * Returns a copy naming one offending field.
   *
   * @param field the field
   * @param code the field's problem code
   * @param message what is wrong
   * @return the problem
   */
  public ApiProblem withField(String field, String code, String message) {
    return new ApiProblem(
        status,
        this.code,
        title,
        getMessage(),
        List.of(new FieldProblem(field, code, message)),
        extensions,
        retryAfterSeconds);
  }

  /**
   * Returns a copy with extension members.
   *
   * @param extensions members to add to the problem document
   * @return the problem
   */
  public ApiProblem with(ObjectNode extensions) {
    return new ApiProblem(status, code, title, getMessage(), errors, extensions, retryAfterSeconds);
  }

  /**
   * Returns a copy with a {@code Retry-After} header.
   *
   * @param seconds the delay
   * @return the problem
   */
  public ApiProblem retryAfter(long seconds) {
    return new ApiProblem(status, code, title, getMessage(), errors, extensions, seconds);
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the offending fields.
   *
   * @return the fields, possibly empty
   */
  public List<FieldProblem> errors() {
    return errors;
  }

  /**
   * Returns the extension members.
   *
   * @return the members, or {@code null}
   */
  public @Nullable ObjectNode extensions() {
    return extensions;
  }

  /**
   * Returns the {@code Retry-After} delay.
   *
   * @return seconds, or -1 for none
   */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
