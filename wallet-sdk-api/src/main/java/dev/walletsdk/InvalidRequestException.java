/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request is invalid; fix the input. Thrown by client-side validation (builders and value
 * factories such as {@code Money.of}, with HTTP status {@code 0}) and for server responses with
 * status 400, 405, 413, 415 and some 422 codes.
 *
 * <p>{@link #fieldErrors()} names each offending field. Retrying unchanged will not help, and
 * nothing was changed on the server.
 */
public class InvalidRequestException extends WalletException {
  private static final long serialVersionUID = 1L;

  /** The offending fields. */
  private final List<FieldError> fieldErrors;

  /**
   * Creates the exception.
   *
   * @param message human-readable description; must not contain secrets
   * @param httpStatus the HTTP status of the response, or {@code 0} for client-side validation
   * @param code the stable error code of Wallet API v1
   * @param requestId the {@code Request-Id} of the response, if any
   * @param fieldErrors the offending fields, possibly empty
   */
  public InvalidRequestException(
      String message,
      int httpStatus,
      String code,
      @Nullable String requestId,
      List<FieldError> fieldErrors) {
    super(message, httpStatus, code, requestId, false, null);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /**
   * Creates the exception for one invalid field found by client-side validation. The message of the
   * exception is the message of the field error.
   *
   * @param field the field's name
   * @param code the stable snake_case code of the problem
   * @param message what is wrong, naming the field and the value
   * @return the exception, with HTTP status {@code 0} and code {@code invalid_request}
   */
  public static InvalidRequestException forField(String field, String code, String message) {
    return new InvalidRequestException(
        message, 0, ErrorCode.INVALID_REQUEST, null, List.of(FieldError.of(field, code, message)));
  }

  /**
   * Returns the offending fields.
   *
   * @return an immutable list, empty when the problem is not tied to a field
   */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
