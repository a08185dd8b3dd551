/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import org.jspecify.annotations.Nullable;

/**
 * The API key is missing, unknown or revoked, the request signature was rejected, or a one-time
 * password was wrong. Fix the credentials; retrying unchanged will not help.
 */
public class AuthenticationException extends WalletException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message human-readable description; must not contain secrets
   * @param httpStatus the HTTP status of the response, or {@code 0} if there was none
   * @param code the stable error code of Wallet API v1
   * @param requestId the {@code Request-Id} of the response, if any
   * @param cause the underlying cause, if any
   */
  public AuthenticationException(
      String message,
      int httpStatus,
      String code,
      @Nullable String requestId,
      @Nullable Throwable cause) {
    super(message, httpStatus, code, requestId, false, cause);
  }
}
