/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/**
 * What transaction monitoring decided about a movement, from the mildest to the strictest. When
 * several rules fire, the strictest outcome wins and every rule's reason is reported.
 */
public enum RiskOutcome {
  /** The movement ran; the rules that fired are only reported. */
  ALLOW,
  /** The movement waits for step-up authentication (a challenge). */
  STEP_UP,
  /** The movement's funds are reserved and it waits for a reviewer to release or reject it. */
  HOLD,
  /** The movement was refused with {@code risk_declined}. */
  DECLINE,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
