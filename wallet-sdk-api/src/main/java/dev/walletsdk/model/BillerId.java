/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a biller: {@code "blr_"} followed by 1 to 64 letters or digits. */
public final class BillerId extends ResourceId {
  /** The prefix of every BillerId. */
  public static final String PREFIX = "blr_";

  private BillerId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "blr_citypower"}
   * @return the id
   * @throws InvalidRequestException (field {@code billerId}, code {@code invalid_id}) if the value
   *     is not a BillerId
   */
  public static BillerId of(String value) {
    return new BillerId(checked(value, PREFIX, "billerId"));
  }
}
