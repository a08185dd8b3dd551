/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.AsyncInvoices;
import dev.walletsdk.client.Invoices;
import dev.walletsdk.client.PagedIterable;
import dev.walletsdk.client.internal.pipeline.Pipeline;
import dev.walletsdk.model.CreditNoteRequest;
import dev.walletsdk.model.Invoice;
import dev.walletsdk.model.InvoiceId;
import dev.walletsdk.model.InvoicePayment;
import dev.walletsdk.model.InvoicePaymentRequest;
import dev.walletsdk.model.InvoiceRequest;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.WalletId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The invoice resources over the sync pipeline and the async calls. */
final class InvoiceResources {
  private InvoiceResources() {}

  /** {@link Invoices} over a pipeline. */
  record Sync(Pipeline pipeline) implements Invoices {
    @Override
    public Invoice issue(InvoiceRequest request) {
      return pipeline.execute(InvoiceOperations.issue(Objects.requireNonNull(request, "request")));
    }

    @Override
    public Invoice get(InvoiceId id) {
      return pipeline.execute(InvoiceOperations.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public PagedIterable<Invoice> list(WalletId wallet) {
      Objects.requireNonNull(wallet, "wallet");
      return new LazyPagedIterable<>(
          cursor ->
              pipeline.execute(
                  InvoiceOperations.list(wallet, cursor, SyncResources.DEFAULT_PAGE_SIZE)));
    }

    @Override
    public InvoicePayment pay(InvoicePaymentRequest request) {
      return pipeline.execute(InvoiceOperations.pay(Objects.requireNonNull(request, "request")));
    }

    @Override
    public Invoice voidInvoice(InvoiceId id) {
      return pipeline.execute(InvoiceOperations.voidInvoice(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Invoice creditNote(CreditNoteRequest request) {
      return pipeline.execute(
          InvoiceOperations.creditNote(Objects.requireNonNull(request, "request")));
    }
  }

  /** {@link AsyncInvoices} over the async calls. */
  record Async(AsyncResources.Calls calls) implements AsyncInvoices {
    @Override
    public CompletableFuture<Invoice> issue(InvoiceRequest request) {
      return calls.submit(InvoiceOperations.issue(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<Invoice> get(InvoiceId id) {
      return calls.submit(InvoiceOperations.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<Page<Invoice>> list(
        WalletId wallet, @Nullable String cursor, int limit) {
      return calls.submit(
          InvoiceOperations.list(
              Objects.requireNonNull(wallet, "wallet"), cursor, PageLimits.check(limit)));
    }

    @Override
    public CompletableFuture<InvoicePayment> pay(InvoicePaymentRequest request) {
      return calls.submit(InvoiceOperations.pay(Objects.requireNonNull(request, "request")));
    }

    @Override
    public CompletableFuture<Invoice> voidInvoice(InvoiceId id) {
      return calls.submit(InvoiceOperations.voidInvoice(Objects.requireNonNull(id, "id")));
    }

    @Override
    public CompletableFuture<Invoice> creditNote(CreditNoteRequest request) {
      return calls.submit(InvoiceOperations.creditNote(Objects.requireNonNull(request, "request")));
    }
  }
}
