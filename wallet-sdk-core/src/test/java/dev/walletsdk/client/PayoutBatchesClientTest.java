/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ConflictException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.client.okhttp.OkHttpTransports;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.PayoutBatch;
import dev.walletsdk.model.PayoutBatchId;
import dev.walletsdk.model.PayoutBatchItem;
import dev.walletsdk.model.PayoutBatchRequest;
import dev.walletsdk.model.PayoutBatchStatus;
import dev.walletsdk.model.PayoutItem;
import dev.walletsdk.model.PayoutItemStatus;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.model.WalletStatus;
import dev.walletsdk.spi.Transport;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Batch payouts through the client, sync and async, in process and over both HTTP transports. */
class PayoutBatchesClientTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final OkHttpClient okHttp = new OkHttpClient();
  private MockHttpServer server;
  private Transport transport;
  private WalletClient client;
  private final WalletId payer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
  private final List<WalletId> payees = new ArrayList<>();

  PayoutBatchesClientTest() {
    mock.control().fund(payer, eur("5000.00"));
    for (int i = 0; i < 4; i++) {
      payees.add(mock.control().openWallet("Payee " + i, CurrencyCode.EUR));
    }
    connect("in-process");
  }

  private void connect(String kind) {
    if (client != null) {
      client.close();
    }
    if (kind.equals("in-process")) {
      transport = mock.transport();
    } else {
      server = mock.start(0);
      transport =
          kind.equals("okhttp")
              ? OkHttpTransports.wrap(okHttp)
              : JdkHttpTransports.wrap(HttpClient.newHttpClient());
    }
    WalletClient.Builder builder =
        WalletClient.builder().transport(transport).apiKey(mock.apiKey());
    client = (server == null ? builder : builder.baseUrl(server.baseUrl().toString())).build();
  }

  @AfterEach
  void close() throws Exception {
    client.close();
    if (server != null) {
      transport.close();
      okHttp.connectionPool().evictAll();
      server.close();
    }
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private PayoutBatchRequest request(String key, String... amounts) {
    List<PayoutItem> items = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      items.add(PayoutItem.of("salary-" + i, payees.get(i % payees.size()), eur(amounts[i])));
    }
    return PayoutBatchRequest.builder()
        .wallet(payer)
        .currency(CurrencyCode.EUR)
        .reference("payroll-2026-12")
        .items(items)
        .idempotencyKey(IdempotencyKey.of(key))
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"in-process", "okhttp", "jdk"})
  void batchPaysEveryItemAndReadsBackOverEveryTransport(String kind) {
    connect(kind);

    PayoutBatch batch = client.payoutBatches().submit(request("k-" + kind, "10.00", "20.50"));

    assertThat(batch.status()).isEqualTo(PayoutBatchStatus.COMPLETED);
    assertThat(batch.reference()).contains("payroll-2026-12");
    assertThat(batch.totalCount()).isEqualTo(2);
    assertThat(batch.paidCount()).isEqualTo(2);
    assertThat(batch.paidTotal()).isEqualTo(eur("30.50"));
    assertThat(batch.failedTotal()).isEqualTo(eur("0.00"));
    assertThat(client.payoutBatches().get(batch.id())).isEqualTo(batch);
    List<PayoutBatchItem> items = client.payoutBatches().items(batch.id()).stream().toList();
    assertThat(items)
        .extracting(PayoutBatchItem::reference, PayoutBatchItem::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("salary-0", PayoutItemStatus.PAID),
            org.assertj.core.groups.Tuple.tuple("salary-1", PayoutItemStatus.PAID));
    TransferId transfer = items.get(1).transferId().orElseThrow();
    assertThat(client.transfers().get(transfer).sourceAmount()).isEqualTo(eur("20.50"));
    assertThat(mock.control().balance(payees.get(1), CurrencyCode.EUR)).isEqualTo(eur("20.50"));
  }

  @Test
  void failedItemsCarryTheirCodesAndTheOthersArePaid() {
    mock.control().setWalletStatus(payees.get(1), WalletStatus.CLOSED);
    mock.control().setLimits(payer, CurrencyCode.EUR, eur("100.00"), null);

    PayoutBatch batch =
        client.payoutBatches().submit(request("mixed", "10.00", "10.00", "150.00", "1.00"));

    assertThat(batch.status()).isEqualTo(PayoutBatchStatus.COMPLETED_WITH_FAILURES);
    assertThat(batch.paidCount()).isEqualTo(2);
    assertThat(batch.failedCount()).isEqualTo(2);
    assertThat(batch.paidTotal()).isEqualTo(eur("11.00"));
    assertThat(batch.failedTotal()).isEqualTo(eur("160.00"));
    List<PayoutBatchItem> items = client.payoutBatches().items(batch.id()).stream().toList();
    assertThat(items)
        .extracting(item -> item.failureCode().orElse("paid"))
        .containsExactly("paid", "wallet_not_active", "limit_exceeded", "paid");
    assertThat(items.get(2).transferId()).isEmpty();
  }

  @Test
  void aResentBatchReturnsTheFirstAnswerAndPaysNothingTwice() {
    PayoutBatch first = client.payoutBatches().submit(request("resend", "10.00", "20.00"));

    PayoutBatch again = client.payoutBatches().submit(request("resend", "10.00", "20.00"));
    ConflictException otherBody =
        catchThrowableOfType(
            ConflictException.class,
            () -> client.payoutBatches().submit(request("resend", "10.00")));

    assertThat(again).isEqualTo(first);
    assertThat(otherBody.code()).isEqualTo(ErrorCode.IDEMPOTENCY_KEY_REUSED);
    assertThat(mock.control().balance(payer, CurrencyCode.EUR)).isEqualTo(eur("4970.00"));
  }

  @Test
  void aPersonalWalletIsRefusedWithBusinessWalletRequired() {
    WalletId personal = mock.control().openWallet("Alice", CurrencyCode.EUR);

    InvalidRequestException refused =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client
                    .payoutBatches()
                    .submit(
                        r ->
                            r.wallet(personal)
                                .currency(CurrencyCode.EUR)
                                .items(List.of(PayoutItem.of("a", payees.get(0), eur("1.00"))))));

    assertThat(refused.code()).isEqualTo(ErrorCode.BUSINESS_WALLET_REQUIRED);
  }

  @Test
  void anUnknownBatchIsNotFound() {
    NotFoundException missing =
        catchThrowableOfType(
            NotFoundException.class,
            () -> client.payoutBatches().get(PayoutBatchId.of("pbt_missing")));

    assertThat(missing.getMessage()).contains("payout batch pbt_missing does not exist");
  }

  @Test
  void asyncClientSubmitsAndPagesItems() throws Exception {
    AsyncPayoutBatches batches = client.async().payoutBatches();
    PayoutBatch batch =
        batches.submit(request("async", "1.00", "2.00", "3.00")).get(10, TimeUnit.SECONDS);

    Page<PayoutBatchItem> first = batches.items(batch.id(), null, 2).get(10, TimeUnit.SECONDS);
    Page<PayoutBatchItem> second =
        batches.items(batch.id(), first.nextCursor().orElseThrow(), 2).get(10, TimeUnit.SECONDS);

    assertThat(first.data()).extracting(PayoutBatchItem::index).containsExactly(0, 1);
    assertThat(second.data()).extracting(PayoutBatchItem::index).containsExactly(2);
    assertThat(second.nextCursor()).isEmpty();
    assertThat(batches.get(batch.id()).get(10, TimeUnit.SECONDS)).isEqualTo(batch);
  }

  @Test
  void concurrentResendsOfOneBatchPayItOnce() throws Exception {
    PayoutBatchRequest request = request("concurrent", "5.00", "6.00", "7.00");
    List<CompletableFuture<PayoutBatch>> sends = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      sends.add(client.async().payoutBatches().submit(request));
    }

    List<PayoutBatch> answers = new ArrayList<>();
    for (CompletableFuture<PayoutBatch> send : sends) {
      answers.add(send.get(10, TimeUnit.SECONDS));
    }

    assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
    assertThat(mock.control().balance(payer, CurrencyCode.EUR)).isEqualTo(eur("4982.00"));
  }

  @Test
  void concurrentBatchesOfOnePayerNeverOverdrawIt() throws Exception {
    WalletId payroll = mock.control().openBusinessWallet("Payroll Ltd", CurrencyCode.EUR);
    mock.control().fund(payroll, eur("100.00"));
    List<CompletableFuture<PayoutBatch>> sends = new ArrayList<>();
    for (int b = 0; b < 6; b++) {
      List<PayoutItem> items = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        items.add(PayoutItem.of("b" + b + "-" + i, payees.get(i % payees.size()), eur("3.00")));
      }
      sends.add(
          client
              .async()
              .payoutBatches()
              .submit(
                  PayoutBatchRequest.builder()
                      .wallet(payroll)
                      .currency(CurrencyCode.EUR)
                      .items(items)
                      .build()));
    }

    int paid = 0;
    int failed = 0;
    for (CompletableFuture<PayoutBatch> send : sends) {
      PayoutBatch batch = send.get(10, TimeUnit.SECONDS);
      paid += batch.paidCount();
      failed += batch.failedCount();
    }

    assertThat(paid).isEqualTo(33);
    assertThat(failed).isEqualTo(27);
    assertThat(mock.control().balance(payroll, CurrencyCode.EUR)).isEqualTo(eur("1.00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"in-process", "okhttp", "jdk"})
  void aThousandItemBatchIsPaidOverEveryTransport(String kind) {
    connect(kind);
    List<PayoutItem> items = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      items.add(
          PayoutItem.builder()
              .reference("supplier-invoice-" + i)
              .destination(payees.get(i % payees.size()))
              .amount(eur("1.25"))
              .description("Supplier run December, invoice " + i)
              .build());
    }

    PayoutBatch batch =
        client.payoutBatches().submit(r -> r.wallet(payer).currency(CurrencyCode.EUR).items(items));

    assertThat(batch.paidCount()).isEqualTo(1000);
    assertThat(batch.paidTotal()).isEqualTo(eur("1250.00"));
    assertThat(client.payoutBatches().items(batch.id()).stream().count()).isEqualTo(1000);
    assertThat(mock.control().balance(payer, CurrencyCode.EUR)).isEqualTo(eur("3750.00"));
  }
}
