/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a voucher held in a wallet: {@code "vch_"} followed by 1 to 64 letters or digits. */
public final class VoucherId extends ResourceId {
  /** The prefix of every VoucherId. */
  public static final String PREFIX = "vch_";

  private VoucherId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "vch_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code voucherId}, code {@code invalid_id}) if the value
   *     is not a VoucherId
   */
  public static VoucherId of(String value) {
    return new VoucherId(checked(value, PREFIX, "voucherId"));
  }
}
