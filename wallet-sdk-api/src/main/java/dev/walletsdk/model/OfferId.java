/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a merchant-funded offer: {@code "ofr_"} followed by 1 to 64 letters or digits. */
public final class OfferId extends ResourceId {
  /** The prefix of every OfferId. */
  public static final String PREFIX = "ofr_";

  private OfferId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "ofr_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code offerId}, code {@code invalid_id}) if the value
   *     is not a OfferId
   */
  public static OfferId of(String value) {
    return new OfferId(checked(value, PREFIX, "offerId"));
  }
}
