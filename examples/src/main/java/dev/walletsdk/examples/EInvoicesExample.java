/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CreditNoteRequest;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Invoice;
import dev.walletsdk.model.InvoiceLine;
import dev.walletsdk.model.InvoiceLineRequest;
import dev.walletsdk.model.InvoicePayment;
import dev.walletsdk.model.InvoicePaymentRequest;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.qr.MerchantQr;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A business issues an e-invoice with per-line tax and a QR code; a customer pays part of it by
 * scanning the code, is refused an over-payment, gets a credit note, lets it fall overdue and pays
 * the rest by the creditor reference.
 */
public final class EInvoicesExample {
  private EInvoicesExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    MockWalletServer mock =
        MockWalletServer.builder().startAt(Instant.parse("2026-06-01T09:00:00Z")).build();
    try (WalletClient wallet =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      WalletId acme = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
      Wallet bob = wallet.wallets().open(r -> r.displayName("Bob").currency("EUR"));
      mock.control().fund(bob.id(), Money.of("200.00", "EUR"));

      Invoice invoice =
          wallet
              .invoices()
              .issue(
                  r ->
                      r.wallet(acme)
                          .currency(CurrencyCode.EUR)
                          .line(InvoiceLineRequest.of("Consulting hour", 3, eur("19.99"), 1900))
                          .line(InvoiceLineRequest.of("Stamp", 1, eur("0.05"), 1000))
                          .dueDate(LocalDate.of(2026, 6, 30))
                          .allowPartialPayments(true));
      for (InvoiceLine line : invoice.lines()) {
        out.println(
            "  "
                + line.quantity()
                + " x "
                + line.description()
                + ": net "
                + line.netAmount()
                + ", tax "
                + line.taxAmount());
      }
      out.println(
          "Invoice "
              + invoice.creditorReference()
              + ": total "
              + invoice.total()
              + " (tax "
              + invoice.taxTotal()
              + "), QR amount "
              + MerchantQr.parse(invoice.qrPayload().orElseThrow()).amount().orElseThrow());

      InvoicePayment part =
          wallet
              .invoices()
              .pay(
                  InvoicePaymentRequest.builder()
                      .wallet(bob.id())
                      .qrPayload(invoice.qrPayload().orElseThrow())
                      .amount(eur("40.00"))
                      .build());
      out.println(
          "Paid " + part.amount() + ": " + part.invoiceStatus() + ", due " + part.amountDueAfter());
      try {
        wallet
            .invoices()
            .pay(
                InvoicePaymentRequest.builder()
                    .wallet(bob.id())
                    .invoice(invoice.id())
                    .amount(eur("100.00"))
                    .build());
      } catch (InvalidRequestException e) {
        out.println("Refused: " + e.fieldErrors().get(0).code());
      }
      Invoice credited =
          wallet
              .invoices()
              .creditNote(
                  CreditNoteRequest.builder()
                      .invoice(invoice.id())
                      .amount(eur("1.42"))
                      .reason("Rounding goodwill")
                      .build());
      out.println("Credited " + credited.amountCredited() + ": due " + credited.amountDue());

      mock.control().advanceClock(Duration.ofDays(30));
      out.println(
          "On " + mock.control().now() + ": " + wallet.invoices().get(invoice.id()).status());
      InvoicePayment rest =
          wallet
              .invoices()
              .pay(
                  InvoicePaymentRequest.builder()
                      .wallet(bob.id())
                      .creditorReference(invoice.creditorReference())
                      .build());
      out.println("Paid " + rest.amount() + ": " + rest.invoiceStatus());
      try {
        wallet.invoices().voidInvoice(invoice.id());
      } catch (ConflictException e) {
        out.println("Refused: " + e.code());
      }
      Invoice settled = wallet.invoices().get(invoice.id());
      out.println(
          "Paid in all "
              + settled.amountPaid()
              + ", Acme holds "
              + mock.control().balance(acme, CurrencyCode.EUR)
              + ", audit clean: "
              + mock.ledger().audit().isClean());
    }
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
