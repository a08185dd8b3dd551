/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.engine.InvoiceCodes;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.qr.AdditionalData;
import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.PointOfInitiation;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invoice payments where money can go wrong: held for step-up while the invoice changes, paid by a
 * forged or stale QR code, and hostile references.
 */
class InvoiceHazardsTest {
  private MockWalletServer mock;
  private MockApi api;
  private String issuer;
  private String payer;
  private String other;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(InvoicesTest.START).build();
    api = new MockApi(mock);
    issuer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR).value();
    payer = api.openWallet("Bob", "EUR");
    other = api.openWallet("Carol", "EUR");
    mock.control().fund(WalletId.of(payer), Money.of("200.00", "EUR"));
    mock.control().fund(WalletId.of(other), Money.of("200.00", "EUR"));
  }

  @AfterEach
  void tearDown() {
    mock.close();
  }

  private Reply issue(boolean partial) {
    Reply issued =
        api.post(
            "/v1/wallets/" + issuer + "/invoices",
            "{\"currency\":\"EUR\",\"dueDate\":\"2026-03-31\",\"allowPartialPayments\":"
                + partial
                + ",\"lines\":"
                + InvoicesTest.LINES
                + "}");
    assertThat(issued.status()).isEqualTo(201);
    return issued;
  }

  private Reply pay(String wallet, String member, String value, String amount) {
    String money = amount == null ? "" : ",\"amount\":" + MockApi.money(amount, "EUR");
    return api.post(
        "/v1/invoice-payments",
        "{\"walletId\":\"" + wallet + "\",\"" + member + "\":\"" + value + "\"" + money + "}");
  }

  private Reply confirm(Reply held) {
    return api.post(
        "/v1/challenges/" + held.text("/challenge/id") + "/confirm",
        "{\"otp\":\"" + mock.control().currentTotp(WalletId.of(payer)) + "\"}");
  }

  private Reply heldPayment(String invoice, String amount) {
    mock.control().enrollTotp(WalletId.of(payer));
    mock.control().setStepUpThreshold(WalletId.of(payer), Money.of("10.00", "EUR"));
    Reply held = pay(payer, "invoiceId", invoice, amount);
    assertThat(held.code()).isEqualTo("step_up_required");
    return held;
  }

  private Money balance(String wallet) {
    return mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR);
  }

  @Test
  void heldPaymentConfirmedAfterAnotherPayerPaidInFullIsRefusedAndMovesNothing() {
    String invoice = issue(false).text("/id");
    Reply held = heldPayment(invoice, null);
    assertThat(pay(other, "invoiceId", invoice, null).status()).isEqualTo(201);
    int journal = mock.ledger().journalSize();

    Reply confirmed = confirm(held);

    assertThat(confirmed.code()).isEqualTo("invoice_not_payable");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(balance(payer)).isEqualTo(Money.of("200.00", "EUR"));
    assertThat(api.get("/v1/invoices/" + invoice).text("/amountPaid/amount")).isEqualTo("91.42");
  }

  @Test
  void heldPaymentConfirmedAfterTheInvoiceWasVoidedIsRefusedAndMovesNothing() {
    String invoice = issue(false).text("/id");
    Reply held = heldPayment(invoice, null);
    assertThat(api.post("/v1/invoices/" + invoice + "/void", "{}").status()).isEqualTo(200);

    Reply confirmed = confirm(held);

    assertThat(confirmed.code()).isEqualTo("invoice_not_payable");
    assertThat(balance(payer)).isEqualTo(Money.of("200.00", "EUR"));
  }

  @Test
  void heldPartialPaymentConfirmedAfterACreditNoteLoweredTheDueBelowItIsRefused() {
    String invoice = issue(true).text("/id");
    Reply held = heldPayment(invoice, "91.42");
    api.post(
        "/v1/invoices/" + invoice + "/credit-notes",
        "{\"amount\":" + MockApi.money("50.00", "EUR") + "}");

    Reply confirmed = confirm(held);

    assertThat(confirmed.status()).isEqualTo(422);
    assertThat(confirmed.text("/errors/0/code")).isEqualTo("amount_exceeds_due");
    assertThat(balance(payer)).isEqualTo(Money.of("200.00", "EUR"));
    assertThat(api.get("/v1/invoices/" + invoice).text("/amountDue/amount")).isEqualTo("41.42");
  }

  @Test
  void heldPaymentOfEverythingDuePaysOnlyWhatIsStillDueAtConfirmation() {
    String invoice = issue(true).text("/id");
    Reply held = heldPayment(invoice, null);
    assertThat(held.text("/challenge/amount/amount")).isEqualTo("91.42");
    assertThat(pay(other, "invoiceId", invoice, "40.00").status()).isEqualTo(201);

    Reply confirmed = confirm(held);

    assertThat(confirmed.text("/result/amount/amount")).isEqualTo("51.42");
    assertThat(balance(payer)).isEqualTo(Money.of("148.58", "EUR"));
    assertThat(api.get("/v1/invoices/" + invoice).text("/amountPaid/amount")).isEqualTo("91.42");
    assertThat(api.get("/v1/invoices/" + invoice).text("/status")).isEqualTo("paid");
  }

  @Test
  void heldPaymentConfirmedAfterItsChallengeLapsedMovesNothing() {
    String invoice = issue(false).text("/id");
    Reply held = heldPayment(invoice, null);
    mock.control().advanceClock(java.time.Duration.ofMinutes(6));

    Reply confirmed = confirm(held);

    assertThat(confirmed.code()).isEqualTo("challenge_expired");
    assertThat(balance(payer)).isEqualTo(Money.of("200.00", "EUR"));
    assertThat(api.get("/v1/invoices/" + invoice).text("/status")).isEqualTo("open");
  }

  @Test
  void creditNoteResentWithTheSameKeyCreditsOnce() {
    String invoice = issue(true).text("/id");
    String body = "{\"amount\":" + MockApi.money("10.00", "EUR") + "}";

    Reply first = api.post("/v1/invoices/" + invoice + "/credit-notes", body, "cn-1");
    Reply again = api.post("/v1/invoices/" + invoice + "/credit-notes", body, "cn-1");

    assertThat(again.body()).isEqualTo(first.body());
    assertThat(api.get("/v1/invoices/" + invoice).text("/amountCredited/amount"))
        .isEqualTo("10.00");
  }

  @Test
  void frozenPayerCannotPayAnInvoice() {
    String invoice = issue(false).text("/id");
    mock.control().setWalletStatus(WalletId.of(payer), dev.walletsdk.model.WalletStatus.FROZEN);

    Reply refused = pay(payer, "invoiceId", invoice, null);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("wallet_not_active");
    assertThat(balance(payer)).isEqualTo(Money.of("200.00", "EUR"));
  }

  @Test
  void payerWithoutTheInvoicesCurrencyIsRefusedWithATypedError() {
    String invoice = issue(false).text("/id");
    String dollars = api.openWallet("Dave", "USD");

    Reply refused = pay(dollars, "invoiceId", invoice, null);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("insufficient_funds");
    assertThat(api.get("/v1/invoices/" + invoice).text("/status")).isEqualTo("open");
  }

  @Test
  void paymentHeldForReviewAndReleasedAfterTheInvoiceWasVoidedMovesNothingAndFreesTheFunds() {
    String invoice = issue(false).text("/id");
    mock.control()
        .addRiskRule(
            mock.control().defaultPartner(),
            "new_payee",
            "hold",
            Map.of("currency", "EUR", "minAmount", "1.00"));
    Reply held = pay(payer, "invoiceId", invoice, null);
    assertThat(held.code()).isEqualTo("pending_review");
    assertThat(
            api.get("/v1/wallets/" + payer + "/balances?currency=EUR")
                .text("/balances/0/available/amount"))
        .isEqualTo("108.58");
    assertThat(api.post("/v1/invoices/" + invoice + "/void", "{}").status()).isEqualTo(200);

    mock.control().releaseRiskReview(held.text("/review/id"));

    assertThat(api.get("/v1/risk/reviews/" + held.text("/review/id")).text("/failureCode"))
        .isEqualTo("invoice_not_payable");
    assertThat(
            api.get("/v1/wallets/" + payer + "/balances?currency=EUR")
                .text("/balances/0/available/amount"))
        .isEqualTo("200.00");
    assertThat(balance(issuer)).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private static MerchantQr forged(String invoiceId, String reference, Money amount) {
    return forged(invoiceId, reference, amount, CurrencyCode.EUR);
  }

  private static MerchantQr forged(
      String invoiceId, String reference, Money amount, CurrencyCode currency) {
    return MerchantQr.builder()
        .pointOfInitiation(PointOfInitiation.DYNAMIC)
        .merchantAccount(
            MerchantAccount.template("27", InvoiceCodes.QR_GUI, Map.of("01", invoiceId)))
        .merchantCategoryCode("8999")
        .currency(currency)
        .amount(amount)
        .countryCode("DE")
        .merchantName("Trusted Shop")
        .merchantCity("Online")
        .additionalData(AdditionalData.of(Map.of(AdditionalData.REFERENCE_LABEL, reference)))
        .build();
  }

  @Test
  void qrCodeWhoseReferenceIsNotItsInvoicesIsRefusedAndPaysNothing() {
    String victim = issue(false).text("/id");
    String shown = issue(false).text("/creditorReference");
    String payload = forged(victim, shown, Money.of("91.42", "EUR")).payload();

    Reply refused = pay(payer, "qrPayload", payload, null);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("/errors/0/field")).isEqualTo("/qrPayload");
    assertThat(refused.text("/errors/0/code")).isEqualTo("reference_mismatch");
    assertThat(balance(payer)).isEqualTo(Money.of("200.00", "EUR"));
  }

  @Test
  void qrCodeInAnotherCurrencyThanItsInvoiceIsRefusedEvenWithAnAmountInTheRequest() {
    Reply issued = issue(false);
    String payload =
        forged(
                issued.text("/id"),
                issued.text("/creditorReference"),
                Money.of("91.42", "USD"),
                CurrencyCode.USD)
            .payload();

    Reply refused = pay(payer, "qrPayload", payload, "91.42");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("/errors/0/field")).isEqualTo("/qrPayload");
    assertThat(refused.text("/errors/0/code")).isEqualTo("currency_mismatch");
    assertThat(balance(payer)).isEqualTo(Money.of("200.00", "EUR"));
  }

  @Test
  void qrCodeForMoreThanIsDueIsRefused() {
    Reply issued = issue(false);
    String payload =
        forged(issued.text("/id"), issued.text("/creditorReference"), Money.of("91.43", "EUR"))
            .payload();

    Reply refused = pay(payer, "qrPayload", payload, null);

    assertThat(refused.text("/errors/0/code")).isEqualTo("amount_exceeds_due");
    assertThat(balance(payer)).isEqualTo(Money.of("200.00", "EUR"));
  }

  @Test
  void malformedQrPayloadsAreRefusedNamingTheField() {
    Reply issued = issue(false);
    String good = issued.text("/qrPayload");
    String badCrc = good.substring(0, good.length() - 4) + "0000";
    String[] payloads = {
      badCrc, "000201", "00029999999", good.substring(0, 20), "hello", good.replace("5405", "5499")
    };
    for (String payload : payloads) {
      Reply refused = pay(payer, "qrPayload", payload, null);
      assertThat(refused.status()).as(payload).isEqualTo(400);
      assertThat(refused.text("/errors/0/field")).as(payload).isEqualTo("/qrPayload");
    }
    assertThat(balance(payer)).isEqualTo(Money.of("200.00", "EUR"));
  }

  @Test
  void referenceInPrintFormatOrLowercaseIsRefusedAsMalformed() {
    String reference = issue(false).text("/creditorReference");
    String print =
        reference.substring(0, 4) + " " + reference.substring(4, 8) + " " + reference.substring(8);
    for (String bad : new String[] {print, reference.toLowerCase(java.util.Locale.ROOT)}) {
      Reply refused = pay(payer, "creditorReference", bad, null);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.text("/errors/0/field")).as(bad).isEqualTo("/creditorReference");
    }
    assertThat(balance(payer)).isEqualTo(Money.of("200.00", "EUR"));
  }
}
