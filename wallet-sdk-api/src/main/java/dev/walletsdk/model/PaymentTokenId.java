/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a consumer-presented payment token: {@code "pqt_"} and 1 to 64 letters or digits. */
public final class PaymentTokenId extends ResourceId {
  /** The prefix of every PaymentTokenId. */
  public static final String PREFIX = "pqt_";

  private PaymentTokenId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "pqt_4Fz9"}
   * @return the id
   * @throws InvalidRequestException (field {@code paymentTokenId}, code {@code invalid_id}) if the
   *     value is not a PaymentTokenId
   */
  public static PaymentTokenId of(String value) {
    return new PaymentTokenId(checked(value, PREFIX, "paymentTokenId"));
  }
}
