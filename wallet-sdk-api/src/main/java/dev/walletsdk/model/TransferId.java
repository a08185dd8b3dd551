/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a transfer: {@code "trf_"} followed by 1 to 64 letters or digits. */
public final class TransferId extends ResourceId {
  /** The prefix of every TransferId. */
  public static final String PREFIX = "trf_";

  private TransferId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "trf_8f3KQ2"}
   * @return the id
   * @throws InvalidRequestException (field {@code transferId}, code {@code invalid_id}) if the
   *     value is not a TransferId
   */
  public static TransferId of(String value) {
    return new TransferId(checked(value, PREFIX, "transferId"));
  }
}
