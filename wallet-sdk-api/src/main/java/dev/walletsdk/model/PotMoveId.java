/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/**
 * The id of a move between a wallet and one of its pots: {@code "pmv_"} followed by 1 to 64 letters
 * or digits.
 */
public final class PotMoveId extends ResourceId {
  /** The prefix of every PotMoveId. */
  public static final String PREFIX = "pmv_";

  private PotMoveId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "pmv_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code potMoveId}, code {@code invalid_id}) if the value
   *     is not a PotMoveId
   */
  public static PotMoveId of(String value) {
    return new PotMoveId(checked(value, PREFIX, "potMoveId"));
  }
}
