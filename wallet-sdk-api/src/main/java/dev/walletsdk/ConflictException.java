/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import org.jspecify.annotations.Nullable;

/**
 * The current state of a resource does not allow the operation (HTTP 409): the wallet is not
 * active, a quote was already used, a challenge expired. Read the resource again and decide.
 */
public class ConflictException extends WalletException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message human-readable description; must not contain secrets
   * @param httpStatus the HTTP status of the response
   * @param code the stable error code of Wallet API v1
   * @param requestId the {@code Request-Id} of the response, if any
   * @param retryable whether repeating the same call may succeed
   */
  public ConflictException(
      String message, int httpStatus, String code, @Nullable String requestId, boolean retryable) {
    super(message, httpStatus, code, requestId, retryable, null);
  }
}
