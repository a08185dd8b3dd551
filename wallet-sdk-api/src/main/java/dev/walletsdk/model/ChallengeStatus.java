/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The state of a {@link Challenge}. */
public enum ChallengeStatus {
  /** The challenge waits for a one-time password. */
  PENDING,
  /** The challenge was answered and the operation it guarded was executed. */
  CONFIRMED,
  /** The challenge expired unanswered; the operation was not executed. */
  EXPIRED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
