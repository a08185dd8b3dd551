/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import dev.walletsdk.model.RiskReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Transaction monitoring declined the movement (HTTP 422, {@code risk_declined}), or a reviewer
 * rejected a movement held for review. Nothing moved and nothing stays reserved. Sending the same
 * request again with its idempotency key returns the same answer; {@link #reasons()} gives each
 * rule's reason code.
 */
public class RiskDeclinedException extends WalletException {
  private static final long serialVersionUID = 1L;

  /** Why: every rule that fired, or the reviewer's rejection. */
  private final List<RiskReason> reasons;

  /**
   * Creates the exception.
   *
   * @param message human-readable description; must not contain secrets
   * @param httpStatus the HTTP status of the response
   * @param code the stable error code, {@code risk_declined}
   * @param requestId the {@code Request-Id} of the response, if any
   * @param reasons why, in rule order
   */
  public RiskDeclinedException(
      String message,
      int httpStatus,
      String code,
      @Nullable String requestId,
      List<RiskReason> reasons) {
    super(message, httpStatus, code, requestId, false, null);
    this.reasons = List.copyOf(reasons);
  }

  /**
   * Returns why the movement was declined.
   *
   * @return the reasons, in rule order; {@code review_rejected} for a reviewer's rejection
   */
  public List<RiskReason> reasons() {
    return reasons;
  }
}
