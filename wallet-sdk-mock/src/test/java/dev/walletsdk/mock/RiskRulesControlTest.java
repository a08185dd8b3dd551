/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.junit.MockWalletExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Transaction-monitoring rules and reviews through the control plane, bad input included. */
@ExtendWith(MockWalletExtension.class)
class RiskRulesControlTest {
  private static void refused(MockWalletServer mock, Runnable change, String message) {
    int before = mock.runtime().snapshot();
    assertThatThrownBy(change::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(mock.control().riskRules(mock.control().defaultPartner())).isEmpty();
    assertThat(mock.runtime().snapshot()).isEqualTo(before);
  }

  private static String add(
      MockWalletServer mock, String type, String outcome, Map<String, String> parameters) {
    return mock.control().addRiskRule(mock.control().defaultPartner(), type, outcome, parameters);
  }

  @Test
  void rulesAreListedPerPartnerAndDeleted(MockWalletServer mock) {
    String velocity = add(mock, "velocity", "hold", Map.of("windowSeconds", "60", "maxCount", "5"));
    String payee = add(mock, "new_payee", "allow", Map.of("currency", "EUR", "minAmount", "9.99"));
    MockPartner other = mock.control().newPartner("Other");

    assertThat(mock.control().riskRules(mock.control().defaultPartner()))
        .containsExactly(velocity, payee);
    assertThat(mock.control().riskRules(other)).isEmpty();
    mock.control().deleteRiskRule(velocity);
    assertThat(mock.control().riskRules(mock.control().defaultPartner())).containsExactly(payee);
  }

  @Test
  void unknownRuleTypeIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () -> add(mock, "geo_fence", "hold", Map.of()),
        "risk.rule.create: unknown rule type geo_fence; use velocity, amount_anomaly or new_payee");
  }

  @Test
  void unknownOutcomeIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () -> add(mock, "velocity", "freeze", Map.of("windowSeconds", "60", "maxCount", "1")),
        "risk.rule.create: unknown outcome freeze; use allow, step_up, hold or decline");
  }

  @Test
  void negativeWindowIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () -> add(mock, "velocity", "decline", Map.of("windowSeconds", "-5", "maxCount", "1")),
        "risk.rule.create needs windowSeconds as a whole number from 1 to 2678400");
  }

  @Test
  void velocityWithoutAWindowIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () -> add(mock, "velocity", "decline", Map.of("maxCount", "1")),
        "a velocity rule needs windowSeconds");
  }

  @Test
  void velocityWithoutALimitIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () -> add(mock, "velocity", "decline", Map.of("windowSeconds", "60")),
        "a velocity rule needs maxCount, maxAmount or both");
  }

  @Test
  void velocityAmountWithoutACurrencyIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () -> add(mock, "velocity", "decline", Map.of("windowSeconds", "60", "maxAmount", "5")),
        "risk.rule.create needs currency with maxAmount");
  }

  @Test
  void anomalyWithoutAThresholdIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () ->
            add(
                mock,
                "amount_anomaly",
                "hold",
                Map.of("currency", "EUR", "history", "10", "minHistory", "5")),
        "risk.rule.create needs threshold as a non-empty string");
  }

  @Test
  void anomalyWithANegativeThresholdIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () ->
            add(
                mock,
                "amount_anomaly",
                "hold",
                Map.of("currency", "EUR", "threshold", "-1", "history", "10", "minHistory", "5")),
        "risk.rule.create needs threshold as a positive decimal string with at most 6 integer"
            + " digits and 4 decimals, not -1");
  }

  @Test
  void anomalyMinimumHistoryAboveItsHistoryIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () ->
            add(
                mock,
                "amount_anomaly",
                "hold",
                Map.of("currency", "EUR", "threshold", "3.5", "history", "10", "minHistory", "11")),
        "risk.rule.create needs minHistory as a whole number from 3 to 10");
  }

  @Test
  void newPayeeWithoutAnAmountIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () -> add(mock, "new_payee", "hold", Map.of("currency", "EUR")),
        "risk.rule.create needs minAmount as {\"amount\", \"currency\"}");
  }

  @Test
  void badReasonCodeIsRefused(MockWalletServer mock) {
    refused(
        mock,
        () ->
            add(
                mock,
                "new_payee",
                "hold",
                Map.of("currency", "EUR", "minAmount", "1.00", "reasonCode", "Bad Code")),
        "risk.rule.create needs reasonCode as a lower-case letter then up to 39 lower-case"
            + " letters, digits or underscores");
  }

  @Test
  void unknownRuleCannotBeDeleted(MockWalletServer mock) {
    refused(
        mock,
        () -> mock.control().deleteRiskRule("rul_missing"),
        "risk rule rul_missing does not exist");
  }

  @Test
  void unknownReviewCannotBeReleasedOrRejected(MockWalletServer mock) {
    refused(
        mock,
        () -> mock.control().releaseRiskReview("rrv_missing"),
        "risk review rrv_missing does not exist");
    refused(
        mock,
        () -> mock.control().rejectRiskReview("rrv_missing"),
        "risk review rrv_missing does not exist");
  }
}
