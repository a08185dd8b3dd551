/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a bill payment: {@code "bpy_"} followed by 1 to 64 letters or digits. */
public final class BillPaymentId extends ResourceId {
  /** The prefix of every BillPaymentId. */
  public static final String PREFIX = "bpy_";

  private BillPaymentId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "bpy_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code billPaymentId}, code {@code invalid_id}) if the
   *     value is not a BillPaymentId
   */
  public static BillPaymentId of(String value) {
    return new BillPaymentId(checked(value, PREFIX, "billPaymentId"));
  }
}
