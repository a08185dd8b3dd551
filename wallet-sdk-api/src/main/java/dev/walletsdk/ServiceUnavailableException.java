/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server failed or is temporarily unavailable (HTTP 5xx). Retryable; the client's retry policy
 * does so automatically and throws this only when retries are exhausted. A write that failed this
 * way may still have been applied: retry it with the same idempotency key.
 */
public class ServiceUnavailableException extends WalletException {
  private static final long serialVersionUID = 1L;

  /** The delay the server asked for, if any. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message human-readable description; must not contain secrets
   * @param httpStatus the HTTP status of the response
   * @param code the stable error code, for example {@code service_unavailable}
   * @param requestId the {@code Request-Id} of the response, if any
   * @param retryAfter the delay the server asked for, if it gave one
   */
  public ServiceUnavailableException(
      String message,
      int httpStatus,
      String code,
      @Nullable String requestId,
      @Nullable Duration retryAfter) {
    super(message, httpStatus, code, requestId, true, null);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the server asked the client to wait.
   *
   * @return the {@code Retry-After} delay, if the response had one
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
