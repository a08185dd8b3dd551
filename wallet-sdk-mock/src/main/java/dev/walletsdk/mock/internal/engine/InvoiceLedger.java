/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.JournalEntry;
import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import java.util.List;

/**
 * Derives an invoice's state from the ledger: the amount paid is the sum of its payments' journal
 * entries, never a counter kept beside them, and the status follows from it. Use under the lock.
 */
final class InvoiceLedger {
  private InvoiceLedger() {}

  /**
   * Returns what an invoice has been paid: the sum of the legs of its payments' ledger entries that
   * credit the issuer, each entry checked to be that payment's.
   *
   * @param engine the platform state
   * @param invoice the invoice
   * @return what the ledger shows paid
   */
  static Amount amountPaid(Engine engine, InvoiceRecord invoice) {
    List<JournalEntry> journal = engine.ledger().journal();
    long sum = 0;
    for (InvoicePaymentRecord payment : invoice.payments()) {
      JournalEntry entry = journal.get(Math.toIntExact(payment.entrySequence() - 1));
      Memo memo = entry.memo();
      if (!memo.type().equals(InvoiceService.PAYMENT_TYPE)
          || !memo.resourceId().equals(payment.id())) {
        throw new IllegalStateException(
            "ledger entry " + entry.sequence() + " is not invoice payment " + payment.id());
      }
      for (Leg leg : entry.legs()) {
        sum = Math.addExact(sum, leg.amount());
      }
    }
    return Amount.of(invoice.currency(), sum);
  }

  /**
   * Returns what an invoice stands at now.
   *
   * @param engine the platform state
   * @param invoice the invoice
   * @return its paid amount, amount due, status and QR code
   */
  static InvoiceState state(Engine engine, InvoiceRecord invoice) {
    Amount paid = amountPaid(engine, invoice);
    long due = invoice.total().minor() - invoice.credited().minor() - paid.minor();
    String status;
    if (invoice.voidedAt() != null) {
      status = "void";
    } else if (due == 0) {
      status = paid.minor() > 0 ? "paid" : "credited";
    } else if (invoice.overdueAt() != null) {
      status = "overdue";
    } else if (paid.minor() > 0) {
      status = "partially_paid";
    } else {
      status = "open";
    }
    Amount dueAmount = Amount.of(invoice.currency(), due);
    InvoiceState state = new InvoiceState(paid, dueAmount, status, null);
    if (!state.payable()) {
      return state;
    }
    String payee = engine.wallet(invoice.walletId()).map(WalletRecord::displayName).orElse("-");
    return new InvoiceState(
        paid, dueAmount, status, InvoiceCodes.qr(invoice, dueAmount, payee).payload());
  }
}
