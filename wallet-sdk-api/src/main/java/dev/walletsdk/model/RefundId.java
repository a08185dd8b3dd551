/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a refund: {@code "rfd_"} followed by 1 to 64 letters or digits. */
public final class RefundId extends ResourceId {
  /** The prefix of every RefundId. */
  public static final String PREFIX = "rfd_";

  private RefundId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "rfd_8f3KQ2"}
   * @return the id
   * @throws InvalidRequestException (field {@code refundId}, code {@code invalid_id}) if the value
   *     is not a RefundId
   */
  public static RefundId of(String value) {
    return new RefundId(checked(value, PREFIX, "refundId"));
  }
}
