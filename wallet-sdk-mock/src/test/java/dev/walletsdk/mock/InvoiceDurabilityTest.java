/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invoice state through snapshot restore, journal replay after an erasure, racing payments and
 * credit notes, and hostile lines: amounts paid always equal the ledger's and nothing is lost.
 */
class InvoiceDurabilityTest {
  private static Reply issue(MockApi api, String issuer, String lines, String dueDate) {
    return api.post(
        "/v1/wallets/" + issuer + "/invoices",
        "{\"currency\":\"EUR\",\"dueDate\":\""
            + dueDate
            + "\",\"allowPartialPayments\":true,\"lines\":"
            + lines
            + "}");
  }

  private static Reply pay(MockApi api, String wallet, String invoice, String amount) {
    return api.post(
        "/v1/invoice-payments",
        "{\"walletId\":\""
            + wallet
            + "\",\"invoiceId\":\""
            + invoice
            + "\",\"amount\":"
            + MockApi.money(amount, "EUR")
            + "}");
  }

  private static Reply credit(MockApi api, String invoice, String amount) {
    return api.post(
        "/v1/invoices/" + invoice + "/credit-notes",
        "{\"amount\":" + MockApi.money(amount, "EUR") + ",\"reason\":\"Goodwill\"}");
  }

  private static List<String> invoiceEvents(MockApi api) {
    List<String> types = new ArrayList<>();
    for (JsonNode event : api.get("/v1/events?limit=100").body().get("data")) {
      if (event.get("type").asText().startsWith("invoice.")) {
        types.add(event.get("type").asText() + ":" + event.at("/data/id").asText());
      }
    }
    return types;
  }

