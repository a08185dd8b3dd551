/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the Wallet SDK throws.
 *
 * <p>Unchecked. Each subclass tells the caller what to do next: fix the input ({@link
 * InvalidRequestException}), authenticate ({@link AuthenticationException}), answer a challenge
 * ({@link StepUpRequiredException}), wait and retry ({@link RateLimitedException}), and so on.
 *
 * <p>Every instance carries the server's request id (when a response was received), the HTTP status
 * ({@code 0} when no HTTP response exists, for example for client-side validation or a failed
 * connection), a stable snake_case {@linkplain #code() code} from Wallet API v1, and whether
 * retrying the same call may succeed. Messages never contain secrets.
 */
public class WalletException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status, {@code 0} without a response. */
  private final int httpStatus;

  /** The stable error code. */
  private final String code;

  /** The server's request id, if a response was received. */
  private final @Nullable String requestId;

  /** Whether repeating the call may succeed. */
  private final boolean retryable;

  /**
   * Creates an exception.
   *
   * @param message human-readable description; must not contain secrets
   * @param httpStatus the HTTP status of the response, or {@code 0} if there was none
   * @param code the stable error code of Wallet API v1
   * @param requestId the {@code Request-Id} of the response, if any
   * @param retryable whether repeating the same call may succeed
   * @param cause the underlying cause, if any
   */
  public WalletException(
      String message,
      int httpStatus,
      String code,
      @Nullable String requestId,
      boolean retryable,
      @Nullable Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.code = code;
    this.requestId = requestId;
    this.retryable = retryable;
  }

  /**
   * Returns the HTTP status of the response that caused this exception.
   *
   * @return the status, or {@code 0} when no HTTP response was received
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Returns the stable error code, for example {@code insufficient_funds}.
   *
   * @return the snake_case code of Wallet API v1
   */
  public String code() {
    return code;
  }

  /**
   * Returns the server's {@code Request-Id} for this failure; quote it when contacting support.
   *
   * @return the request id, or {@code null} when no response was received
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * Tells whether repeating the same call, with the same idempotency key, may succeed.
   *
   * @return {@code true} if the failure is transient
   */
  public boolean isRetryable() {
    return retryable;
  }
}
