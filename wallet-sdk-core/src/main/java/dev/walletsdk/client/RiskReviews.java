/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.NotFoundException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.RiskReview;
import dev.walletsdk.model.RiskReviewId;

/**
 * Movements that transaction monitoring held for review. A payment, transfer or bill payment that a
 * partner's rule holds fails with {@code PendingReviewException} carrying its review; its funds
 * stay reserved until a reviewer releases it (it runs once) or rejects it. Follow it here by id, or
 * by the {@code risk_review.released} and {@code risk_review.rejected} events; then send the
 * original request again with its idempotency key for the final answer.
 *
 * <p>Thread-safe. Each method is one HTTP call.
 */
public interface RiskReviews {
  /**
   * Reads a review as it is now.
   *
   * @param id the review id, from {@code PendingReviewException#review()}
   * @return the review: pending, released (with the created resource's id or the failure code) or
   *     rejected
   * @throws NotFoundException if no review of this partner has the id
   * @throws WalletException for other failures
   */
  RiskReview get(RiskReviewId id);
}
