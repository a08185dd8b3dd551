/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;

/** The id of a payment of an e-invoice, for example {@code ipy_4Kd8}. Immutable and thread-safe. */
public final class InvoicePaymentId extends ResourceId {
  /** The prefix of every InvoicePaymentId. */
  public static final String PREFIX = "ipy_";

  private InvoicePaymentId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param value the id, for example {@code "ipy_4Kd8"}
   * @return the id
   * @throws InvalidRequestException (field {@code invoicePaymentId}, code {@code invalid_id}) if
   *     the value is not a InvoicePaymentId
   */
  public static InvoicePaymentId of(String value) {
    return new InvoicePaymentId(checked(value, PREFIX, "invoicePaymentId"));
  }
}
