/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a merchant: {@code "mer_"} followed by 1 to 64 letters or digits. */
public final class MerchantId extends ResourceId {
  /** The prefix of every MerchantId. */
  public static final String PREFIX = "mer_";

  private MerchantId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "mer_8f3KQ2"}
   * @return the id
   * @throws InvalidRequestException (field {@code merchantId}, code {@code invalid_id}) if the
   *     value is not a MerchantId
   */
  public static MerchantId of(String value) {
    return new MerchantId(checked(value, PREFIX, "merchantId"));
  }
}
