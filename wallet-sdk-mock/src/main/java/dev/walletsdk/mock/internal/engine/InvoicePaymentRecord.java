/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;

/**
 * One payment of an invoice: one journal entry from the payer's wallet to the issuer's.
 *
 * @param id the payment id ({@code ipy_})
 * @param partnerId the paying partner
 * @param invoiceId the invoice paid
 * @param reference the invoice's creditor reference
 * @param walletId the payer's wallet, debited
 * @param payeeWalletId the issuer's wallet, credited
 * @param amount what was paid
 * @param entrySequence the sequence of the ledger entry that moved it
 * @param amountDueAfter what remained due after it
 * @param invoiceStatusAfter the invoice's status after it
 * @param createdAt when
 */
public record InvoicePaymentRecord(
    String id,
    String partnerId,
    String invoiceId,
    String reference,
    String walletId,
    String payeeWalletId,
    Amount amount,
    long entrySequence,
    Amount amountDueAfter,
    String invoiceStatusAfter,
    Instant createdAt) {}