  @Test
  void restoringASnapshotTakenBeforePaymentsReturnsTheInvoiceAndTheMoney() {
    try (MockWalletServer mock = MockWalletServer.builder().startAt(InvoicesTest.START).build()) {
      MockApi api = new MockApi(mock);
      String issuer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR).value();
      String payer = api.openWallet("Bob", "EUR");
      mock.control().fund(WalletId.of(payer), Money.of("100.00", "EUR"));
      String invoice = issue(api, issuer, InvoicesTest.LINES, "2026-03-31").text("/id");
      String open = api.get("/v1/invoices/" + invoice).body().toString();
      MockSnapshot snapshot = mock.control().snapshot();
      pay(api, payer, invoice, "40.00");
      credit(api, invoice, "10.00");

      mock.control().restore(snapshot);

      assertThat(api.get("/v1/invoices/" + invoice).body().toString()).isEqualTo(open);
      assertThat(mock.control().balance(WalletId.of(payer), CurrencyCode.EUR))
          .isEqualTo(Money.of("100.00", "EUR"));
      assertThat(pay(api, payer, invoice, "91.42").text("/invoiceStatus")).isEqualTo("paid");
      assertThat(mock.ledger().audit().isClean()).isTrue();
    }
  }

  @Test
  void replayAfterThePayersErasureRebuildsPaymentsCreditsVoidsAndOverdueOnce(@TempDir Path dir) {
    Path journal = dir.resolve("invoices.journal");
    List<String> invoices = new ArrayList<>();
    List<String> before = new ArrayList<>();
    List<String> eventsBefore;
    try (MockWalletServer first =
        MockWalletServer.builder().startAt(InvoicesTest.START).journal(journal).build()) {
      MockApi api = new MockApi(first);
      String issuer = first.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR).value();
      String payer = api.openWallet("Bob", "EUR");
      first.control().fund(WalletId.of(payer), Money.of("60.00", "EUR"));
      for (int i = 0; i < 3; i++) {
        invoices.add(issue(api, issuer, InvoicesTest.LINES, "2026-03-03").text("/id"));
      }
      pay(api, payer, invoices.get(0), "40.00");
      credit(api, invoices.get(0), "11.42");
      api.post(
          "/v1/invoice-payments",
          "{\"walletId\":\""
              + payer
              + "\",\"qrPayload\":\""
              + api.get("/v1/invoices/" + invoices.get(1)).text("/qrPayload")
              + "\",\"amount\":"
              + MockApi.money("20.00", "EUR")
              + "}");
      api.post("/v1/invoices/" + invoices.get(2) + "/void", "{}");
      first.control().advanceClock(Duration.ofDays(3));
      assertThat(api.post("/v1/wallets/" + payer + "/erasure", "{}").status()).isEqualTo(200);
      first.control().advanceClock(Duration.ofDays(1));
      for (String invoice : invoices) {
        before.add(api.get("/v1/invoices/" + invoice).body().toString());
      }
      eventsBefore = invoiceEvents(api);
    }

    try (MockWalletServer second =
        MockWalletServer.builder().startAt(InvoicesTest.START).journal(journal).build()) {
      MockApi api = new MockApi(second);
      List<String> after = new ArrayList<>();
      for (String invoice : invoices) {
        after.add(api.get("/v1/invoices/" + invoice).body().toString());
      }

      assertThat(after).isEqualTo(before);
      assertThat(invoiceEvents(api)).isEqualTo(eventsBefore);
      assertThat(eventsBefore.stream().filter(e -> e.startsWith("invoice.overdue")))
          .containsExactly(
              "invoice.overdue:" + invoices.get(0), "invoice.overdue:" + invoices.get(1));
      assertThat(api.get("/v1/invoices/" + invoices.get(0)).text("/amountPaid/amount"))
          .isEqualTo("40.00");
      assertThat(api.get("/v1/invoices/" + invoices.get(1)).text("/status")).isEqualTo("overdue");
      assertThat(second.ledger().audit().isClean()).isTrue();
    }
  }

  @Test
  void racingPaymentsAndCreditNotesNeverSettleMoreThanTheTotal() throws Exception {
    try (MockWalletServer mock = MockWalletServer.builder().startAt(InvoicesTest.START).build()) {
      MockApi api = new MockApi(mock);
      String issuer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR).value();
      String invoice = issue(api, issuer, InvoicesTest.LINES, "2026-03-31").text("/id");
      List<String> payers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String wallet = api.openWallet("Payer " + i, "EUR");
        mock.control().fund(WalletId.of(wallet), Money.of("100.00", "EUR"));
        payers.add(wallet);
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String payer = payers.get(i / 2);
        boolean pays = i % 2 == 0;
        Thread thread =
            new Thread(
                () -> {
                  try {
                    start.await(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  if (pays) {
                    pay(api, payer, invoice, "20.00");
                  } else {
                    credit(api, invoice, "20.00");
                  }
                });
        threads.add(thread);
        thread.start();
      }
      start.countDown();
      for (Thread thread : threads) {
        thread.join(30_000);
      }

      Reply got = api.get("/v1/invoices/" + invoice);
      BigDecimal paid = new BigDecimal(got.text("/amountPaid/amount"));
      BigDecimal credited = new BigDecimal(got.text("/amountCredited/amount"));
      BigDecimal due = new BigDecimal(got.text("/amountDue/amount"));
      assertThat(paid.add(credited)).isEqualByComparingTo("80.00");
      assertThat(due).isEqualByComparingTo("11.42");
      BigDecimal debited = BigDecimal.ZERO;
      for (String payer : payers) {
        debited =
            debited.add(
                new BigDecimal("100.00")
                    .subtract(
                        mock.control().balance(WalletId.of(payer), CurrencyCode.EUR).amount()));
      }
      assertThat(debited).isEqualByComparingTo(paid);
      assertThat(mock.control().balance(WalletId.of(issuer), CurrencyCode.EUR).amount())
          .isEqualByComparingTo(paid);
      assertThat(mock.ledger().audit().isClean()).isTrue();
    }
  }

  @Test
  void hostileLinesAndCreditNotesAreRefusedNamingTheFieldAndChangeNothing() {
    try (MockWalletServer mock = MockWalletServer.builder().startAt(InvoicesTest.START).build()) {
      MockApi api = new MockApi(mock);
      String issuer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR).value();
      String huge =
          "[{\"description\":\"Gold\",\"quantity\":1000000,\"unitPrice\":"
              + MockApi.money("99999999999.99", "EUR")
              + ",\"taxRateBasisPoints\":10000}]";
      StringBuilder many = new StringBuilder("[");
      for (int i = 0; i < 101; i++) {
        many.append(i == 0 ? "" : ",")
            .append("{\"description\":\"x\",\"quantity\":1,\"unitPrice\":")
            .append(MockApi.money("0.01", "EUR"))
            .append("}");
      }
      many.append("]");

      Reply tooLarge = issue(api, issuer, huge, "2026-03-31");
      Reply tooMany = issue(api, issuer, many.toString(), "2026-03-31");
      String invoice = issue(api, issuer, InvoicesTest.LINES, "2026-03-31").text("/id");
      Reply zero = credit(api, invoice, "0.00");
      Reply negative = credit(api, invoice, "-1.00");
      Reply overDue = credit(api, invoice, "91.43");

      assertThat(tooLarge.text("/errors/0/field")).startsWith("/lines/0");
      assertThat(tooMany.text("/errors/0/field")).isEqualTo("/lines");
      assertThat(tooMany.text("/errors/0/code")).isEqualTo("invalid_length");
      assertThat(zero.text("/errors/0/field")).isEqualTo("/amount/amount");
      assertThat(negative.text("/errors/0/field")).isEqualTo("/amount/amount");
      assertThat(overDue.text("/errors/0/code")).isEqualTo("amount_exceeds_due");
      assertThat(api.get("/v1/wallets/" + issuer + "/invoices").body().get("data")).hasSize(1);
      assertThat(api.get("/v1/invoices/" + invoice).text("/amountDue/amount")).isEqualTo("91.42");
    }
  }

  @Test
  void aHundredLinesTaxEachLineOnceAndTotalExactly() {
    try (MockWalletServer mock = MockWalletServer.builder().startAt(InvoicesTest.START).build()) {
      MockApi api = new MockApi(mock);
      String issuer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR).value();
      StringBuilder lines = new StringBuilder("[");
      for (int i = 0; i < 100; i++) {
        lines
            .append(i == 0 ? "" : ",")
            .append("{\"description\":\"x\",\"quantity\":1,\"unitPrice\":")
            .append(MockApi.money("0.05", "EUR"))
            .append(",\"taxRateBasisPoints\":1000}");
      }
      lines.append("]");

      Reply issued = issue(api, issuer, lines.toString(), "2026-03-31");

      assertThat(issued.text("/lines/99/taxAmount/amount")).isEqualTo("0.01");
      assertThat(issued.text("/taxTotal/amount")).isEqualTo("1.00");
      assertThat(issued.text("/total/amount")).isEqualTo("6.00");
    }
  }
}
