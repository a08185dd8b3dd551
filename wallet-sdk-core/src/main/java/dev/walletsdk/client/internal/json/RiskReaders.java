/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import dev.walletsdk.model.RiskFlag;
import dev.walletsdk.model.RiskOutcome;
import dev.walletsdk.model.RiskReason;
import dev.walletsdk.model.RiskReview;
import dev.walletsdk.model.RiskReviewId;
import dev.walletsdk.model.RiskReviewStatus;
import dev.walletsdk.model.WalletId;

/** Reads transaction monitoring's resources: reviews, flags and their reasons. */
public final class RiskReaders {
  private RiskReaders() {}

  /**
   * Reads a risk review.
   *
   * @param json the review object
   * @return the review
   */
  public static RiskReview review(JsonRead json) {
    ModelReaders.expectObject(json, "risk_review");
    return RiskReview.builder()
        .id(json.value("id", RiskReviewId::of))
        .status(json.enumValue("status", RiskReviewStatus.class, RiskReviewStatus.UNKNOWN))
        .walletId(json.value("walletId", WalletId::of))
        .operation(json.string("operation"))
        .amount(json.money("amount"))
        .reasons(json.list("reasons", RiskReaders::reason))
        .createdAt(json.instant("createdAt"))
        .decidedAt(json.has("decidedAt") ? json.instant("decidedAt") : null)
        .resultId(json.optString("resultId"))
        .failureCode(json.optString("failureCode"))
        .build();
  }

  /**
   * Reads a risk flag, the data of {@code risk.flagged}.
   *
   * @param json the flag object
   * @return the flag
   */
  public static RiskFlag flag(JsonRead json) {
    ModelReaders.expectObject(json, "risk_flag");
    JsonRead review = json.optObject("review");
    return RiskFlag.builder()
        .id(json.string("id"))
        .walletId(json.value("walletId", WalletId::of))
        .operation(json.string("operation"))
        .amount(json.money("amount"))
        .outcome(json.enumValue("outcome", RiskOutcome.class, RiskOutcome.UNKNOWN))
        .reasons(json.list("reasons", RiskReaders::reason))
        .review(review == null ? null : review(review))
        .createdAt(json.instant("createdAt"))
        .build();
  }

  /**
   * Reads one reason.
   *
   * @param json the reason object
   * @return the reason
   */
  public static RiskReason reason(JsonRead json) {
    return RiskReason.of(
        json.optString("ruleId"),
        json.string("type"),
        json.string("code"),
        json.enumValue("outcome", RiskOutcome.class, RiskOutcome.UNKNOWN),
        json.string("detail"));
  }
}
