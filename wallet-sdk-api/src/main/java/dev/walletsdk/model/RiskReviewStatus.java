/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The state of a {@link RiskReview}. */
public enum RiskReviewStatus {
  /** The movement is held and its funds reserved until a reviewer decides. */
  PENDING_REVIEW,
  /** A reviewer released the movement and it was executed (see the review's result or failure). */
  RELEASED,
  /** A reviewer rejected the movement; its reservation was released and it never ran. */
  REJECTED,
  /** A value this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
