/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.RiskReview;
import dev.walletsdk.model.RiskReviewId;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous form of {@link RiskReviews}: the same call, completing the future with the
 * result or with the exception the synchronous form throws.
 *
 * <p>Thread-safe.
 */
public interface AsyncRiskReviews {
  /**
   * Reads a review as it is now.
   *
   * @param id the review id
   * @return a future of the review; fails with {@code NotFoundException} if no review of this
   *     partner has the id
   */
  CompletableFuture<RiskReview> get(RiskReviewId id);
}
