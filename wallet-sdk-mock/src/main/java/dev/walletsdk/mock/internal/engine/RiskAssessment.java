/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules said about one debit: the strictest outcome of those that fired and why each
 * fired; {@link RiskOutcome#ALLOW} with no reasons when none did.
 *
 * @param outcome the strictest outcome
 * @param reasons the reasons, in rule order
 */
public record RiskAssessment(RiskOutcome outcome, List<RiskReason> reasons) {
  /** Copies the reasons. */
  public RiskAssessment {
    reasons = List.copyOf(reasons);
  }

  /** Nothing fired. */
  public static final RiskAssessment CLEAR = new RiskAssessment(RiskOutcome.ALLOW, List.of());

  /**
   * Tells whether any rule fired.
   *
   * @return {@code true} if one did
   */
  public boolean fired() {
    return !reasons.isEmpty();
  }

  /**
   * Combines two assessments: the stricter outcome and the reasons of both.
   *
   * @param other another assessment
   * @return the combination
   */
  public RiskAssessment and(RiskAssessment other) {
    List<RiskReason> all = new ArrayList<>(reasons);
    all.addAll(other.reasons);
    return new RiskAssessment(outcome.stricter(other.outcome), all);
  }
}
