/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.reliability;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockControl;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.RiskFlag;
import dev.walletsdk.model.RiskOutcome;
import java.util.Map;

/**
 * The transaction-monitoring rules of the {@code risk} configuration of a reliability run, and its
 * reviewer. A velocity rule asks step-up of a wallet's movements beyond 30 in a minute of platform
 * time (the authenticator answers; its clock steps let the window slide), and a new-payee rule
 * holds a wallet's first movement of 40.00 EUR or more to each payee for review, funds reserved,
 * which the reviewer releases through the control plane before the call is sent again with its key.
 */
final class RiskRules {
  private RiskRules() {}

  static void apply(MockControl control, Workload workload) {
    control.addRiskRule(
        control.defaultPartner(),
        "velocity",
        "step_up",
        Map.of("windowSeconds", "60", "maxCount", "30", "reasonCode", "burst"));
    control.addRiskRule(
        control.defaultPartner(),
        "new_payee",
        "hold",
        Map.of("currency", "EUR", "minAmount", "40.00"));
    workload.reviewedBy(review -> control.releaseRiskReview(review.value()));
  }

  /** How many movements the velocity rule stepped up, from the event feed. */
  static long stepUps(WalletClient client) {
    long count = 0;
    for (Event event : client.events().list(EventQuery.builder().build())) {
      if (event.data() instanceof RiskFlag flag && flag.outcome() == RiskOutcome.STEP_UP) {
        count++;
      }
    }
    return count;
  }
}
