/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.command;

import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.InvoicePaymentRecord;
import dev.walletsdk.mock.internal.engine.InvoiceRecord;
import dev.walletsdk.mock.internal.engine.InvoiceService;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import org.jspecify.annotations.Nullable;

/**
 * Pays invoices through the {@link MovementGuard}, like every debit of a holder: the payer's policy
 * (funds, limits), transaction monitoring and step-up ({@code invoices.pay}) apply as to a
 * transfer. Use under the engine's lock.
 */
public final class InvoiceCommands {
  private final MovementGuard guard;
  private final InvoiceService invoices;

  /**
   * Creates the commands.
   *
   * @param guard sequences each movement
   * @param invoices keeps the invoices
   */
  public InvoiceCommands(MovementGuard guard, InvoiceService invoices) {
    this.guard = guard;
    this.invoices = invoices;
  }

  /**
   * Pays an invoice from a wallet of the partner; held for step-up as {@code invoices.pay}. What is
   * payable is checked before the guard runs (so no challenge is asked for a payment that cannot be
   * made) and again when the money moves.
   *
   * @param stepUp the request's standing towards step-up; its partner pays
   * @param payer the wallet debited
   * @param invoice the invoice
   * @param requested the amount, or {@code null} for everything due
   * @param scope the idempotency scope of the request
   * @return the payment
   */
  public InvoicePaymentRecord pay(
      StepUp stepUp,
      WalletRecord payer,
      InvoiceRecord invoice,
      @Nullable Amount requested,
      @Nullable String scope) {
    Amount amount = invoices.checkPayable(invoice, payer, requested);
    return guard.run(
        Movement.of(
                payer, amount, () -> invoices.pay(stepUp.partner(), payer, invoice, amount, scope))
            .thenCheck(() -> invoices.requireIssuerActive(invoice))
            .payee("wallet:" + invoice.walletId())
            .holdForStepUp(stepUp, "invoices.pay"));
  }
}
