/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a savings pot: {@code "pot_"} followed by 1 to 64 letters or digits. */
public final class PotId extends ResourceId {
  /** The prefix of every PotId. */
  public static final String PREFIX = "pot_";

  private PotId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "pot_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code potId}, code {@code invalid_id}) if the value is
   *     not a PotId
   */
  public static PotId of(String value) {
    return new PotId(checked(value, PREFIX, "potId"));
  }
}
