/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/**
 * The id of a credit note on an e-invoice, for example {@code icn_4Kd8}. Immutable and thread-safe.
 */
public final class CreditNoteId extends ResourceId {
  /** The prefix of every CreditNoteId. */
  public static final String PREFIX = "icn_";

  private CreditNoteId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "icn_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code creditNoteId}, code {@code invalid_id}) if the
   *     value is not a CreditNoteId
   */
  public static CreditNoteId of(String value) {
    return new CreditNoteId(checked(value, PREFIX, "creditNoteId"));
  }
}
