/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Payments to merchants, in the wallet's currency or converted at a quote, and their refunds. */
@ExtendWith(MockWalletExtension.class)
class PaymentsTest {
  private static final CurrencyCode EUR = CurrencyCode.EUR;
  private static final CurrencyCode USD = CurrencyCode.USD;

  private static void assertMoney(Reply reply, String pointer, String amount, String currency) {
    assertThat(reply.text(pointer + "/amount")).as(pointer).isEqualTo(amount);
    assertThat(reply.text(pointer + "/currency")).as(pointer).isEqualTo(currency);
  }

  private static Money balance(MockWalletServer mock, String wallet, CurrencyCode currency) {
    return mock.control().balance(WalletId.of(wallet), currency);
  }

  /**
   * Alice (EUR, 200.00) pays 100.00 USD to the demo merchant at a fixed-buy quote: mid 1.10, no
   * spread, fee 100 bps.
   *
   * <p>principal = round(100.00 / 1.10) = round(90.9090...) = 90.91 EUR; fee = round(90.91 × 0.01)
   * = 0.91 EUR; debited = 91.82 EUR.
   */
  private static Reply payInDollars(MockWalletServer mock, MockApi api, String alice) {
    mock.control().fund(WalletId.of(alice), Money.of("200.00", "EUR"));
    mock.control().setRate(EUR, USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    String quote =
        api.post("/v1/quotes", Bodies.buyQuote(alice, "100.00", "USD", "EUR")).text("/id");
    Reply payment = api.post("/v1/payments", Bodies.paymentAtQuote(alice, "mer_demo", quote));
    assertThat(payment.status()).isEqualTo(201);
    return payment;
  }

  @Test
  void paymentInTheWalletCurrencyDebitsExactlyTheAmount(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));

    Reply payment =
        api.post(
            "/v1/payments",
            "{\"walletId\":\""
                + alice
                + "\",\"merchantId\":\""
                + mock.control().demoMerchant().value()
                + "\",\"amount\":"
                + MockApi.money("25.00", "EUR")
                + ",\"description\":\"Coffee beans\",\"reference\":\"order-1\"}");

