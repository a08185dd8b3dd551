/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a {@link MembershipTierChange}, prefix {@value #PREFIX}. Immutable. */
public final class MembershipTierChangeId extends ResourceId {
  /** The prefix of every MembershipTierChangeId. */
  public static final String PREFIX = "mtc_";

  private MembershipTierChangeId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "mtc_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code tierChangeId}, code {@code invalid_id}) if the
   *     value is not a MembershipTierChangeId
   */
  public static MembershipTierChangeId of(String value) {
    return new MembershipTierChangeId(checked(value, PREFIX, "tierChangeId"));
  }
}
