/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a risk review: {@code "rrv_"} followed by 1 to 64 letters or digits. */
public final class RiskReviewId extends ResourceId {
  /** The prefix of every RiskReviewId. */
  public static final String PREFIX = "rrv_";

  private RiskReviewId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "rrv_8f3KQ2"}
   * @return the id
   * @throws InvalidRequestException (field {@code reviewId}, code {@code invalid_id}) if the value
   *     is not a RiskReviewId
   */
  public static RiskReviewId of(String value) {
    return new RiskReviewId(checked(value, PREFIX, "reviewId"));
  }
}
