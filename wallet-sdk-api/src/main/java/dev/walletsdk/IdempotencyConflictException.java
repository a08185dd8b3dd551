/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import org.jspecify.annotations.Nullable;

/**
 * The idempotency key clashes with another request: either it was used before with a different body
 * ({@code idempotency_key_reused}, HTTP 422, not retryable: use a new key for a new operation), or
 * a request with the same key is still in flight ({@code idempotency_in_flight}, HTTP 409,
 * retryable with the same key).
 */
public class IdempotencyConflictException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message human-readable description; must not contain secrets
   * @param httpStatus the HTTP status of the response
   * @param code {@code idempotency_key_reused} or {@code idempotency_in_flight}
   * @param requestId the {@code Request-Id} of the response, if any
   * @param retryable whether repeating the same call may succeed
   */
  public IdempotencyConflictException(
      String message, int httpStatus, String code, @Nullable String requestId, boolean retryable) {
    super(message, httpStatus, code, requestId, retryable);
  }
}
