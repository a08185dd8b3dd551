/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.runtime.LedgerExport;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.PointOfInitiation;
import dev.walletsdk.qr.Tip;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Paying merchant-presented EMVCo codes, and consumer-presented payment tokens. */
@ExtendWith(MockWalletExtension.class)
class QrPaymentsTest {
  private static final String PIX_SAMPLE =
      "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000"
          + "5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D";

  private static MerchantQr.Builder demoQr() {
    return MerchantQr.builder()
        .pointOfInitiation(PointOfInitiation.DYNAMIC)
        .merchantAccount(MerchantAccount.walletMerchant(MerchantId.of("mer_demo")))
        .merchantCategoryCode("5812")
        .currency(CurrencyCode.EUR)
        .countryCode("DE")
        .merchantName("Demo Merchant")
        .merchantCity("Berlin");
  }

  private static String pay(String wallet, MerchantQr qr, String extra) {
    return "{\"walletId\":\"" + wallet + "\",\"payload\":\"" + qr.payload() + "\"" + extra + "}";
  }

  private static Money balance(MockWalletServer mock, String wallet) {
    return mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR);
  }

  private static String funded(MockWalletServer mock, MockApi api, String amount) {
    String wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of(amount, "EUR"));
    return wallet;
  }

  @Test
  void dynamicCodePaysItsAmountToTheMerchantItNames(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    MerchantQr qr = demoQr().amount(Money.of("12.50", "EUR")).build();

    Reply payment = api.post("/v1/qr/payments", pay(alice, qr, ",\"reference\":\"table-4\""));

    assertThat(payment.status()).isEqualTo(201);
    assertThat(payment.text("/merchantId")).isEqualTo("mer_demo");
    assertThat(payment.text("/amount/amount")).isEqualTo("12.50");
    assertThat(payment.text("/reference")).isEqualTo("table-4");
    assertThat(payment.body().has("receipt")).isTrue();
    assertThat(balance(mock, alice)).isEqualTo(Money.of("87.50", "EUR"));
  }

  @Test
  void staticCodeTakesThePayersAmountAndPromptedTip(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    MerchantQr qr = demoQr().pointOfInitiation(PointOfInitiation.STATIC).tip(Tip.prompt()).build();

    Reply payment =
        api.post(
            "/v1/qr/payments",
            pay(
                alice,
                qr,
                ",\"amount\":"
                    + MockApi.money("20.00", "EUR")
                    + ",\"tip\":"
                    + MockApi.money("2.00", "EUR")));

    assertThat(payment.status()).isEqualTo(201);
    assertThat(payment.text("/amount/amount")).isEqualTo("22.00");
    assertThat(payment.text("/tip/amount")).isEqualTo("2.00");
    assertThat(payment.body().has("convenienceFee")).isFalse();
    assertThat(balance(mock, alice)).isEqualTo(Money.of("78.00", "EUR"));
  }

  @Test
  void percentageConvenienceFeeIsAddedRoundedHalfEven(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    MerchantQr qr =
        demoQr()
            .amount(Money.of("0.50", "EUR"))
            .tip(Tip.percentageFee(new BigDecimal("5")))
            .build();

    Reply payment = api.post("/v1/qr/payments", pay(alice, qr, ""));

    assertThat(payment.text("/amount/amount")).isEqualTo("0.52");
    assertThat(payment.text("/convenienceFee/amount")).isEqualTo("0.02");
    assertThat(payment.body().has("tip")).isFalse();
  }

  @Test
  void codeOfAnotherNetworkIsRefusedAndNothingMoves(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");

    Reply reply =
        api.post(
            "/v1/qr/payments",
            "{\"walletId\":\""
                + alice
                + "\",\"payload\":\""
                + PIX_SAMPLE
                + "\",\"amount\":"
                + MockApi.money("10.00", "BRL")
                + "}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.text("/errors/0/field")).isEqualTo("/payload");
    assertThat(reply.text("/errors/0/code")).isEqualTo("unknown_merchant");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void damagedCodeIsA400NamingTheTag(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    String payload = demoQr().amount(Money.of("12.50", "EUR")).build().payload();
    String damaged = payload.replace("12.50", "19.50");

    Reply reply =
        api.post(
            "/v1/qr/payments", "{\"walletId\":\"" + alice + "\",\"payload\":\"" + damaged + "\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_request");
    assertThat(reply.text("/errors/0/code")).isEqualTo("crc_mismatch");
    assertThat(reply.text("/errors/0/message")).startsWith("QR tag 63: ");
    assertThat(mock.ledger().journalSize()).isEqualTo(1);
  }

  @Test
  void amountThatContradictsTheCodeIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    MerchantQr fixed = demoQr().amount(Money.of("12.50", "EUR")).build();
    MerchantQr open = demoQr().build();

    Reply mismatch =
        api.post(
            "/v1/qr/payments", pay(alice, fixed, ",\"amount\":" + MockApi.money("1.00", "EUR")));
    Reply missing = api.post("/v1/qr/payments", pay(alice, open, ""));
    Reply tip =
        api.post("/v1/qr/payments", pay(alice, fixed, ",\"tip\":" + MockApi.money("1.00", "EUR")));
    Reply currency =
        api.post(
            "/v1/qr/payments", pay(alice, open, ",\"amount\":" + MockApi.money("1.00", "USD")));

    assertThat(mismatch.text("/errors/0/code")).isEqualTo("amount_mismatch");
    assertThat(missing.text("/errors/0/field")).isEqualTo("/amount");
    assertThat(tip.text("/errors/0/code")).isEqualTo("tip_not_allowed");
    assertThat(currency.text("/errors/0/code")).isEqualTo("currency_mismatch");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void insufficientFundsMoveNothing(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "5.00");

    Reply reply =
        api.post(
            "/v1/qr/payments", pay(alice, demoQr().amount(Money.of("12.50", "EUR")).build(), ""));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.code()).isEqualTo("insufficient_funds");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("5.00", "EUR"));
  }

  private static Reply issue(MockApi api, String wallet, String extra) {
    return api.post("/v1/qr/tokens", "{\"walletId\":\"" + wallet + "\"" + extra + "}");
  }

  private static Reply redeem(MockApi api, String payload, String amount) {
    return api.post(
        "/v1/qr/tokens/redeem",
        "{\"payload\":\""
            + payload
            + "\",\"merchantId\":\"mer_demo\",\"amount\":"
            + MockApi.money(amount, "EUR")
            + "}");
  }

  @Test
  void tokenIsSignedShortLivedAndRedeemableOnce(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    Instant now = mock.control().now();

    Reply token = issue(api, alice, ",\"lifetimeSeconds\":30");
    Reply payment = redeem(api, token.text("/payload"), "7.25");
    Reply again = redeem(api, token.text("/payload"), "7.25");

    assertThat(token.status()).isEqualTo(201);
    assertThat(token.text("/payload")).matches("WSDKPT1:pqt_[A-Za-z0-9]+:[0-9]+:[A-Za-z0-9_-]{86}");
    assertThat(token.text("/payload")).doesNotContain(alice);
    assertThat(token.text("/expiresAt")).isEqualTo(now.plusSeconds(30).toString());
    assertThat(token.text("/status")).isEqualTo("active");
    assertThat(payment.status()).isEqualTo(201);
    assertThat(payment.text("/walletId")).isEqualTo(alice);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("payment_token_used");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("92.75", "EUR"));
    Reply read = api.get("/v1/qr/tokens/" + token.text("/id"));
    assertThat(read.text("/status")).isEqualTo("redeemed");
    assertThat(read.text("/paymentId")).isEqualTo(payment.text("/id"));
  }

  @Test
  void tokenExpiresOnTheVirtualClock(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    Reply token = issue(api, alice, "");

    mock.control().advanceClock(Duration.ofSeconds(60));
    Reply late = redeem(api, token.text("/payload"), "1.00");

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("payment_token_expired");
    assertThat(api.get("/v1/qr/tokens/" + token.text("/id")).text("/status")).isEqualTo("expired");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void tamperedTokenIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    String payload = issue(api, alice, "").text("/payload");
    String[] parts = payload.split(":");
    String extended =
        parts[0] + ":" + parts[1] + ":" + (Long.parseLong(parts[2]) + 3600) + ":" + parts[3];

    Reply reply = redeem(api, extended, "1.00");
    Reply garbage = redeem(api, "WSDKPT1:nonsense", "1.00");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.text("/errors/0/code")).isEqualTo("payment_token_invalid");
    assertThat(garbage.text("/errors/0/code")).isEqualTo("payment_token_invalid");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void tokenLifetimeIsBounded(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");

    Reply reply = issue(api, alice, ",\"lifetimeSeconds\":3600");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text("/errors/0/field")).isEqualTo("/lifetimeSeconds");
  }

  @Test
  void replayRebuildsTokensAndQrPayments(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    api.post("/v1/qr/payments", pay(alice, demoQr().amount(Money.of("3.00", "EUR")).build(), ""));
    Reply token = issue(api, alice, "");
    redeem(api, token.text("/payload"), "4.00");

    String replayed = LedgerExport.jsonLines(mock.runtime().replayed().ledger().journal());

    assertThat(replayed).isEqualTo(mock.ledger().exportJournal());
    assertThat(mock.runtime().replayed().paymentTokens().get(token.text("/id")).paymentId())
        .isNotNull();
    assertThat(balance(mock, alice)).isEqualTo(Money.of("93.00", "EUR"));
  }

  @Test
  void qrPaymentsAndTokensEmitEvents(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    Reply token = issue(api, alice, "");
    redeem(api, token.text("/payload"), "4.00");

    Reply events = api.get("/v1/events?limit=100");

    assertThat(events.body().get("data").findValuesAsText("type"))
        .containsSubsequence(
            "payment_token.created", "payment.succeeded", "payment_token.redeemed");
  }
}
