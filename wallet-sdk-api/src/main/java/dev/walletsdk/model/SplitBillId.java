/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a split bill: {@code "spl_"} followed by 1 to 64 letters or digits. */
public final class SplitBillId extends ResourceId {
  /** The prefix of every SplitBillId. */
  public static final String PREFIX = "spl_";

  private SplitBillId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "spl_7Hq2"}
   * @return the id
   * @throws InvalidRequestException (field {@code splitBillId}, code {@code invalid_id}) if the
   *     value is not a SplitBillId
   */
  public static SplitBillId of(String value) {
    return new SplitBillId(checked(value, PREFIX, "splitBillId"));
  }
}
