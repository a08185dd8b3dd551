/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import org.jspecify.annotations.Nullable;

/**
 * What an invoice stands at, derived from the ledger when it is read.
 *
 * @param paid the sum of the ledger entries of the invoice's payments
 * @param due total less credited less paid
 * @param status {@code open}, {@code partially_paid}, {@code overdue}, {@code paid}, {@code
 *     credited} or {@code void}
 * @param qrPayload the EMVCo code for what is due, or {@code null} when nothing is payable
 */
public record InvoiceState(Amount paid, Amount due, String status, @Nullable String qrPayload) {

  /**
   * Returns whether the invoice takes payments in this state.
   *
   * @return whether it is open, partially paid or overdue
   */
  public boolean payable() {
    return status.equals("open") || status.equals("partially_paid") || status.equals("overdue");
  }
}
