/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/**
 * The id of a redemption of rewards points: {@code "rdm_"} followed by 1 to 64 letters or digits.
 */
public final class RedemptionId extends ResourceId {
  /** The prefix of every RedemptionId. */
  public static final String PREFIX = "rdm_";

  private RedemptionId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "rdm_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code redemptionId}, code {@code invalid_id}) if the
   *     value is not a RedemptionId
   */
  public static RedemptionId of(String value) {
    return new RedemptionId(checked(value, PREFIX, "redemptionId"));
  }
}
