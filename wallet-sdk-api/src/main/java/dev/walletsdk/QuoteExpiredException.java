/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import org.jspecify.annotations.Nullable;

/**
 * The quote used by a payment or transfer has expired (HTTP 409, {@code quote_expired}). Request a
 * new quote and show the new rate to the customer before retrying.
 */
public class QuoteExpiredException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message human-readable description; must not contain secrets
   * @param httpStatus the HTTP status of the response
   * @param code the stable error code, {@code quote_expired}
   * @param requestId the {@code Request-Id} of the response, if any
   */
  public QuoteExpiredException(
      String message, int httpStatus, String code, @Nullable String requestId) {
    super(message, httpStatus, code, requestId, false);
  }
}
