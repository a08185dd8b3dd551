/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.CreditNoteRequest;
import dev.walletsdk.model.Invoice;
import dev.walletsdk.model.InvoiceId;
import dev.walletsdk.model.InvoicePayment;
import dev.walletsdk.model.InvoicePaymentRequest;
import dev.walletsdk.model.InvoiceRequest;
import dev.walletsdk.model.WalletId;
import java.util.function.Consumer;

/**
 * E-invoices of business wallets. A business wallet issues an invoice with lines, per-line tax, a
 * due date, an ISO 11649 creditor reference and an EMVCo dynamic QR code; another wallet pays it,
 * by id, reference or QR code, in one ledger entry with a signed receipt, through the same limits,
 * risk rules and step-up as any debit. An invoice is paid exactly once in full, or in parts when it
 * allows them, never above what is due. What it was paid is read from the ledger, and its status
 * ({@code OPEN}, {@code PARTIALLY_PAID}, {@code OVERDUE}, {@code PAID}, {@code CREDITED}, {@code
 * VOID}) follows from that.
 *
 * <p>Thread-safe. Each method is one HTTP call, except {@link #list(WalletId)}, which pages lazily.
 * Writes are idempotent under retries: each request carries one idempotency key across all
 * attempts.
 */
public interface Invoices {
  /**
   * Issues an invoice.
   *
   * @param request the invoice
   * @return the open invoice, with its reference and QR code
   * @throws InvalidRequestException if the wallet is personal ({@code business_wallet_required}),
   *     does not hold the currency ({@code currency_not_held}) or the due date has passed ({@code
   *     due_date_in_past}); nothing changes
   * @throws ConflictException if the wallet is not active
   * @throws WalletException if the call fails otherwise
   */
  Invoice issue(InvoiceRequest request);

  /**
   * Issues an invoice, building the request in place.
   *
   * @param request fills an {@link InvoiceRequest.Builder}
   * @return the invoice
   * @throws WalletException as {@link #issue(InvoiceRequest)}
   */
  default Invoice issue(Consumer<InvoiceRequest.Builder> request) {
    InvoiceRequest.Builder builder = InvoiceRequest.builder();
    request.accept(builder);
    return issue(builder.build());
  }

  /**
   * Reads an invoice.
   *
   * @param id the invoice
   * @return the invoice as the ledger stands now
   * @throws NotFoundException if it does not exist or belongs to another partner
   * @throws WalletException if the call fails otherwise
   */
  Invoice get(InvoiceId id);

  /**
   * Lists the invoices a wallet issued, oldest first, fetching pages as the iteration needs them.
   *
   * @param wallet the issuing wallet
   * @return the invoices
   */
  PagedIterable<Invoice> list(WalletId wallet);

  /**
   * Pays an invoice.
   *
   * @param request the paying wallet, the invoice and optionally the amount
   * @return the payment, with its signed receipt
   * @throws InvalidRequestException if the amount exceeds what is due ({@code amount_exceeds_due}),
   *     is partial on an invoice that does not allow it ({@code partial_payment_not_allowed}), the
   *     payer is the issuer ({@code same_wallet}) or the reference's check digits fail ({@code
   *     invalid_check_digits}); nothing is paid
   * @throws ConflictException if the invoice is paid, credited or void ({@code
   *     invoice_not_payable})
   * @throws StepUpRequiredException if the payment needs step-up and no handler answered
   * @throws WalletException if the call fails otherwise (insufficient funds, limits, risk rules)
   */
  InvoicePayment pay(InvoicePaymentRequest request);

  /**
   * Voids an open or overdue invoice on which nothing was paid.
   *
   * @param id the invoice
   * @return the void invoice
   * @throws ConflictException if anything was paid or it is settled ({@code invoice_not_voidable})
   * @throws WalletException if the call fails otherwise
   */
  Invoice voidInvoice(InvoiceId id);

  /**
   * Issues a credit note that lowers what is due; a credit note that leaves nothing due settles the
   * invoice.
   *
   * @param request the invoice, amount and reason
   * @return the invoice after it
   * @throws InvalidRequestException if the amount exceeds what is due ({@code amount_exceeds_due})
   * @throws ConflictException if the invoice takes no credit note ({@code invoice_not_payable})
   * @throws WalletException if the call fails otherwise
   */
  Invoice creditNote(CreditNoteRequest request);
}
