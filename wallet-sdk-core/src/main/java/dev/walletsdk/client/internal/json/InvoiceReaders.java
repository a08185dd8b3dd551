/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import dev.walletsdk.model.CreditNote;
import dev.walletsdk.model.CreditNoteId;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Invoice;
import dev.walletsdk.model.InvoiceId;
import dev.walletsdk.model.InvoiceLine;
import dev.walletsdk.model.InvoicePayment;
import dev.walletsdk.model.InvoicePaymentId;
import dev.walletsdk.model.InvoiceStatus;
import dev.walletsdk.model.WalletId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads invoices and invoice payments. */
public final class InvoiceReaders {
  private InvoiceReaders() {}

  /**
   * Reads an invoice.
   *
   * @param json the invoice object
   * @return the invoice
   */
  public static Invoice invoice(JsonRead json) {
    ModelReaders.expectObject(json, "invoice");
    return Invoice.builder()
        .id(json.value("id", InvoiceId::of))
        .walletId(json.value("walletId", WalletId::of))
        .creditorReference(json.string("creditorReference"))
        .status(json.enumValue("status", InvoiceStatus.class, InvoiceStatus.UNKNOWN))
        .currency(json.value("currency", CurrencyCode::of))
        .lines(json.list("lines", InvoiceReaders::line))
        .netTotal(json.money("netTotal"))
        .taxTotal(json.money("taxTotal"))
        .total(json.money("total"))
        .amountCredited(json.money("amountCredited"))
        .amountPaid(json.money("amountPaid"))
        .amountDue(json.money("amountDue"))
        .allowPartialPayments(json.bool("allowPartialPayments"))
        .dueDate(date(json, "dueDate"))
        .qrPayload(json.optString("qrPayload"))
        .creditNotes(json.list("creditNotes", InvoiceReaders::creditNote))
        .issuedAt(json.instant("issuedAt"))
        .overdueAt(json.has("overdueAt") ? json.instant("overdueAt") : null)
        .voidedAt(json.has("voidedAt") ? json.instant("voidedAt") : null)
        .settledAt(json.has("settledAt") ? json.instant("settledAt") : null)
        .build();
  }

  private static LocalDate date(JsonRead json, String member) {
    String text = json.string(member);
    try {
      if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ResponseFormatException(
          "response member " + json.path() + "." + member + " must be a date (yyyy-mm-dd)");
    }
  }

  private static InvoiceLine line(JsonRead json) {
    return InvoiceLine.builder()
        .description(json.string("description"))
        .quantity(json.count("quantity"))
        .unitPrice(json.money("unitPrice"))
        .taxRateBasisPoints(json.integer("taxRateBasisPoints"))
        .netAmount(json.money("netAmount"))
        .taxAmount(json.money("taxAmount"))
        .build();
  }

  private static CreditNote creditNote(JsonRead json) {
    return CreditNote.builder()
        .id(json.value("id", CreditNoteId::of))
        .amount(json.money("amount"))
        .reason(json.optString("reason"))
        .createdAt(json.instant("createdAt"))
        .build();
  }

  /**
   * Reads a payment of an invoice.
   *
   * @param json the invoice payment object
   * @return the payment
   */
  public static InvoicePayment payment(JsonRead json) {
    ModelReaders.expectObject(json, "invoice_payment");
    return InvoicePayment.builder()
        .id(json.value("id", InvoicePaymentId::of))
        .invoiceId(json.value("invoiceId", InvoiceId::of))
        .creditorReference(json.string("creditorReference"))
        .walletId(json.value("walletId", WalletId::of))
        .payeeWalletId(json.value("payeeWalletId", WalletId::of))
        .amount(json.money("amount"))
        .amountDueAfter(json.money("amountDueAfter"))
        .invoiceStatus(json.enumValue("invoiceStatus", InvoiceStatus.class, InvoiceStatus.UNKNOWN))
        .createdAt(json.instant("createdAt"))
        .receipt(ModelReaders.receipt(json))
        .build();
  }
}
