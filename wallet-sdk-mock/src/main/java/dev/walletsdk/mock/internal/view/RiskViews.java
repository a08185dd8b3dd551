/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.RiskFlag;
import dev.walletsdk.mock.internal.engine.RiskReason;
import dev.walletsdk.mock.internal.engine.RiskReviewRecord;
import dev.walletsdk.mock.internal.engine.RiskRule;
import java.util.List;

/** Renders transaction monitoring's resources: flags, reviews and rules. */
public final class RiskViews {
  private RiskViews() {}

  /**
   * Renders a flag, with its review for a hold.
   *
   * @param flag the flag
   * @return {@code risk_flag}
   */
  public static ObjectNode flag(RiskFlag flag) {
    ObjectNode json = MockJson.object();
    json.put("object", "risk_flag");
    json.put("id", flag.id());
    json.put("walletId", flag.walletId());
    json.put("operation", flag.operation());
    json.set("amount", Views.money(flag.amount()));
    json.put("outcome", flag.outcome().wire());
    json.set("reasons", reasons(flag.reasons()));
    if (flag.review() != null) {
      json.set("review", review(flag.review()));
    }
    json.put("createdAt", flag.createdAt().toString());
    return json;
  }

  /**
   * Renders a review.
   *
   * @param review the review
   * @return {@code risk_review}
   */
  public static ObjectNode review(RiskReviewRecord review) {
    ObjectNode json = MockJson.object();
    json.put("object", "risk_review");
    json.put("id", review.id());
    json.put("status", review.status());
    json.put("walletId", review.walletId());
    json.put("operation", review.operation());
    json.set("amount", Views.money(review.amount()));
    json.set("reasons", reasons(review.reasons()));
    json.put("createdAt", review.createdAt().toString());
    if (review.decidedAt() != null) {
      json.put("decidedAt", review.decidedAt().toString());
    }
    if (review.resultId() != null) {
      json.put("resultId", review.resultId());
    }
    if (review.failureCode() != null) {
      json.put("failureCode", review.failureCode());
    }
    return json;
  }

  /**
   * Renders a rule, for the control plane.
   *
   * @param rule the rule
   * @return the rule's JSON
   */
  public static ObjectNode rule(RiskRule rule) {
    ObjectNode json = MockJson.object();
    json.put("object", "risk_rule");
    json.put("id", rule.id());
    json.put("partnerId", rule.partnerId());
    json.put("type", rule.type());
    json.put("outcome", rule.outcome().wire());
    json.put("reasonCode", rule.reasonCode());
    if (rule.currency() != null) {
      json.put("currency", rule.currency().code());
    }
    if (rule.window() != null) {
      json.put("windowSeconds", rule.window().toSeconds());
    }
    if (rule.maxCount() != null) {
      json.put("maxCount", rule.maxCount());
    }
    if (rule.maxAmount() != null) {
      json.put(
          "maxAmount",
          dev.walletsdk.model.Money.ofMinor(rule.maxAmount(), rule.currency()).toAmountString());
    }
    if (rule.threshold() != null) {
      json.put("threshold", rule.threshold().toPlainString());
      json.put("history", rule.history());
      json.put("minHistory", rule.minHistory());
    }
    if (rule.minAmount() != null) {
      json.put(
          "minAmount",
          dev.walletsdk.model.Money.ofMinor(rule.minAmount(), rule.currency()).toAmountString());
    }
    return json;
  }

  private static ArrayNode reasons(List<RiskReason> reasons) {
    ArrayNode array = MockJson.array();
    for (RiskReason reason : reasons) {
      array
          .addObject()
          .put("ruleId", reason.ruleId())
          .put("type", reason.type())
          .put("code", reason.code())
          .put("outcome", reason.outcome().wire())
          .put("detail", reason.detail());
    }
    return array;
  }
}
