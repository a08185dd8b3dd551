/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a batch payout: {@code "pbt_"} followed by 1 to 64 letters or digits. */
public final class PayoutBatchId extends ResourceId {
  /** The prefix of every PayoutBatchId. */
  public static final String PREFIX = "pbt_";

  private PayoutBatchId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "pbt_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code payoutBatchId}, code {@code invalid_id}) if the
   *     value is not a PayoutBatchId
   */
  public static PayoutBatchId of(String value) {
    return new PayoutBatchId(checked(value, PREFIX, "payoutBatchId"));
  }
}
