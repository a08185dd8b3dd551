/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.contract;

import static dev.walletsdk.contract.GeneratedClientFixture.VERSION;
import static dev.walletsdk.contract.GeneratedClientFixture.money;
import static dev.walletsdk.contract.GeneratedClientFixture.stated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.walletsdk.contract.GeneratedClientFixture.Client;
import dev.walletsdk.generated.ApiException;
import dev.walletsdk.generated.model.BillPayment;
import dev.walletsdk.generated.model.BillPaymentRequest;
import dev.walletsdk.generated.model.DataExport;
import dev.walletsdk.generated.model.Event;
import dev.walletsdk.generated.model.Payment;
import dev.walletsdk.generated.model.PaymentRequest;
import dev.walletsdk.generated.model.Refund;
import dev.walletsdk.generated.model.RefundRequest;
import dev.walletsdk.generated.model.Transaction;
import dev.walletsdk.generated.model.Transfer;
import dev.walletsdk.generated.model.TransferRequest;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/wallets/{id}/data-export} through the generated client: every section typed. */
class DataExportSmokeTest {
  private static GeneratedClientFixture fixture;
  private static Client client;

  @BeforeAll
  static void start() {
    fixture = GeneratedClientFixture.start();
    client = fixture.client();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void exportDecodesEachSectionToItsResourceClass() throws ApiException {
    String alice = client.openWallet("Alice", "EUR");
    String bob = client.openWallet("Bob", "EUR");
    fixture.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    Payment payment =
        client.payments.createPayment(
            VERSION,
            fixture.key(),
            new PaymentRequest()
                .walletId(alice)
                .merchantId("mer_demo")
                .amount(money("40.00", "EUR")));
    client.payments.refundPayment(
        VERSION, fixture.key(), payment.getId(), new RefundRequest().amount(money("10.00", "EUR")));
    client.transfers.createTransfer(
        VERSION,
        fixture.key(),
        new TransferRequest()
            .sourceWalletId(alice)
            .destinationWalletId(bob)
            .amount(money("5.00", "EUR")));
    client.billPayments.createBillPayment(
        VERSION,
        fixture.key(),
        new BillPaymentRequest()
            .walletId(alice)
            .billerId("blr_citypower")
            .customerReference("1234567890")
            .amount(money("15.00", "EUR")));

    DataExport export = client.privacy.exportData(VERSION, fixture.key(), alice, Map.of());

    assertThat(export.getTransactions())
        .extracting(Transaction::getType)
        .containsExactlyInAnyOrder(
            Transaction.TypeEnum.FUNDING,
            Transaction.TypeEnum.PAYMENT,
            Transaction.TypeEnum.REFUND,
            Transaction.TypeEnum.TRANSFER_OUT,
            Transaction.TypeEnum.BILL_PAYMENT);
    assertThat(export.getRefunds())
        .extracting(Refund::getPaymentId, Refund::getAmount)
        .containsExactly(tuple(payment.getId(), stated("10.00", "EUR")));
    assertThat(export.getTransfers())
        .extracting(Transfer::getDestinationWalletId, Transfer::getStatus)
        .containsExactly(tuple(bob, Transfer.StatusEnum.COMPLETED));
    assertThat(export.getBillPayments())
        .extracting(BillPayment::getBillerId, BillPayment::getStatus)
        .containsExactly(tuple("blr_citypower", BillPayment.StatusEnum.COMPLETED));
    assertThat(export.getEvents())
        .extracting(Event::getType)
        .contains("wallet.created", "wallet.funded", "payment.succeeded", "refund.succeeded");
    assertThat(export.getEvents())
        .filteredOn(event -> event.getType().equals("refund.succeeded"))
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.getData().getRefund().getPaymentId()).isEqualTo(payment.getId()));
  }
}
