/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.util.Locale;

/** What a monitoring rule asks for when it fires, from the mildest to the strictest. */
public enum RiskOutcome {
  /** Let the movement run; the firing is only reported. */
  ALLOW,
  /** Ask the holder for step-up authentication first. */
  STEP_UP,
  /** Reserve the funds and hold the movement until a reviewer releases or rejects it. */
  HOLD,
  /** Refuse the movement with {@code 422 risk_declined}. */
  DECLINE;

  /**
   * Returns the wire name, for example {@code step_up}.
   *
   * @return the name
   */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the stricter of two outcomes.
   *
   * @param other another outcome
   * @return the stricter
   */
  public RiskOutcome stricter(RiskOutcome other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
