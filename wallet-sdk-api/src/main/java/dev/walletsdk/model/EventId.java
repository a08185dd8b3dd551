/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of an event: {@code "evt_"} followed by 1 to 64 letters or digits. */
public final class EventId extends ResourceId {
  /** The prefix of every EventId. */
  public static final String PREFIX = "evt_";

  private EventId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "evt_8f3KQ2"}
   * @return the id
   * @throws InvalidRequestException (field {@code eventId}, code {@code invalid_id}) if the value
   *     is not a EventId
   */
  public static EventId of(String value) {
    return new EventId(checked(value, PREFIX, "eventId"));
  }
}
