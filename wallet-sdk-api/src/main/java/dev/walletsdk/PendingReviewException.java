/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import dev.walletsdk.model.RiskReview;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Transaction monitoring held the movement for review (HTTP 409, {@code pending_review}): it has
 * not run, and its amount is reserved on the wallet until a reviewer decides. Follow the {@link
 * #review()} by its id or by the {@code risk_review.released} and {@code risk_review.rejected}
 * events; once released, sending the original request again with its idempotency key returns the
 * resource it created, and once rejected, it answers {@code risk_declined}. Until then, sending it
 * again returns this same answer and reserves nothing more.
 */
public class PendingReviewException extends WalletException {
  private static final long serialVersionUID = 1L;

  /** The review holding the movement. */
  private final RiskReview review;

  /**
   * Creates the exception.
   *
   * @param message human-readable description; must not contain secrets
   * @param httpStatus the HTTP status of the response
   * @param code the stable error code, {@code pending_review}
   * @param requestId the {@code Request-Id} of the response, if any
   * @param review the review holding the movement
   */
  public PendingReviewException(
      String message, int httpStatus, String code, @Nullable String requestId, RiskReview review) {
    super(message, httpStatus, code, requestId, false, null);
    this.review = Objects.requireNonNull(review, "review");
  }

  /**
   * Returns the review holding the movement, as it was when the server answered.
   *
   * @return the review
   */
  public RiskReview review() {
    return review;
  }
}
