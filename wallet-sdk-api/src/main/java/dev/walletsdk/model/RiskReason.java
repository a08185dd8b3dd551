/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why transaction monitoring flagged a movement: one rule that fired. Immutable and thread-safe.
 */
public final class RiskReason {
  private final @Nullable String ruleId;
  private final String type;
  private final String code;
  private final RiskOutcome outcome;
  private final String detail;

  private RiskReason(
      @Nullable String ruleId, String type, String code, RiskOutcome outcome, String detail) {
    this.ruleId = ruleId;
    this.type = required(type, "RiskReason.type");
    this.code = required(code, "RiskReason.code");
    this.outcome = required(outcome, "RiskReason.outcome");
    this.detail = required(detail, "RiskReason.detail");
  }

  /**
   * Creates a reason.
   *
   * @param ruleId the rule that fired, or {@code null} for a reviewer's rejection
   * @param type the rule type, such as {@code velocity}, {@code amount_anomaly}, {@code new_payee},
   *     or {@code review}
   * @param code the reason code the partner gave the rule (its type by default), or {@code
   *     review_rejected}
   * @param outcome what the rule asked for
   * @param detail what the rule measured, in words
   * @return the reason
   */
  public static RiskReason of(
      @Nullable String ruleId, String type, String code, RiskOutcome outcome, String detail) {
    return new RiskReason(ruleId, type, code, outcome, detail);
  }

  /**
   * Returns the rule that fired.
   *
   * @return the rule id, empty for a reviewer's rejection
   */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /**
   * Returns the rule's type.
   *
   * @return for example {@code velocity}
   */
  public String type() {
    return type;
  }

  /**
   * Returns the reason code.
   *
   * @return for example {@code velocity} or {@code review_rejected}
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the rule asked for.
   *
   * @return the outcome
   */
  public RiskOutcome outcome() {
    return outcome;
  }

  /**
   * Returns what the rule measured.
   *
   * @return the detail, in words
   */
  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RiskReason other
        && Objects.equals(ruleId, other.ruleId)
        && type.equals(other.type)
        && code.equals(other.code)
        && outcome == other.outcome
        && detail.equals(other.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, type, code, outcome, detail);
  }

  @Override
  public String toString() {
    return "RiskReason{" + code + ", " + outcome + ", rule " + ruleId + ": " + detail + "}";
  }
}
