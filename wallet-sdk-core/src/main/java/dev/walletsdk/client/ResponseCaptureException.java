/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import java.util.List;

/**
 * {@code withResponse} was used in a way that cannot give one response: its function made no API
 * call, started a second one, or used the view it was given after returning. It is a programming
 * error, so it is an {@link InvalidRequestException} (HTTP status {@code 0}, code {@code
 * invalid_request}) with one field error on {@code withResponse} whose code is {@link #reason()}'s
 * {@link Reason#code() code}.
 *
 * <p>The call that breaks the rule is refused before anything is sent: a second call never reaches
 * the server, and the first one (if any) has been made exactly once.
 */
public final class ResponseCaptureException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Reason {
    /** The function returned without making an API call. */
    NO_CALL("no_call"),
    /** The function started a second API call; it was not sent. */
    SECOND_CALL("second_call"),
    /** The view was used after the function had returned; nothing was sent. */
    VIEW_EXPIRED("view_expired"),
    /**
     * The view was asked for something that cannot be captured: {@code async()} of a synchronous
     * view, or a nested {@code withResponse}.
     */
    UNSUPPORTED_IN_VIEW("unsupported_in_view"),
    /** The future the asynchronous function returned completed before its call did. */
    CALL_NOT_AWAITED("call_not_awaited");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /**
     * Returns the stable snake_case code of the field error.
     *
     * @return the code, for example {@code "no_call"}
     */
    public String code() {
      return code;
    }
  }

  /** What went wrong. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason what went wrong
   * @param message what happened, naming the operation when there is one
   */
  public ResponseCaptureException(Reason reason, String message) {
    super(
        message,
        0,
        ErrorCode.INVALID_REQUEST,
        null,
        List.of(FieldError.of("withResponse", reason.code(), message)));
    this.reason = reason;
  }

  /**
   * Returns what went wrong.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
