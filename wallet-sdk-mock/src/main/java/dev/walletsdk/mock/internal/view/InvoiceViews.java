/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.InvoicePaymentRecord;
import dev.walletsdk.mock.internal.engine.InvoiceRecord;
import dev.walletsdk.mock.internal.engine.InvoiceState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Renders invoices and invoice payments. */
public final class InvoiceViews {
  private InvoiceViews() {}

  /**
   * Renders an invoice.
   *
   * @param invoice the invoice
   * @param state what it stands at, derived from the ledger
   * @return the {@code invoice} object
   */
  public static ObjectNode invoice(InvoiceRecord invoice, InvoiceState state) {
    ObjectNode json = MockJson.object();
    json.put("object", "invoice");
    json.put("id", invoice.id());
    json.put("walletId", invoice.walletId());
    json.put("creditorReference", invoice.reference());
    json.put("status", state.status());
    json.put("currency", invoice.currency().code());
    ArrayNode lines = json.putArray("lines");
    for (InvoiceRecord.Line line : invoice.lines()) {
      ObjectNode l = lines.addObject();
      l.put("description", line.description());
      l.put("quantity", line.quantity());
      l.set("unitPrice", Views.money(line.unitPrice()));
      l.put("taxRateBasisPoints", line.taxRateBasisPoints());
      l.set("netAmount", Views.money(line.net()));
      l.set("taxAmount", Views.money(line.tax()));
    }
    json.set("netTotal", Views.money(invoice.netTotal()));
    json.set("taxTotal", Views.money(invoice.taxTotal()));
    json.set("total", Views.money(invoice.total()));
    json.set("amountCredited", Views.money(invoice.credited()));
    json.set("amountPaid", Views.money(state.paid()));
    json.set("amountDue", Views.money(state.due()));
    json.put("allowPartialPayments", invoice.allowPartialPayments());
    json.put("dueDate", invoice.dueDate().toString());
    if (state.qrPayload() != null) {
      json.put("qrPayload", state.qrPayload());
    }
    ArrayNode notes = json.putArray("creditNotes");
    for (InvoiceRecord.CreditNote note : invoice.creditNotes()) {
      ObjectNode n = notes.addObject();
      n.put("id", note.id());
      n.set("amount", Views.money(note.amount()));
      if (note.reason() != null) {
        n.put("reason", note.reason());
      }
      n.put("createdAt", note.createdAt().toString());
    }
    json.put("issuedAt", invoice.issuedAt().toString());
    putIfPresent(json, "overdueAt", invoice.overdueAt());
    putIfPresent(json, "voidedAt", invoice.voidedAt());
    putIfPresent(json, "settledAt", invoice.settledAt());
    return json;
  }

  /**
   * Renders a payment of an invoice.
   *
   * @param payment the payment
   * @return the {@code invoice_payment} object, without its receipt
   */
  public static ObjectNode payment(InvoicePaymentRecord payment) {
    ObjectNode json = MockJson.object();
    json.put("object", "invoice_payment");
    json.put("id", payment.id());
    json.put("invoiceId", payment.invoiceId());
    json.put("creditorReference", payment.reference());
    json.put("walletId", payment.walletId());
    json.put("payeeWalletId", payment.payeeWalletId());
    json.set("amount", Views.money(payment.amount()));
    json.set("amountDueAfter", Views.money(payment.amountDueAfter()));
    json.put("invoiceStatus", payment.invoiceStatusAfter());
    json.put("createdAt", payment.createdAt().toString());
    return json;
  }

  private static void putIfPresent(ObjectNode json, String member, @Nullable Instant at) {
    if (at != null) {
      json.put(member, at.toString());
    }
  }
}