    assertThat(payment.status()).isEqualTo(201);
    assertThat(payment.text("/object")).isEqualTo("payment");
    assertThat(payment.text("/id")).matches("pay_[A-Za-z0-9]{20}");
    assertThat(payment.text("/walletId")).isEqualTo(alice);
    assertThat(payment.text("/merchantId")).isEqualTo("mer_demo");
    assertMoney(payment, "/amount", "25.00", "EUR");
    assertMoney(payment, "/debitedAmount", "25.00", "EUR");
    assertMoney(payment, "/fee", "0.00", "EUR");
    assertMoney(payment, "/refundedAmount", "0.00", "EUR");
    assertThat(payment.text("/status")).isEqualTo("succeeded");
    assertThat(payment.body().has("quoteId")).isFalse();
    assertThat(payment.text("/description")).isEqualTo("Coffee beans");
    assertThat(payment.text("/reference")).isEqualTo("order-1");
    assertThat(payment.text("/createdAt")).isEqualTo(mock.control().now().toString());
    assertThat(balance(mock, alice, EUR)).isEqualTo(Money.of("75.00", "EUR"));
    assertThat(api.get("/v1/payments/" + payment.text("/id")).body()).isEqualTo(payment.body());
  }

  @Test
  void paymentIsRecordedInTheWalletHistory(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));

    String id =
        api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "25.00", "EUR")).text("/id");

    Reply history = api.get("/v1/wallets/" + alice + "/transactions");
    assertThat(history.text("/data/0/type")).isEqualTo("payment");
    assertThat(history.text("/data/0/direction")).isEqualTo("debit");
    assertThat(history.text("/data/0/amount/amount")).isEqualTo("25.00");
    assertThat(history.text("/data/0/balanceAfter/amount")).isEqualTo("75.00");
    assertThat(history.text("/data/0/resourceId")).isEqualTo(id);
  }

  @Test
  void paymentToARegisteredMerchantSucceeds(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String merchant = mock.control().registerMerchant("Bakery").value();

    Reply payment = api.post("/v1/payments", Bodies.payment(alice, merchant, "3.50", "EUR"));

    assertThat(merchant).matches("mer_[A-Za-z0-9]{20}");
    assertThat(payment.status()).isEqualTo(201);
    assertThat(payment.text("/merchantId")).isEqualTo(merchant);
  }

  @Test
  void paymentAtAQuotePaysTheBuyAmountAndDebitsTheSellAmount(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");

    Reply payment = payInDollars(mock, api, alice);

    assertMoney(payment, "/amount", "100.00", "USD");
    assertMoney(payment, "/debitedAmount", "91.82", "EUR");
    assertMoney(payment, "/fee", "0.91", "EUR");
    assertMoney(payment, "/refundedAmount", "0.00", "USD");
    assertThat(payment.text("/quoteId")).startsWith("quo_");
    assertThat(balance(mock, alice, EUR)).isEqualTo(Money.of("108.18", "EUR"));
    assertThat(api.get("/v1/quotes/" + payment.text("/quoteId")).text("/status")).isEqualTo("used");
  }

  @Test
  void unknownMerchantIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    int journal = mock.ledger().journalSize();

    Reply payment = api.post("/v1/payments", Bodies.payment(alice, "mer_nope", "25.00", "EUR"));

    assertThat(payment.status()).isEqualTo(400);
    assertThat(payment.code()).isEqualTo("invalid_request");
    assertThat(payment.text("/errors/0/field")).isEqualTo("/merchantId");
    assertThat(payment.text("/errors/0/code")).isEqualTo("unknown_merchant");
    assertThat(payment.text("/detail"))
        .isEqualTo("/merchantId: merchant mer_nope is not registered");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
  }

  @Test
  void paymentBeyondTheBalanceIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("10.00", "EUR"));

    Reply payment = api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "10.01", "EUR"));

    assertThat(payment.status()).isEqualTo(422);
    assertThat(payment.code()).isEqualTo("insufficient_funds");
    assertThat(balance(mock, alice, EUR)).isEqualTo(Money.of("10.00", "EUR"));
  }

  @Test
  void partialThenFullRefundMovesThroughTheStatuses(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String payment =
        api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "30.00", "EUR")).text("/id");

    Reply partial =
        api.post(
            "/v1/payments/" + payment + "/refunds",
            "{\"amount\":" + MockApi.money("10.00", "EUR") + ",\"reason\":\"One item missing\"}");
    Reply afterPartial = api.get("/v1/payments/" + payment);
    Reply rest = api.post("/v1/payments/" + payment + "/refunds", "{}");
    Reply afterRest = api.get("/v1/payments/" + payment);

    assertThat(partial.status()).isEqualTo(201);
    assertThat(partial.text("/object")).isEqualTo("refund");
    assertThat(partial.text("/id")).matches("rfd_[A-Za-z0-9]{20}");
    assertThat(partial.text("/paymentId")).isEqualTo(payment);
    assertThat(partial.text("/walletId")).isEqualTo(alice);
    assertThat(partial.text("/status")).isEqualTo("succeeded");
    assertThat(partial.text("/reason")).isEqualTo("One item missing");
    assertMoney(partial, "/amount", "10.00", "EUR");
    assertMoney(partial, "/creditedAmount", "10.00", "EUR");
    assertThat(afterPartial.text("/status")).isEqualTo("partially_refunded");
    assertMoney(afterPartial, "/refundedAmount", "10.00", "EUR");
    assertThat(rest.status()).isEqualTo(201);
    assertMoney(rest, "/amount", "20.00", "EUR");
    assertMoney(rest, "/creditedAmount", "20.00", "EUR");
    assertThat(afterRest.text("/status")).isEqualTo("refunded");
    assertMoney(afterRest, "/refundedAmount", "30.00", "EUR");
    assertThat(balance(mock, alice, EUR)).isEqualTo(Money.of("100.00", "EUR"));
    assertThat(api.get("/v1/wallets/" + alice + "/transactions").text("/data/0/type"))
        .isEqualTo("refund");
  }

  @Test
  void refundOfAConvertedPaymentCreditsProRataRoundedHalfEven(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String payment = payInDollars(mock, api, alice).text("/id");

    Reply first = api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("75.00", "USD"));
    Reply last = api.post("/v1/payments/" + payment + "/refunds", "{}");

    // credited = round(75.00 / 100.00 × 91.82) = round(68.865) = 68.86 EUR (half-even; half-up
    // would credit 68.87)
    assertMoney(first, "/amount", "75.00", "USD");
    assertMoney(first, "/creditedAmount", "68.86", "EUR");
    // the last refund credits what remains: 91.82 - 68.86 = 22.96 EUR
    assertMoney(last, "/amount", "25.00", "USD");
    assertMoney(last, "/creditedAmount", "22.96", "EUR");
    assertThat(api.get("/v1/payments/" + payment).text("/status")).isEqualTo("refunded");
    // 108.18 + 68.86 + 22.96 = 200.00: everything debited came back, fee included
    assertThat(balance(mock, alice, EUR)).isEqualTo(Money.of("200.00", "EUR"));
  }

  @Test
  void finalRefundCreditsExactlyTheRemainder(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String payment = payInDollars(mock, api, alice).text("/id");

    Reply first = api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("33.33", "USD"));
    Reply second = api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("33.33", "USD"));
    Reply third = api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("33.34", "USD"));

    // 33.33 / 100.00 × 91.82 = 30.603606 -> 30.60 EUR, twice
    assertMoney(first, "/creditedAmount", "30.60", "EUR");
    assertMoney(second, "/creditedAmount", "30.60", "EUR");
    // pro rata would be 33.34 / 100.00 × 91.82 = 30.612788 -> 30.61, but the refund completing
    // the payment credits the remainder: 91.82 - 30.60 - 30.60 = 30.62 EUR
    assertMoney(third, "/creditedAmount", "30.62", "EUR");
    // 30.60 + 30.60 + 30.62 = 91.82 = debitedAmount
    assertThat(balance(mock, alice, EUR)).isEqualTo(Money.of("200.00", "EUR"));
    Reply after = api.get("/v1/payments/" + payment);
    assertThat(after.text("/status")).isEqualTo("refunded");
    assertMoney(after, "/refundedAmount", "100.00", "USD");
  }

  @Test
  void refundOfMoreThanRemainsIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String payment =
        api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "30.00", "EUR")).text("/id");
    api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("10.00", "EUR"));
    int journal = mock.ledger().journalSize();

    Reply refund = api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("20.01", "EUR"));

    assertThat(refund.status()).isEqualTo(422);
    assertThat(refund.code()).isEqualTo("refund_exceeds_payment");
    assertThat(refund.text("/detail"))
        .isEqualTo("payment " + payment + " has 20.00 EUR left to refund, not 20.01 EUR");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(balance(mock, alice, EUR)).isEqualTo(Money.of("80.00", "EUR"));
  }

  @Test
  void refundOfAFullyRefundedPaymentIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String payment =
        api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "30.00", "EUR")).text("/id");
    api.post("/v1/payments/" + payment + "/refunds", "{}");

    Reply again = api.post("/v1/payments/" + payment + "/refunds", "{}");

    assertThat(again.status()).isEqualTo(422);
    assertThat(again.code()).isEqualTo("refund_exceeds_payment");
    assertThat(balance(mock, alice, EUR)).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void refundInAnotherCurrencyIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String payment =
        api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "30.00", "EUR")).text("/id");

    Reply refund = api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("10.00", "USD"));

    assertThat(refund.status()).isEqualTo(400);
    assertThat(refund.code()).isEqualTo("invalid_request");
    assertThat(refund.text("/errors/0/field")).isEqualTo("/amount/currency");
    assertThat(refund.text("/errors/0/code")).isEqualTo("currency_mismatch");
    assertThat(refund.text("/detail"))
        .isEqualTo("/amount/currency: must be EUR, the currency of the payment");
    assertThat(balance(mock, alice, EUR)).isEqualTo(Money.of("70.00", "EUR"));
  }

  @Test
  void refundOfAConvertedPaymentInTheDebitedCurrencyIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String payment = payInDollars(mock, api, alice).text("/id");

    Reply refund = api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("10.00", "EUR"));

    assertThat(refund.status()).isEqualTo(400);
    assertThat(refund.text("/errors/0/code")).isEqualTo("currency_mismatch");
    assertThat(refund.text("/detail"))
        .isEqualTo("/amount/currency: must be USD, the currency of the payment");
  }

  @Test
  void paymentOfAnotherPartnerIsNotFound(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String payment =
        api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "30.00", "EUR")).text("/id");
    MockApi other = api.as(mock.control().newPartner("Other bank").apiKey());

    Reply get = other.get("/v1/payments/" + payment);
    Reply refund = other.post("/v1/payments/" + payment + "/refunds", "{}");

    for (Reply reply : java.util.List.of(get, refund)) {
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.code()).isEqualTo("not_found");
      assertThat(reply.text("/detail")).isEqualTo("payment " + payment + " does not exist");
    }
    assertThat(balance(mock, alice, EUR)).isEqualTo(Money.of("70.00", "EUR"));
  }
}
