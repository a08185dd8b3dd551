/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * No usable HTTP response was received: the connection could not be made, timed out, or broke.
 *
 * <p>{@link #mayHaveBeenApplied()} tells whether the server could have executed the request. A
 * write that may have been applied must only be retried with the same idempotency key, which the
 * client does automatically.
 */
public class TransportException extends WalletException {
  private static final long serialVersionUID = 1L;

  /** What went wrong on the way to or from the server. */
  public enum Kind {
    /** The connection could not be established; the request was not sent. */
    CONNECT_FAILED,
    /** The request was sent but no complete response arrived in time. */
    TIMEOUT,
    /** The connection broke while sending the request or reading the response. */
    CONNECTION_FAILED,
    /** The call was cancelled or the calling thread was interrupted. */
    CANCELLED
  }

  /** What went wrong. */
  private final Kind kind;

  /**
   * Creates the exception. The code is derived from the kind and the exception is retryable unless
   * it was cancelled.
   *
   * @param message human-readable description; must not contain secrets
   * @param kind what went wrong
   * @param cause the underlying cause, if any
   */
  public TransportException(String message, Kind kind, @Nullable Throwable cause) {
    super(message, 0, codeOf(kind), null, kind != Kind.CANCELLED, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  private static String codeOf(Kind kind) {
    return switch (Objects.requireNonNull(kind, "kind")) {
      case CONNECT_FAILED -> ErrorCode.CONNECT_FAILED;
      case TIMEOUT -> ErrorCode.TIMEOUT;
      case CONNECTION_FAILED -> ErrorCode.CONNECTION_FAILED;
      case CANCELLED -> ErrorCode.CANCELLED;
    };
  }

  /**
   * Returns what went wrong.
   *
   * @return the kind of failure
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Tells whether the server may have received and executed the request.
   *
   * @return {@code false} only when the request certainly never reached the server
   */
  public boolean mayHaveBeenApplied() {
    return kind != Kind.CONNECT_FAILED;
  }
}
