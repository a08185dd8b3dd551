/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a step-up challenge: {@code "chl_"} followed by 1 to 64 letters or digits. */
public final class ChallengeId extends ResourceId {
  /** The prefix of every ChallengeId. */
  public static final String PREFIX = "chl_";

  private ChallengeId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "chl_8f3KQ2"}
   * @return the id
   * @throws InvalidRequestException (field {@code challengeId}, code {@code invalid_id}) if the
   *     value is not a ChallengeId
   */
  public static ChallengeId of(String value) {
    return new ChallengeId(checked(value, PREFIX, "challengeId"));
  }
}
