/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CreditNoteRequest;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Invoice;
import dev.walletsdk.model.InvoiceLineRequest;
import dev.walletsdk.model.InvoicePayment;
import dev.walletsdk.model.InvoicePaymentRequest;
import dev.walletsdk.model.InvoiceRequest;
import dev.walletsdk.model.InvoiceStatus;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.TransactionType;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.qr.MerchantQr;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** E-invoices through the client, sync and async, against the mock's ledger. */
class InvoicesClientTest {
  private static final LocalDate DUE = LocalDate.of(2030, 1, 31);

  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletClient client =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();
  private final WalletId business = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
  private final Wallet bob = client.wallets().open(r -> r.displayName("Bob").currency("EUR"));

  InvoicesClientTest() {
    mock.control().fund(bob.id(), eur("100.00"));
  }

  @AfterEach
  void audit() {
    client.close();
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private InvoiceRequest request(boolean partial) {
    return InvoiceRequest.builder()
        .wallet(business)
        .currency(CurrencyCode.EUR)
        .line(InvoiceLineRequest.of("Consulting hour", 3, eur("19.99"), 1900))
        .line(InvoiceLineRequest.of("Stamp", 1, eur("0.05"), 1000))
        .dueDate(DUE)
        .allowPartialPayments(partial)
        .build();
  }

  @Test
  void issuedInvoiceHasPerLineTaxTotalsReferenceAndQrCode() {
    Invoice invoice = client.invoices().issue(request(false));

    assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(invoice.lines()).hasSize(2);
    assertThat(invoice.lines().get(0).taxAmount()).isEqualTo(eur("11.39"));
    assertThat(invoice.lines().get(1).taxAmount()).isEqualTo(eur("0.01"));
    assertThat(invoice.netTotal()).isEqualTo(eur("60.02"));
    assertThat(invoice.taxTotal()).isEqualTo(eur("11.40"));
    assertThat(invoice.total()).isEqualTo(eur("71.42"));
    assertThat(invoice.amountDue()).isEqualTo(eur("71.42"));
    assertThat(invoice.dueDate()).isEqualTo(DUE);
    assertThat(invoice.creditorReference()).isEqualTo("RF74000000000001");
    assertThat(MerchantQr.parse(invoice.qrPayload().orElseThrow()).amount()).contains(eur("71.42"));
  }

  @Test
  void paymentByQrCodeSettlesTheInvoiceAndShowsInBothHistories() {
    Invoice invoice = client.invoices().issue(request(false));

    InvoicePayment payment =
        client
            .invoices()
            .pay(
                InvoicePaymentRequest.builder()
                    .wallet(bob.id())
                    .qrPayload(invoice.qrPayload().orElseThrow())
                    .build());

    assertThat(payment.amount()).isEqualTo(eur("71.42"));
    assertThat(payment.invoiceStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(payment.receipt()).isPresent();
    assertThat(client.invoices().get(invoice.id()).amountPaid()).isEqualTo(eur("71.42"));
    assertThat(mock.control().balance(bob.id(), CurrencyCode.EUR)).isEqualTo(eur("28.58"));
    assertThat(client.transactions().list(q -> q.wallet(business)).stream())
        .singleElement()
        .satisfies(t -> assertThat(t.type()).isEqualTo(TransactionType.INVOICE_PAYMENT));
  }

  @Test
  void overPaymentIsRefusedWithTheTypedErrorAndPaysNothing() {
    Invoice invoice = client.invoices().issue(request(true));

    assertThatThrownBy(
            () ->
                client
                    .invoices()
                    .pay(
                        InvoicePaymentRequest.builder()
                            .wallet(bob.id())
                            .invoice(invoice.id())
                            .amount(eur("71.43"))
                            .build()))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).fieldErrors())
                    .singleElement()
                    .satisfies(f -> assertThat(f.code()).isEqualTo("amount_exceeds_due")));
    assertThat(client.invoices().get(invoice.id()).amountPaid()).isEqualTo(eur("0.00"));
  }

  @Test
  void voidedInvoiceRefusesPaymentWithAConflict() {
    Invoice voided = client.invoices().voidInvoice(client.invoices().issue(request(false)).id());

    assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(voided.qrPayload()).isEmpty();
    assertThatThrownBy(() -> client.invoices().pay(InvoicePaymentRequest.of(bob.id(), voided.id())))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("invoice_not_payable");
  }

  @Test
  void personalWalletCannotIssue() {
    InvoiceRequest personal =
        InvoiceRequest.builder()
            .wallet(bob.id())
            .currency(CurrencyCode.EUR)
            .line(InvoiceLineRequest.of("Design", 1, eur("1.00"), 0))
            .dueDate(DUE)
            .build();

    assertThatThrownBy(() -> client.invoices().issue(personal))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("business_wallet_required");
  }

  @Test
  void asyncClientIssuesListsPaysAndCredits() throws Exception {
    AsyncInvoices invoices = client.async().invoices();
    Invoice invoice = invoices.issue(request(true)).get(10, TimeUnit.SECONDS);

    InvoicePayment part =
        invoices
            .pay(
                InvoicePaymentRequest.builder()
                    .wallet(bob.id())
                    .creditorReference(invoice.creditorReference())
                    .amount(eur("50.00"))
                    .build())
            .get(10, TimeUnit.SECONDS);
    Invoice credited =
        invoices
            .creditNote(
                CreditNoteRequest.builder()
                    .invoice(invoice.id())
                    .amount(eur("21.42"))
                    .reason("Discount")
                    .build())
            .get(10, TimeUnit.SECONDS);
    Page<Invoice> page = invoices.list(business, null, 10).get(10, TimeUnit.SECONDS);

    assertThat(part.invoiceStatus()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThat(credited.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(credited.amountCredited()).isEqualTo(eur("21.42"));
    assertThat(credited.creditNotes())
        .singleElement()
        .satisfies(n -> assertThat(n.reason()).contains("Discount"));
    assertThat(page.data()).containsExactly(invoices.get(invoice.id()).get(10, TimeUnit.SECONDS));
  }

  @Test
  void badRequestsAreRefusedBeforeAnyCall() {
    long before = mock.control().apiRequests();

    assertThatThrownBy(() -> InvoiceLineRequest.of("Design", 0, eur("1.00"), 0))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("quantity must be between 1 and 1000000 but was 0");
    assertThatThrownBy(() -> InvoiceLineRequest.of("Design", 1, eur("1.00"), 10_001))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("taxRateBasisPoints must be between 0 and 10000 but was 10001");
    assertThatThrownBy(
            () ->
                InvoiceRequest.builder()
                    .wallet(business)
                    .currency(CurrencyCode.EUR)
                    .line(InvoiceLineRequest.of("Design", 1, Money.of("1.00", "USD"), 0))
                    .dueDate(DUE)
                    .build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("lines[0].unitPrice is in USD, not EUR");
    assertThatThrownBy(() -> InvoicePaymentRequest.builder().wallet(bob.id()).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "exactly one of invoice, creditorReference and qrPayload must be set but none was");
    assertThatThrownBy(
            () -> InvoicePaymentRequest.builder().wallet(bob.id()).creditorReference("RF1"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("creditorReference must be RF, two check digits and 1 to 21 letters or digits");
    assertThat(mock.control().apiRequests()).isEqualTo(before);
  }
}
