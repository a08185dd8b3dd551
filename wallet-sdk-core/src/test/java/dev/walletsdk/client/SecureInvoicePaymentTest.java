/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Invoice;
import dev.walletsdk.model.InvoiceLineRequest;
import dev.walletsdk.model.InvoicePayment;
import dev.walletsdk.model.InvoicePaymentRequest;
import dev.walletsdk.model.InvoiceStatus;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Invoice payments with signing, field encryption, signed receipts and step-up all on: the money
 * moves once, the receipt verifies, and the client returns the payment rather than throwing.
 */
class SecureInvoicePaymentTest {
  private final SecureFixture s = new SecureFixture();
  private final WalletId business =
      s.mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);

  @AfterEach
  void audit() {
    s.client.close();
    assertThat(s.mock.ledger().audit().violations()).isEmpty();
  }

  private Invoice invoice(String unitPrice) {
    return s.client
        .invoices()
        .issue(
            r ->
                r.wallet(business)
                    .currency(CurrencyCode.EUR)
                    .line(InvoiceLineRequest.of("Design", 1, Money.of(unitPrice, "EUR"), 1900))
                    .dueDate(LocalDate.of(2030, 1, 1)));
  }

  @Test
  void paymentAboveTheStepUpThresholdAnsweredByTheHandlerReturnsTheVerifiedPayment() {
    Invoice invoice = invoice("150.00");
    int journal = s.mock.ledger().journalSize();

    InvoicePayment payment =
        s.client.invoices().pay(InvoicePaymentRequest.of(s.f.alice.id(), invoice.id()));

    assertThat(payment.amount()).isEqualTo(Money.of("178.50", "EUR"));
    assertThat(payment.invoiceStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(s.receipts.verified()).last().isEqualTo("invoice_payment " + payment.id().value());
    assertThat(s.mock.ledger().journalSize()).isEqualTo(journal + 1);
    assertThat(s.client.invoices().get(invoice.id()).amountPaid())
        .isEqualTo(Money.of("178.50", "EUR"));
  }

  @Test
  void heldPaymentConfirmedByTheCallerComesBackAsTheVerifiedInvoicePayment() {
    Invoice invoice = invoice("150.00");
    Challenge challenge =
        s.held(
            () -> s.client.invoices().pay(InvoicePaymentRequest.of(s.f.alice.id(), invoice.id())));
    int journal = s.mock.ledger().journalSize();

    InvoicePayment payment =
        s.client
            .challenges()
            .confirm(challenge, s.totp())
            .resultAs(InvoicePayment.class)
            .orElseThrow();

    assertThat(payment.amount()).isEqualTo(Money.of("178.50", "EUR"));
    assertThat(s.receipts.verified()).last().isEqualTo("invoice_payment " + payment.id().value());
    assertThat(s.mock.ledger().journalSize()).isEqualTo(journal + 1);
    assertThat(s.mock.control().balance(s.f.alice.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("821.50", "EUR"));
  }
}
