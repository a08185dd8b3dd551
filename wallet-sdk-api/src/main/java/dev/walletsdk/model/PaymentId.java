/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a payment: {@code "pay_"} followed by 1 to 64 letters or digits. */
public final class PaymentId extends ResourceId {
  /** The prefix of every PaymentId. */
  public static final String PREFIX = "pay_";

  private PaymentId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "pay_8f3KQ2"}
   * @return the id
   * @throws InvalidRequestException (field {@code paymentId}, code {@code invalid_id}) if the value
   *     is not a PaymentId
   */
  public static PaymentId of(String value) {
    return new PaymentId(checked(value, PREFIX, "paymentId"));
  }
}
