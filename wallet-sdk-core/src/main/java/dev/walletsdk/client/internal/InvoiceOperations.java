/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.internal.json.InvoiceReaders;
import dev.walletsdk.client.internal.json.InvoiceWriters;
import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.client.internal.json.RequestWriters;
import dev.walletsdk.client.internal.json.ResponseFormatException;
import dev.walletsdk.client.internal.pipeline.ApiCall;
import dev.walletsdk.client.internal.pipeline.ApiCall.ReceiptAt;
import dev.walletsdk.model.CreditNoteRequest;
import dev.walletsdk.model.Invoice;
import dev.walletsdk.model.InvoiceId;
import dev.walletsdk.model.InvoicePayment;
import dev.walletsdk.model.InvoicePaymentRequest;
import dev.walletsdk.model.InvoiceRequest;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.WalletId;
import org.jspecify.annotations.Nullable;

/** The invoice operations of the wire contract, shared by the sync and async resources. */
final class InvoiceOperations {
  private InvoiceOperations() {}

  static ApiCall<Invoice> issue(InvoiceRequest request) {
    return ApiCall.<Invoice>post(
            "invoices.issue",
            "/v1/wallets/" + request.walletId().value() + "/invoices",
            InvoiceWriters.issue(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .identifiedBy("walletId", request.walletId().value())
        .reading("invoice", InvoiceReaders::invoice);
  }

  static ApiCall<Page<Invoice>> list(WalletId wallet, @Nullable String cursor, int limit) {
    return ApiCall.<Page<Invoice>>get(
            "invoices.list", "/v1/wallets/" + wallet.value() + "/invoices")
        .query("cursor", cursor)
        .query("limit", limit)
        .reading(
            "list", json -> ofWallet(wallet, ModelReaders.page(json, InvoiceReaders::invoice)));
  }

  /** Refuses a page holding an invoice of another wallet than the one asked for. */
  private static Page<Invoice> ofWallet(WalletId wallet, Page<Invoice> page) {
    for (Invoice invoice : page.data()) {
      if (!invoice.walletId().equals(wallet)) {
        throw new ResponseFormatException(
            "expected invoices of wallet \""
                + wallet.value()
                + "\" but got "
                + ServerText.of(invoice.id().value())
                + " of wallet \""
                + ServerText.of(invoice.walletId().value())
                + "\"");
      }
    }
    return page;
  }

  static ApiCall<Invoice> get(InvoiceId id) {
    return ApiCall.<Invoice>get("invoices.get", "/v1/invoices/" + id.value())
        .identifiedBy("id", id.value())
        .reading("invoice", InvoiceReaders::invoice);
  }

  static ApiCall<InvoicePayment> pay(InvoicePaymentRequest request) {
    return ApiCall.<InvoicePayment>post(
            "invoices.pay", "/v1/invoice-payments", InvoiceWriters.pay(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .stepUpEligible()
        .receipt(ReceiptAt.ROOT)
        .identifiedBy("walletId", request.walletId().value())
        .reading("invoice_payment", InvoiceReaders::payment);
  }

  static ApiCall<Invoice> voidInvoice(InvoiceId id) {
    return ApiCall.<Invoice>post(
            "invoices.void", "/v1/invoices/" + id.value() + "/void", RequestWriters.empty())
        .identifiedBy("id", id.value())
        .reading("invoice", InvoiceReaders::invoice);
  }

  static ApiCall<Invoice> creditNote(CreditNoteRequest request) {
    return ApiCall.<Invoice>post(
            "invoices.creditNote",
            "/v1/invoices/" + request.invoiceId().value() + "/credit-notes",
            InvoiceWriters.creditNote(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .identifiedBy("id", request.invoiceId().value())
        .reading("invoice", InvoiceReaders::invoice);
  }
}
