/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import dev.walletsdk.model.Challenge;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The operation needs step-up authentication (HTTP 401, {@code step_up_required}). Nothing was
 * executed yet: ask the customer for a one-time password and confirm the {@link #challenge()};
 * confirming executes the original operation exactly once.
 */
public class StepUpRequiredException extends WalletException {
  private static final long serialVersionUID = 1L;

  /** The challenge to answer. */
  private final Challenge challenge;

  /**
   * Creates the exception.
   *
   * @param message human-readable description; must not contain secrets
   * @param httpStatus the HTTP status of the response
   * @param code the stable error code, {@code step_up_required}
   * @param requestId the {@code Request-Id} of the response, if any
   * @param challenge the challenge to answer
   */
  public StepUpRequiredException(
      String message,
      int httpStatus,
      String code,
      @Nullable String requestId,
      Challenge challenge) {
    super(message, httpStatus, code, requestId, false, null);
    this.challenge = Objects.requireNonNull(challenge, "challenge");
  }

  /**
   * Returns the challenge to confirm with a one-time password.
   *
   * @return the challenge
   */
  public Challenge challenge() {
    return challenge;
  }
}
