/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.CreditNoteRequest;
import dev.walletsdk.model.Invoice;
import dev.walletsdk.model.InvoiceId;
import dev.walletsdk.model.InvoicePayment;
import dev.walletsdk.model.InvoicePaymentRequest;
import dev.walletsdk.model.InvoiceRequest;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.WalletId;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous {@link Invoices}: the same operations, each future completed with the result or
 * failed with the same {@link dev.walletsdk.WalletException} the synchronous call throws.
 */
public interface AsyncInvoices {
  /**
   * Issues an invoice.
   *
   * @param request the invoice
   * @return the open invoice, when issued
   */
  CompletableFuture<Invoice> issue(InvoiceRequest request);

  /**
   * Reads an invoice.
   *
   * @param id the invoice
   * @return the invoice
   */
  CompletableFuture<Invoice> get(InvoiceId id);

  /**
   * Reads one page of the invoices a wallet issued, oldest first.
   *
   * @param wallet the issuing wallet
   * @param cursor the cursor of the page, or {@code null} for the first
   * @param limit 1 to 100
   * @return the page
   */
  CompletableFuture<Page<Invoice>> list(WalletId wallet, @Nullable String cursor, int limit);

  /**
   * Pays an invoice.
   *
   * @param request the paying wallet, the invoice and optionally the amount
   * @return the payment, when made
   */
  CompletableFuture<InvoicePayment> pay(InvoicePaymentRequest request);

  /**
   * Voids an invoice on which nothing was paid.
   *
   * @param id the invoice
   * @return the void invoice
   */
  CompletableFuture<Invoice> voidInvoice(InvoiceId id);

  /**
   * Issues a credit note.
   *
   * @param request the invoice, amount and reason
   * @return the invoice after it
   */
  CompletableFuture<Invoice> creditNote(CreditNoteRequest request);
}
