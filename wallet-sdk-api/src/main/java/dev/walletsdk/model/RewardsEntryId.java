/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/**
 * The id of an entry in a wallet's rewards history: {@code "rwe_"} followed by 1 to 64 letters or
 * digits.
 */
public final class RewardsEntryId extends ResourceId {
  /** The prefix of every RewardsEntryId. */
  public static final String PREFIX = "rwe_";

  private RewardsEntryId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "rwe_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code rewardsEntryId}, code {@code invalid_id}) if the
   *     value is not a RewardsEntryId
   */
  public static RewardsEntryId of(String value) {
    return new RewardsEntryId(checked(value, PREFIX, "rewardsEntryId"));
  }
}
