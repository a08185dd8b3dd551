/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.engine.InvoiceCodes;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.qr.MerchantQr;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-invoices of business wallets: issued with per-line tax, paid once, overdue, voided, credited.
 */
class InvoicesTest {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /** 3 x 19.99 at 19 %, 1 x 0.05 at 10 % (tax 0.005 rounds up), 2 x 10.00 untaxed. */
  static final String LINES =
      "[{\"description\":\"Consulting hour\",\"quantity\":3,\"unitPrice\":"
          + MockApi.money("19.99", "EUR")
          + ",\"taxRateBasisPoints\":1900},"
          + "{\"description\":\"Stamp\",\"quantity\":1,\"unitPrice\":"
          + MockApi.money("0.05", "EUR")
          + ",\"taxRateBasisPoints\":1000},"
          + "{\"description\":\"Travel\",\"quantity\":2,\"unitPrice\":"
          + MockApi.money("10.00", "EUR")
          + "}]";

  private MockWalletServer mock;
  private MockApi api;
  private String issuer;
  private String payer;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(START).build();
    api = new MockApi(mock);
    issuer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR).value();
    payer = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(payer), Money.of("100.00", "EUR"));
  }

  @AfterEach
  void tearDown() {
    mock.close();
  }

  private Reply issue(String lines, boolean partial) {
    return api.post(
        "/v1/wallets/" + issuer + "/invoices",
        "{\"currency\":\"EUR\",\"dueDate\":\"2026-03-31\",\"allowPartialPayments\":"
            + partial
            + ",\"lines\":"
            + lines
            + "}");
  }

  private String invoice(boolean partial) {
    Reply issued = issue(LINES, partial);
    assertThat(issued.status()).isEqualTo(201);
    return issued.text("/id");
  }

  private Reply pay(String invoice, String amount) {
    String money = amount == null ? "" : ",\"amount\":" + MockApi.money(amount, "EUR");
    return api.post(
        "/v1/invoice-payments",
        "{\"walletId\":\"" + payer + "\",\"invoiceId\":\"" + invoice + "\"" + money + "}");
  }

  /** The invoice events of the feed, oldest first. */
  private List<String> eventTypes() {
    List<String> types = new ArrayList<>();
    for (JsonNode event : api.get("/v1/events?limit=100").body().get("data")) {
      if (event.get("type").asText().startsWith("invoice.")) {
        types.add(event.get("type").asText());
      }
    }
    return types;
  }

  @Test
  void issuedInvoiceTaxesEachLineRoundedHalfUpAndTotalsExactly() {
    Reply issued = issue(LINES, false);

    assertThat(issued.status()).isEqualTo(201);
    assertThat(issued.text("/object")).isEqualTo("invoice");
    assertThat(issued.text("/status")).isEqualTo("open");
    assertThat(issued.text("/lines/0/netAmount/amount")).isEqualTo("59.97");
    assertThat(issued.text("/lines/0/taxAmount/amount")).isEqualTo("11.39");
    assertThat(issued.text("/lines/1/taxAmount/amount")).isEqualTo("0.01");
    assertThat(issued.text("/lines/2/taxAmount/amount")).isEqualTo("0.00");
    assertThat(issued.text("/netTotal/amount")).isEqualTo("80.02");
    assertThat(issued.text("/taxTotal/amount")).isEqualTo("11.40");
    assertThat(issued.text("/total/amount")).isEqualTo("91.42");
    assertThat(issued.text("/amountDue/amount")).isEqualTo("91.42");
    assertThat(issued.text("/amountPaid/amount")).isEqualTo("0.00");
    assertThat(issued.text("/creditorReference")).isEqualTo("RF74000000000001");
    assertThat(InvoiceCodes.isValidReference(issued.text("/creditorReference"))).isTrue();
    assertThat(eventTypes()).containsExactly("invoice.issued");
  }

  @Test
  void qrCodeCarriesTheAmountDueTheReferenceAndAValidChecksum() {
    Reply issued = issue(LINES, false);

    MerchantQr qr = MerchantQr.parse(issued.text("/qrPayload"));

    assertThat(qr.isDynamic()).isTrue();
    assertThat(qr.amount()).contains(Money.of("91.42", "EUR"));
    assertThat(qr.additionalData().orElseThrow().referenceLabel()).contains("RF74000000000001");
    assertThat(InvoiceCodes.invoiceId(qr)).contains(issued.text("/id"));
    assertThat(qr.merchantName()).isEqualTo("Acme Ltd");
  }

  @Test
  void personalWalletCannotIssueInvoices() {
    Reply refused =
        api.post(
            "/v1/wallets/" + payer + "/invoices",
            "{\"currency\":\"EUR\",\"dueDate\":\"2026-03-31\",\"lines\":" + LINES + "}");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("/errors/0/code")).isEqualTo("business_wallet_required");
    assertThat(api.get("/v1/wallets/" + payer + "/invoices").body().get("data")).isEmpty();
  }

  @Test
  void fullPaymentIsOneJournalEntryAndMarksTheInvoicePaid() {
    String invoice = invoice(false);
    int journal = mock.ledger().journalSize();

    Reply paid = pay(invoice, null);

    assertThat(paid.status()).isEqualTo(201);
    assertThat(paid.text("/object")).isEqualTo("invoice_payment");
    assertThat(paid.text("/amount/amount")).isEqualTo("91.42");
    assertThat(paid.text("/amountDueAfter/amount")).isEqualTo("0.00");
    assertThat(paid.text("/invoiceStatus")).isEqualTo("paid");
    assertThat(paid.body().has("receipt")).isTrue();
    assertThat(mock.ledger().journalSize()).isEqualTo(journal + 1);
    assertThat(mock.control().balance(WalletId.of(payer), CurrencyCode.EUR))
        .isEqualTo(Money.of("8.58", "EUR"));
    assertThat(mock.control().balance(WalletId.of(issuer), CurrencyCode.EUR))
        .isEqualTo(Money.of("91.42", "EUR"));
    Reply got = api.get("/v1/invoices/" + invoice);
    assertThat(got.text("/status")).isEqualTo("paid");
    assertThat(got.text("/amountPaid/amount")).isEqualTo("91.42");
    assertThat(got.body().has("qrPayload")).isFalse();
    assertThat(eventTypes()).containsExactly("invoice.issued", "invoice.paid");
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void paidInvoiceRefusesASecondPaymentAndMovesNothing() {
    String invoice = invoice(false);
    mock.control().fund(WalletId.of(payer), Money.of("100.00", "EUR"));
    pay(invoice, null);
    int journal = mock.ledger().journalSize();

    Reply again = pay(invoice, null);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("invoice_not_payable");
    assertThat(again.text("/detail"))
        .isEqualTo("invoice " + invoice + " is paid; it takes no payments");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
  }

  @Test
  void resentPaymentWithTheSameKeyIsAnsweredOnceAndPaysOnce() {
    String invoice = invoice(false);
    String body = "{\"walletId\":\"" + payer + "\",\"invoiceId\":\"" + invoice + "\"}";
    int journal = mock.ledger().journalSize();

    Reply first = api.post("/v1/invoice-payments", body, "pay-inv-1");
    Reply second = api.post("/v1/invoice-payments", body, "pay-inv-1");

    assertThat(second.status()).isEqualTo(201);
    assertThat(second.text("/id")).isEqualTo(first.text("/id"));
    assertThat(mock.ledger().journalSize()).isEqualTo(journal + 1);
  }

  @Test
  void partialPaymentOfAnInvoiceThatDoesNotAllowItIsRefused() {
    String invoice = invoice(false);

    Reply refused = pay(invoice, "50.00");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("/errors/0/code")).isEqualTo("partial_payment_not_allowed");
    assertThat(api.get("/v1/invoices/" + invoice).text("/status")).isEqualTo("open");
  }

  @Test
  void partialPaymentsFollowTheLedgerUntilPaidAndNeverOverPay() {
    String invoice = invoice(true);

    Reply first = pay(invoice, "40.00");
    Reply over = pay(invoice, "51.43");
    Reply rest = pay(invoice, "51.42");

    assertThat(first.text("/invoiceStatus")).isEqualTo("partially_paid");
    assertThat(first.text("/amountDueAfter/amount")).isEqualTo("51.42");
    assertThat(over.status()).isEqualTo(422);
    assertThat(over.text("/errors/0/code")).isEqualTo("amount_exceeds_due");
    assertThat(over.text("/detail"))
        .isEqualTo(
            "/amount/amount: 51.43 EUR is more than the 51.42 EUR due on invoice " + invoice);
    assertThat(rest.text("/invoiceStatus")).isEqualTo("paid");
    Reply got = api.get("/v1/invoices/" + invoice);
    assertThat(got.text("/amountPaid/amount")).isEqualTo("91.42");
    assertThat(invoicePostings(Set.of(first.text("/id"), rest.text("/id")))).isEqualTo(9142);
    assertThat(eventTypes())
        .containsExactly("invoice.issued", "invoice.partially_paid", "invoice.paid");
  }

  /** Sums the ledger's invoice payment postings of the given payments, in minor units. */
  private long invoicePostings(Set<String> payments) {
    long sum = 0;
    for (String line : mock.ledger().exportJournal().split("\n")) {
      JsonNode entry = parse(line);
      if (entry.path("type").asText().equals("invoice_payment")
          && payments.contains(entry.path("resourceId").asText())) {
        for (JsonNode leg : entry.get("legs")) {
          sum += leg.get("amount").asLong();
        }
      }
    }
    return sum;
  }

  private static JsonNode parse(String line) {
    try {
      return MockApi.JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void invoiceIsPaidByReferenceAndByItsQrCode() {
    String byReference = invoice(false);
    mock.control().fund(WalletId.of(payer), Money.of("100.00", "EUR"));
    Reply second = issue(LINES, false);
    String reference = api.get("/v1/invoices/" + byReference).text("/creditorReference");

    Reply viaReference =
        api.post(
            "/v1/invoice-payments",
            "{\"walletId\":\"" + payer + "\",\"creditorReference\":\"" + reference + "\"}");
    Reply viaQr =
        api.post(
            "/v1/invoice-payments",
            "{\"walletId\":\"" + payer + "\",\"qrPayload\":\"" + second.text("/qrPayload") + "\"}");

    assertThat(viaReference.text("/invoiceId")).isEqualTo(byReference);
    assertThat(viaReference.text("/invoiceStatus")).isEqualTo("paid");
    assertThat(viaQr.text("/invoiceId")).isEqualTo(second.text("/id"));
    assertThat(viaQr.text("/amount/amount")).isEqualTo("91.42");
    assertThat(viaQr.text("/creditorReference")).isEqualTo("RF47000000000002");
  }

  @Test
  void referenceWithWrongCheckDigitsIsRefused() {
    invoice(false);

    Reply refused =
        api.post(
            "/v1/invoice-payments",
            "{\"walletId\":\"" + payer + "\",\"creditorReference\":\"RF75000000000001\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("/errors/0/code")).isEqualTo("invalid_check_digits");
  }

  @Test
  void invoiceFallsOverdueOnceTheDayAfterItsDueDateAndStillTakesPayment() {
    String invoice = invoice(false);
    mock.control().setClock(Instant.parse("2026-03-31T23:59:59Z"));
    assertThat(api.get("/v1/invoices/" + invoice).text("/status")).isEqualTo("open");

    mock.control().advanceClock(Duration.ofSeconds(1));
    mock.control().advanceClock(Duration.ofDays(3));
    Reply overdue = api.get("/v1/invoices/" + invoice);
    Reply paid = pay(invoice, null);

    assertThat(overdue.text("/status")).isEqualTo("overdue");
    assertThat(overdue.text("/overdueAt")).isEqualTo("2026-04-01T00:00:00Z");
    assertThat(paid.text("/invoiceStatus")).isEqualTo("paid");
    assertThat(eventTypes()).containsExactly("invoice.issued", "invoice.overdue", "invoice.paid");
  }

  @Test
  void openInvoiceIsVoidedAndThenTakesNoPayment() {
    String invoice = invoice(false);

    Reply voided = api.post("/v1/invoices/" + invoice + "/void", "{}");
    Reply refused = pay(invoice, null);

    assertThat(voided.status()).isEqualTo(200);
    assertThat(voided.text("/status")).isEqualTo("void");
    assertThat(voided.body().has("qrPayload")).isFalse();
    assertThat(refused.code()).isEqualTo("invoice_not_payable");
    assertThat(eventTypes()).containsExactly("invoice.issued", "invoice.voided");
  }

  @Test
  void partiallyPaidInvoiceCannotBeVoided() {
    String invoice = invoice(true);
    pay(invoice, "1.00");

    Reply refused = api.post("/v1/invoices/" + invoice + "/void", "{}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("invoice_not_voidable");
    assertThat(api.get("/v1/invoices/" + invoice).text("/status")).isEqualTo("partially_paid");
  }

  @Test
  void creditNotesLowerWhatIsDueAndNeverExceedIt() {
    String invoice = invoice(true);
    pay(invoice, "41.42");

    Reply credited =
        api.post(
            "/v1/invoices/" + invoice + "/credit-notes",
            "{\"amount\":" + MockApi.money("20.00", "EUR") + ",\"reason\":\"Late delivery\"}");
    Reply tooMuch =
        api.post(
            "/v1/invoices/" + invoice + "/credit-notes",
            "{\"amount\":" + MockApi.money("30.01", "EUR") + "}");
    Reply rest =
        api.post(
            "/v1/invoices/" + invoice + "/credit-notes",
            "{\"amount\":" + MockApi.money("30.00", "EUR") + "}");

    assertThat(credited.text("/amountCredited/amount")).isEqualTo("20.00");
    assertThat(credited.text("/amountDue/amount")).isEqualTo("30.00");
    assertThat(credited.text("/creditNotes/0/reason")).isEqualTo("Late delivery");
    assertThat(tooMuch.status()).isEqualTo(422);
    assertThat(tooMuch.text("/errors/0/code")).isEqualTo("amount_exceeds_due");
    assertThat(rest.text("/status")).isEqualTo("paid");
    assertThat(rest.text("/amountPaid/amount")).isEqualTo("41.42");
    assertThat(rest.text("/amountDue/amount")).isEqualTo("0.00");
  }

  @Test
  void invoiceCreditedInFullBeforeAnyPaymentIsCredited() {
    String invoice = invoice(false);

    Reply credited =
        api.post(
            "/v1/invoices/" + invoice + "/credit-notes",
            "{\"amount\":" + MockApi.money("91.42", "EUR") + "}");

    assertThat(credited.text("/status")).isEqualTo("credited");
    assertThat(pay(invoice, null).code()).isEqualTo("invoice_not_payable");
  }

  @Test
  void badIssueRequestNamesEveryBadMemberAndIssuesNothing() {
    Reply refused =
        api.post(
            "/v1/wallets/" + issuer + "/invoices",
            "{\"currency\":\"EUR\",\"dueDate\":\"31/03/2026\",\"lines\":[{\"description\":\"X\","
                + "\"quantity\":0,\"unitPrice\":"
                + MockApi.money("1.00", "USD")
                + ",\"taxRateBasisPoints\":10001}]}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "/lines/0/quantity",
            "/lines/0/unitPrice/currency",
            "/lines/0/taxRateBasisPoints",
            "/dueDate");
    assertThat(api.get("/v1/wallets/" + issuer + "/invoices").body().get("data")).isEmpty();
  }

  @Test
  void dueDateInThePastIsRefused() {
    Reply refused =
        api.post(
            "/v1/wallets/" + issuer + "/invoices",
            "{\"currency\":\"EUR\",\"dueDate\":\"2026-03-01\",\"lines\":" + LINES + "}");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("/errors/0/code")).isEqualTo("due_date_in_past");
  }

  @Test
  void issuerCannotPayItsOwnInvoice() {
    String invoice = invoice(false);
    mock.control().fund(WalletId.of(issuer), Money.of("100.00", "EUR"));

    Reply refused =
        api.post(
            "/v1/invoice-payments",
            "{\"walletId\":\"" + issuer + "\",\"invoiceId\":\"" + invoice + "\"}");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("/errors/0/code")).isEqualTo("same_wallet");
  }

  @Test
  void paymentAboveTheStepUpThresholdIsHeldLikeAnyDebit() {
    String invoice = invoice(false);
    mock.control().setStepUpThreshold(WalletId.of(payer), Money.of("50.00", "EUR"));
    int journal = mock.ledger().journalSize();

    Reply held = pay(invoice, null);

    assertThat(held.status()).isEqualTo(401);
    assertThat(held.code()).isEqualTo("step_up_required");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(api.get("/v1/invoices/" + invoice).text("/status")).isEqualTo("open");
  }

  @Test
  void concurrentPayersNeverPayMoreThanIsDue() throws Exception {
    String invoice = invoice(true);
    List<String> payers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String wallet = api.openWallet("Payer " + i, "EUR");
      mock.control().fund(WalletId.of(wallet), Money.of("100.00", "EUR"));
      payers.add(wallet);
    }
    List<Thread> threads = new ArrayList<>();
    Set<Integer> statuses = java.util.Collections.synchronizedSet(new HashSet<>());
    List<String> paid = java.util.Collections.synchronizedList(new ArrayList<>());
    for (String wallet : payers) {
      Thread thread =
          new Thread(
              () -> {
                Reply reply =
                    api.post(
                        "/v1/invoice-payments",
                        "{\"walletId\":\""
                            + wallet
                            + "\",\"invoiceId\":\""
                            + invoice
                            + "\",\"amount\":"
                            + MockApi.money("30.00", "EUR")
                            + "}");
                statuses.add(reply.status());
                if (reply.status() == 201) {
                  paid.add(reply.text("/id"));
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join(30_000);
    }

    assertThat(paid).hasSize(3);
    assertThat(statuses).containsExactlyInAnyOrder(201, 422);
    Reply got = api.get("/v1/invoices/" + invoice);
    assertThat(got.text("/amountPaid/amount")).isEqualTo("90.00");
    assertThat(got.text("/amountDue/amount")).isEqualTo("1.42");
    assertThat(invoicePostings(new HashSet<>(paid))).isEqualTo(9000);
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void erasingTheIssuerReplacesLineDescriptionsInTheInvoiceAndItsEvents() {
    String invoice = invoice(false);

    Reply erased = api.post("/v1/wallets/" + issuer + "/erasure", "{}");

    assertThat(erased.status()).isEqualTo(200);
    Reply got = api.get("/v1/invoices/" + invoice);
    assertThat(got.text("/lines/0/description")).isEqualTo("[erased]");
    assertThat(got.text("/creditorReference")).isEqualTo("RF74000000000001");
    String feed = api.get("/v1/events?limit=100").body().toString();
    assertThat(feed).doesNotContain("Consulting hour").doesNotContain("Acme Ltd");
  }

  @Test
  void restartFromTheJournalRebuildsInvoicesPaymentsAndOverdue(@TempDir Path dir) {
    Path journal = dir.resolve("invoices.journal");
    String invoice;
    String before;
    try (MockWalletServer first =
        MockWalletServer.builder().startAt(START).journal(journal).build()) {
      MockApi one = new MockApi(first);
      String business = first.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR).value();
      String bob = one.openWallet("Bob", "EUR");
      first.control().fund(WalletId.of(bob), Money.of("100.00", "EUR"));
      invoice =
          one.post(
                  "/v1/wallets/" + business + "/invoices",
                  "{\"currency\":\"EUR\",\"dueDate\":\"2026-03-31\",\"allowPartialPayments\":true,"
                      + "\"lines\":"
                      + LINES
                      + "}")
              .text("/id");
      one.post(
          "/v1/invoice-payments",
          "{\"walletId\":\""
              + bob
              + "\",\"invoiceId\":\""
              + invoice
              + "\",\"amount\":"
              + MockApi.money("12.34", "EUR")
              + "}");
      first.control().advanceClock(Duration.ofDays(30));
      before = one.get("/v1/invoices/" + invoice).body().toString();
    }

    try (MockWalletServer second =
        MockWalletServer.builder().startAt(START).journal(journal).build()) {
      Reply after = new MockApi(second).get("/v1/invoices/" + invoice);

      assertThat(after.body().toString()).isEqualTo(before);
      assertThat(after.text("/status")).isEqualTo("overdue");
      assertThat(after.text("/amountPaid/amount")).isEqualTo("12.34");
    }
  }

  @Test
  void lineDescriptionsNeverReachTheJournalFileInPlainTextAndReplayAsErased(@TempDir Path dir)
      throws java.io.IOException {
    Path journal = dir.resolve("sealed.journal");
    String invoice;
    try (MockWalletServer first =
        MockWalletServer.builder().startAt(START).journal(journal).build()) {
      MockApi one = new MockApi(first);
      String business = first.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR).value();
      invoice =
          one.post(
                  "/v1/wallets/" + business + "/invoices",
                  "{\"currency\":\"EUR\",\"dueDate\":\"2026-03-31\",\"lines\":[{\"description\":"
                      + "\"Quorvath widget polishing\",\"quantity\":1,\"unitPrice\":"
                      + MockApi.money("5.00", "EUR")
                      + "}]}")
              .text("/id");
      assertThat(one.post("/v1/wallets/" + business + "/erasure", "{}").status()).isEqualTo(200);
    }

    try (MockWalletServer second =
        MockWalletServer.builder().startAt(START).journal(journal).build()) {
      Reply replayed = new MockApi(second).get("/v1/invoices/" + invoice);

      assertThat(
              new String(
                  java.nio.file.Files.readAllBytes(journal),
                  java.nio.charset.StandardCharsets.ISO_8859_1))
          .doesNotContain("Quorvath");
      assertThat(replayed.text("/lines/0/description")).isEqualTo("[erased]");
      assertThat(replayed.text("/total/amount")).isEqualTo("5.00");
    }
  }
}
