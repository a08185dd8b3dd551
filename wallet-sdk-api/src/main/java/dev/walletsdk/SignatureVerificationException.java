/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import org.jspecify.annotations.Nullable;

/**
 * A signature the SDK checked did not verify: a receipt on a payment or transfer, or a webhook.
 * Treat the data as untrusted.
 */
public class SignatureVerificationException extends WalletException {
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
  public SignatureVerificationException(
      String message,
      int httpStatus,
      String code,
      @Nullable String requestId,
      @Nullable Throwable cause) {
    super(message, httpStatus, code, requestId, false, cause);
  }
}
