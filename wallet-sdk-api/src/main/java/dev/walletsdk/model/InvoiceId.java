/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of an e-invoice, for example {@code inv_4Kd8}. Immutable and thread-safe. */
public final class InvoiceId extends ResourceId {
  /** The prefix of every InvoiceId. */
  public static final String PREFIX = "inv_";

  private InvoiceId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "inv_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code invoiceId}, code {@code invalid_id}) if the value
   *     is not a InvoiceId
   */
  public static InvoiceId of(String value) {
    return new InvoiceId(checked(value, PREFIX, "invoiceId"));
  }
}
