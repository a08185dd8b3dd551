/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a quote: {@code "quo_"} followed by 1 to 64 letters or digits. */
public final class QuoteId extends ResourceId {
  /** The prefix of every QuoteId. */
  public static final String PREFIX = "quo_";

  private QuoteId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "quo_8f3KQ2"}
   * @return the id
   * @throws InvalidRequestException (field {@code quoteId}, code {@code invalid_id}) if the value
   *     is not a QuoteId
   */
  public static QuoteId of(String value) {
    return new QuoteId(checked(value, PREFIX, "quoteId"));
  }
}
