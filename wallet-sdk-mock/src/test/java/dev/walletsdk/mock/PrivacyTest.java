/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.runtime.LedgerExport;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A holder's data export, and the erasure of their personal data with the ledger intact. */
class PrivacyTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");
  private static final List<String> PERSONAL =
      List.of(
          "Zelda Displayname",
          "cust-zq-7781",
          "Zelda Quixotic",
          "1977-03-04",
          "ZQ998877",
          "Nebelgasse 9",
          "Zelda Accountholder",
          "zq-transfer-description",
          "zq-transfer-ref",
          "zq-coffee",
          "zq-pay-ref",
          "zq-refund-reason",
          "0099887766",
          "zq-bill-desc",
          "zq-split-desc",
          "zq-split-ref");

  private final MockWalletServer mock = MockWalletServer.builder().startAt(START).build();
  private final MockApi api = new MockApi(mock);
  private final Identities identities = new Identities(api);

  @AfterEach
  void ledgerStaysConsistent() {
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private Reply post(String path, String body) {
    Reply reply = api.post(path, body);
    if (reply.status() >= 300) {
      throw new AssertionError(path + " failed: " + reply.body());
    }
    return reply;
  }

  /** A wallet whose holder's personal data is in every place the platform keeps any. */
  private String holderEverywhere(String bob) {
    String body =
        "{\"displayName\":\"Zelda Displayname\",\"currencies\":[\"EUR\"],"
            + "\"reference\":\"cust-zq-7781\"}";
    String zelda =
        post(
                "/v1/wallets",
                Identities.with(
                    body,
                    identities.full("Zelda Quixotic", "1977-03-04", "ZQ998877", "Nebelgasse 9")))
            .text("/id");
    mock.control().fund(WalletId.of(zelda), Money.of("500.00", "EUR"));
    post(
        "/v1/transfers",
        "{\"sourceWalletId\":\""
            + zelda
            + "\",\"destinationWalletId\":\""
            + bob
            + "\",\"amount\":"
            + MockApi.money("10.00", "EUR")
            + ",\"description\":\"zq-transfer-description\",\"reference\":\"zq-transfer-ref\"}");
    String payout =
        post(
                "/v1/transfers",
                "{\"sourceWalletId\":\""
                    + zelda
                    + "\",\"destinationAccount\":{\"holderName\":\"Zelda Accountholder\","
                    + "\"accountNumber\":\"DE89370400440532013000\"},\"amount\":"
                    + MockApi.money("20.00", "EUR")
                    + "}")
            .text("/id");
    mock.control().settlePayout(TransferId.of(payout));
    String payment =
        post(
                "/v1/payments",
                "{\"walletId\":\""
                    + zelda
                    + "\",\"merchantId\":\"mer_demo\",\"amount\":"
                    + MockApi.money("30.00", "EUR")
                    + ",\"description\":\"zq-coffee\",\"reference\":\"zq-pay-ref\"}")
            .text("/id");
    post(
        "/v1/payments/" + payment + "/refunds",
        "{\"amount\":" + MockApi.money("5.00", "EUR") + ",\"reason\":\"zq-refund-reason\"}");
    post(
        "/v1/bill-payments",
        "{\"walletId\":\""
            + zelda
            + "\",\"billerId\":\"blr_citypower\","
            + "\"customerReference\":\"0099887766\",\"amount\":"
            + MockApi.money("40.00", "EUR")
            + ",\"description\":\"zq-bill-desc\"}");
    post(
        "/v1/split-bills",
        "{\"merchantId\":\"mer_demo\",\"amount\":"
            + MockApi.money("20.00", "EUR")
            + ",\"participants\":[{\"walletId\":\""
            + zelda
            + "\",\"amount\":"
            + MockApi.money("10.00", "EUR")
            + "},{\"walletId\":\""
            + bob
            + "\",\"amount\":"
            + MockApi.money("10.00", "EUR")
            + "}],"
            + "\"description\":\"zq-split-desc\",\"reference\":\"zq-split-ref\"}");
    post("/v1/qr/tokens", "{\"walletId\":\"" + zelda + "\"}");
    return zelda;
  }

  private void emptied(String zelda, String bob) {
    String left = api.get("/v1/wallets/" + zelda + "/balances").text("/balances/0/total/amount");
    post("/v1/transfers", Bodies.transfer(zelda, bob, left, "EUR"));
  }

  private String everythingVisible(String zelda) {
    return api.get("/v1/wallets/" + zelda).body()
        + api.get("/v1/wallets/" + zelda + "/transactions?limit=100").body().toString()
        + api.post("/v1/wallets/" + zelda + "/data-export", "{}").body()
        + api.get("/v1/events?limit=100").body()
        + mock.ledger().exportJournal()
        + mock.ledger().exportStatement();
  }

  private String bob() {
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(bob), Money.of("50.00", "EUR"));
    return bob;
  }

  @Test
  void exportHoldsEverythingAboutTheHolder() {
    String bob = bob();
    String zelda = holderEverywhere(bob);

    Reply export = post("/v1/wallets/" + zelda + "/data-export", "{}");

    assertThat(export.status()).isEqualTo(201);
    JsonNode json = export.body();
    assertThat(json.get("object").asText()).isEqualTo("data_export");
    assertThat(json.get("generatedAt").asText()).isEqualTo(START.toString());
    assertThat(json.at("/holder/identity/nationalId").asText()).isEqualTo("ZQ998877");
    assertThat(json.at("/holder/kyc/level").asText()).isEqualTo("full");
    assertThat(json.get("wallet").get("id").asText()).isEqualTo(zelda);
    assertThat(json.get("transfers")).hasSize(2);
    assertThat(json.get("payments")).hasSize(1);
    assertThat(json.get("refunds")).hasSize(1);
    assertThat(json.get("billPayments")).hasSize(1);
    assertThat(json.get("splitBills")).hasSize(1);
    assertThat(json.get("paymentTokens")).hasSize(1);
    assertThat(json.get("balances").get(0).at("/total/amount").asText()).isEqualTo("395.00");
    for (String personal : PERSONAL) {
      assertThat(json.toString()).contains(personal);
    }
    JsonNode events = api.get("/v1/events?limit=100").body().get("data");
    JsonNode summary = events.get(events.size() - 1);
    assertThat(summary.get("type").asText()).isEqualTo("privacy.exported");
    assertThat(summary.at("/data/object").asText()).isEqualTo("data_export_summary");
    assertThat(summary.at("/data/sections/transfers").asInt()).isEqualTo(2);
    assertThat(summary.toString()).doesNotContain("Zelda", "ZQ998877");
  }

  @Test
  void erasureRemovesPersonalDataEverywhereAndKeepsTheLedger() {
    String bob = bob();
    String zelda = holderEverywhere(bob);
    emptied(zelda, bob);
    String journalBefore = mock.ledger().exportJournal();

    Reply erasure = post("/v1/wallets/" + zelda + "/erasure", "{}");

    assertThat(erasure.status()).isEqualTo(200);
    assertThat(erasure.body().toString())
        .isEqualTo(
            "{\"object\":\"erasure\",\"walletId\":\""
                + zelda
                + "\",\"pseudonym\":\""
                + zelda
                + "\",\"erasedAt\":\""
                + START
                + "\"}");
    String visible = everythingVisible(zelda);
    for (String personal : PERSONAL) {
      assertThat(visible).as("after erasure").doesNotContain(personal);
    }
    Reply wallet = api.get("/v1/wallets/" + zelda);
    assertThat(wallet.text("/status")).isEqualTo("erased");
    assertThat(wallet.text("/displayName")).isEqualTo("[erased]");
    assertThat(wallet.text("/kyc/level")).isEqualTo("full");
    assertThat(mock.ledger().exportJournal()).isEqualTo(journalBefore);
    JsonNode history = api.get("/v1/wallets/" + zelda + "/transactions?limit=100").body();
    long sum = 0;
    for (JsonNode entry : history.get("data")) {
      long minor = Math.round(entry.at("/amount/amount").asDouble() * 100);
      sum += entry.get("direction").asText().equals("credit") ? minor : -minor;
    }
    assertThat(sum).isZero();
  }

  @Test
  void erasedWalletTakesNoWritesAndCannotBeErasedTwice() {
    String bob = bob();
    String zelda = api.openWallet("Zelda Displayname", "EUR");
    post("/v1/wallets/" + zelda + "/erasure", "{}");

    Reply again = api.post("/v1/wallets/" + zelda + "/erasure", "{}");
    Reply transfer = api.post("/v1/transfers", Bodies.transfer(bob, zelda, "1.00", "EUR"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("wallet_erased");
    assertThat(transfer.status()).isEqualTo(409);
    assertThat(transfer.code()).isEqualTo("wallet_not_active");
  }

  @Test
  void moneyLeftRefusesErasureAndChangesNothing() {
    String bob = bob();
    String zelda = holderEverywhere(bob);
    JsonNode before = api.get("/v1/wallets/" + zelda).body();

    Reply refused = api.post("/v1/wallets/" + zelda + "/erasure", "{}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("erasure_balance_remaining");
    assertThat(refused.text("/detail"))
        .isEqualTo(
            "wallet "
                + zelda
                + " still holds 395.00 EUR (0.00 EUR reserved); pay it out before erasure");
    assertThat(api.get("/v1/wallets/" + zelda).body()).isEqualTo(before);
  }

  @Test
  void rewardsPointsAreExportedAndMustBeRedeemedBeforeErasure() {
    mock.control().setRewardsEarnRule(dev.walletsdk.model.CurrencyCode.EUR, 10);
    mock.control().setRewardsRedemptionRate(100, Money.of("1.00", "EUR"));
    String bob = bob();
    String zelda = holderEverywhere(bob);
    post(
        "/v1/rewards/redemptions",
        "{\"walletId\":\"" + zelda + "\",\"points\":100,\"currency\":\"EUR\"}");

    JsonNode export = post("/v1/wallets/" + zelda + "/data-export", "{}").body();
    emptied(zelda, bob);
    Reply refused = api.post("/v1/wallets/" + zelda + "/erasure", "{}");

    // The 30.00 payment earns 300 points (split bills earn none); its 5.00 refund takes back 50.
    assertThat(export.get("rewardsHistory").findValuesAsText("type"))
        .containsExactly("earned", "reversed", "redeemed");
    assertThat(export.get("rewardsRedemptions")).hasSize(1);
    assertThat(refused.code()).isEqualTo("erasure_balance_remaining");
    assertThat(refused.text("/detail"))
        .isEqualTo(
            "wallet " + zelda + " still holds 150 rewards points; redeem them before erasure");
  }

  @Test
  void refundToAnErasedWalletIsRefusedSoNoMoneyIsStranded() {
    String zelda = api.openWallet("Zelda", "EUR");
    mock.control().fund(WalletId.of(zelda), Money.of("10.00", "EUR"));
    String payment =
        post(
                "/v1/payments",
                "{\"walletId\":\""
                    + zelda
                    + "\",\"merchantId\":\"mer_demo\",\"amount\":"
                    + MockApi.money("10.00", "EUR")
                    + "}")
            .text("/id");
    String erasedAt = post("/v1/wallets/" + zelda + "/erasure", "{}").text("/erasedAt");
    int journal = mock.ledger().journalSize();

    Reply refund =
        api.post("/v1/payments/" + payment + "/refunds", "{\"reason\":\"zq-late-refund\"}");

    assertThat(refund.status()).isEqualTo(409);
    assertThat(refund.code()).isEqualTo("wallet_erased");
    assertThat(refund.text("/detail"))
        .isEqualTo(
            "wallet "
                + zelda
                + " was erased at "
                + erasedAt
                + " and can receive no refund of payment "
                + payment);
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(mock.control().balance(WalletId.of(zelda), dev.walletsdk.model.CurrencyCode.EUR))
        .isEqualTo(Money.of("0.00", "EUR"));
    assertThat(everythingVisible(zelda)).doesNotContain("zq-late-refund");
  }

  @Test
  void erasureScrubsTheOtherPartnersEventsThatNameTheWallet() {
    MockPartner other = mock.control().newPartner("Other bank");
    WalletId zoe = mock.control().openWallet(other, "Zoe", dev.walletsdk.model.CurrencyCode.EUR);
    String zelda = api.openWallet("Zelda", "EUR");
    mock.control().fund(WalletId.of(zelda), Money.of("10.00", "EUR"));
    post(
        "/v1/transfers",
        "{\"sourceWalletId\":\""
            + zelda
            + "\",\"destinationWalletId\":\""
            + zoe.value()
            + "\",\"amount\":"
            + MockApi.money("10.00", "EUR")
            + ",\"description\":\"zq-secret-desc\",\"reference\":\"zq-secret-ref\"}");
    String before = api.as(other.apiKey()).get("/v1/events?limit=100").body().toString();

    post("/v1/wallets/" + zelda + "/erasure", "{}");

    assertThat(before).contains("zq-secret-desc");
    assertThat(api.as(other.apiKey()).get("/v1/events?limit=100").body().toString())
        .doesNotContain("zq-secret-desc", "zq-secret-ref");
  }

  @Test
  void activeScheduleRefusesErasure() {
    String zelda = api.openWallet("Zelda Displayname", "EUR");
    mock.control().fund(WalletId.of(zelda), Money.of("100.00", "EUR"));
    Reply bill =
        post(
            "/v1/bill-payments",
            "{\"walletId\":\""
                + zelda
                + "\",\"billerId\":\"blr_citypower\","
                + "\"customerReference\":\"0099887766\",\"amount\":"
                + MockApi.money("40.00", "EUR")
                + ",\"scheduledFor\":\""
                + START.plus(Duration.ofDays(2))
                + "\"}");

    Reply refused = api.post("/v1/wallets/" + zelda + "/erasure", "{}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("erasure_schedule_active");
    assertThat(refused.text("/detail"))
        .isEqualTo(
            "bill payment "
                + bill.text("/id")
                + " of wallet "
                + zelda
                + " runs again at "
                + START.plus(Duration.ofDays(2))
                + "; cancel it before erasure");
    assertThat(api.get("/v1/wallets/" + zelda).text("/status")).isEqualTo("active");
  }

  @Test
  void replayReproducesTheErasure() {
    String bob = bob();
    String zelda = holderEverywhere(bob);
    emptied(zelda, bob);
    post("/v1/wallets/" + zelda + "/erasure", "{}");

    var replayed = mock.runtime().replayed();

    assertThat(Views.wallet(replayed.wallet(zelda).orElseThrow()))
        .isEqualTo(api.get("/v1/wallets/" + zelda).body());
    assertThat(replayed.wallet(zelda).orElseThrow().identity()).isNull();
    assertThat(LedgerExport.jsonLines(replayed.ledger().journal()))
        .isEqualTo(mock.ledger().exportJournal());
    StringBuilder events = new StringBuilder();
    replayed.events().of(mock.control().defaultPartner().id()).forEach(e -> events.append(e));
    for (String personal : PERSONAL) {
      assertThat(events.toString()).doesNotContain(personal);
    }
    assertThat(mock.control().balance(WalletId.of(zelda), CurrencyCode.EUR))
        .isEqualTo(Money.of("0.00", "EUR"));
  }
}
