/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.TierChangeRecord;
import dev.walletsdk.mock.internal.runtime.LedgerExport;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MembershipBenefits;
import dev.walletsdk.model.MembershipTier;
import dev.walletsdk.model.MembershipTierDefinition;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Membership tiers: reached by rolling spend or points, lost as the window rolls, applied. */
@ExtendWith(MockWalletExtension.class)
class MembershipTiersTest {
  /** Silver from 100.00 EUR or 1,000 points, gold from 300.00 EUR or 3,000, over 30 days. */
  static MembershipTierTable table() {
    return new MembershipTierTable(
        CurrencyCode.EUR,
        30,
        List.of(
            new MembershipTierDefinition(
                MembershipTier.STANDARD,
                Money.of("0.00", "EUR"),
                0,
                new MembershipBenefits(100, 0)),
            new MembershipTierDefinition(
                MembershipTier.SILVER,
                Money.of("100.00", "EUR"),
                1_000,
                new MembershipBenefits(125, 25)),
            new MembershipTierDefinition(
                MembershipTier.GOLD,
                Money.of("300.00", "EUR"),
                3_000,
                new MembershipBenefits(150, 50))));
  }

  private static String member(MockWalletServer mock, MockApi api) {
    mock.control().setMembershipTiers(mock.control().defaultPartner(), table());
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 1);
    String wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of("1000.00", "EUR"));
    return wallet;
  }

  private static Reply pay(MockWalletServer mock, MockApi api, String wallet, String amount) {
    Reply reply =
        api.post(
            "/v1/payments",
            Bodies.payment(wallet, mock.control().demoMerchant().value(), amount, "EUR"));
    assertThat(reply.status()).isEqualTo(201);
    return reply;
  }

  private static List<String> changes(MockApi api) {
    List<String> changes = new ArrayList<>();
    for (JsonNode event : api.get("/v1/events?limit=100").body().get("data")) {
      if (event.get("type").asText().equals("membership.tier_changed")) {
        JsonNode data = event.get("data");
        changes.add(
            data.get("from").asText()
                + ">"
                + data.get("to").asText()
                + " "
                + data.get("cause").asText()
                + " "
                + data.at("/rollingSpend/amount").asText()
                + " "
                + data.get("pointsInWindow").asLong());
      }
    }
    return changes;
  }

  /** Pays the story: 60.00 on day 0; 50.00, 33.00 and 160.00 on day 10. */
  private static void story(MockWalletServer mock, MockApi api, String wallet) {
    pay(mock, api, wallet, "60.00");
    mock.control().advanceClock(Duration.ofDays(10));
    pay(mock, api, wallet, "50.00");
    pay(mock, api, wallet, "33.00");
    pay(mock, api, wallet, "160.00");
  }

  @Test
  void spendCrossesSilverThenGoldAndPointsAreMultipliedAtTheTierPaidIn(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);

    story(mock, api, wallet);

    // 60 + 50 points at standard; 33 x 1.25 = 41.25 -> 41 and 160 x 1.25 = 200 at silver.
    assertThat(mock.control().rewardsPoints(WalletId.of(wallet))).isEqualTo(351);
    assertThat(changes(api))
        .containsExactly("standard>silver payment 110.00 110", "silver>gold payment 303.00 351");
    JsonNode status = api.get("/v1/wallets/" + wallet + "/membership").body();
    assertThat(status.get("tier").asText()).isEqualTo("gold");
    assertThat(status.get("since").asText()).isEqualTo(mock.control().now().toString());
    assertThat(status.at("/rollingSpend/amount").asText()).isEqualTo("303.00");
    assertThat(status.get("pointsInWindow").asLong()).isEqualTo(351);
    assertThat(status.at("/benefits/pointsMultiplierPercent").asInt()).isEqualTo(150);
    assertThat(status.at("/benefits/fxFeeDiscountPercent").asInt()).isEqualTo(50);
    assertThat(status.has("nextTier")).isFalse();
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void goldWalletEarnsOneAndAHalfTimesRoundedDown(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);
    story(mock, api, wallet);

    pay(mock, api, wallet, "7.00");

    // 7 x 1.5 = 10.5 -> 10
    assertThat(mock.control().rewardsPoints(WalletId.of(wallet))).isEqualTo(361);
  }

  @Test
  void tierFallsAsPaymentsLeaveTheWindowOnTheClock(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);
    story(mock, api, wallet);

    mock.control().advanceClock(Duration.ofDays(20).minusMillis(1));
    assertThat(api.get("/v1/wallets/" + wallet + "/membership").text("/tier")).isEqualTo("gold");
    mock.control().advanceClock(Duration.ofMillis(1));
    JsonNode silver = api.get("/v1/wallets/" + wallet + "/membership").body();
    mock.control().advanceClock(Duration.ofDays(10));

    assertThat(silver.get("tier").asText()).isEqualTo("silver");
    assertThat(silver.at("/rollingSpend/amount").asText()).isEqualTo("243.00");
    assertThat(silver.at("/nextTier/tier").asText()).isEqualTo("gold");
    assertThat(silver.at("/nextTier/spendNeeded/amount").asText()).isEqualTo("57.00");
    assertThat(silver.at("/nextTier/pointsNeeded").asLong()).isEqualTo(2_709);
    assertThat(changes(api))
        .containsExactly(
            "standard>silver payment 110.00 110",
            "silver>gold payment 303.00 351",
            "gold>silver window_rolled 243.00 291",
            "silver>standard window_rolled 0.00 0");
  }

  @Test
  void refundThatTakesSpendBelowTheTierLowersItAtOnce(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);
    pay(mock, api, wallet, "60.00");
    String payment = pay(mock, api, wallet, "50.00").text("/id");

    api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("20.00", "EUR"));

    assertThat(changes(api))
        .containsExactly("standard>silver payment 110.00 110", "silver>standard refund 90.00 90");
  }

  @Test
  void silverAndGoldDiscountTheFxFeeToTheMinorUnit(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    Reply standard = api.post("/v1/quotes", Bodies.sellQuote(wallet, "100.00", "EUR", "USD"));
    pay(mock, api, wallet, "100.00");

    Reply silver = api.post("/v1/quotes", Bodies.sellQuote(wallet, "100.00", "EUR", "USD"));
    Reply silverBuy = api.post("/v1/quotes", Bodies.buyQuote(wallet, "100.00", "USD", "EUR"));
    pay(mock, api, wallet, "200.00");
    Reply gold = api.post("/v1/quotes", Bodies.sellQuote(wallet, "100.00", "EUR", "USD"));

    // fee rate 1%; standard: principal = round(100 / 1.01) = 99.01, fee 0.99
    assertThat(standard.text("/fee/amount")).isEqualTo("0.99");
    // silver: 1% x 75% = 0.75%; principal = round(100 / 1.0075) = 99.26, fee 0.74,
    // buy = round(99.26 x 1.10) = 109.19
    assertThat(silver.text("/fee/amount")).isEqualTo("0.74");
    assertThat(silver.text("/buyAmount/amount")).isEqualTo("109.19");
    // fixed buy: principal = round(100 / 1.10) = 90.91; fee = round(90.91 x 0.0075) = 0.68
    assertThat(silverBuy.text("/fee/amount")).isEqualTo("0.68");
    assertThat(silverBuy.text("/sellAmount/amount")).isEqualTo("91.59");
    // gold: 0.5%; principal = round(100 / 1.005) = 99.50, fee 0.50
    assertThat(gold.text("/fee/amount")).isEqualTo("0.50");
    assertThat(gold.text("/buyAmount/amount")).isEqualTo("109.45");
  }

  @Test
  void crossCurrencyPaymentPaysTheDiscountedFee(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.10"));
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    pay(mock, api, wallet, "100.00");
    String quote =
        api.post("/v1/quotes", Bodies.sellQuote(wallet, "100.00", "EUR", "USD")).text("/id");

    Reply payment =
        api.post(
            "/v1/payments",
            Bodies.paymentAtQuote(wallet, mock.control().demoMerchant().value(), quote));

    assertThat(payment.text("/fee/amount")).isEqualTo("0.74");
    assertThat(mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR))
        .isEqualTo(Money.of("800.00", "EUR"));
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void defaultTableReachesSilverButChangesNoPoints(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    mock.control().setRewardsEarnRule(CurrencyCode.USD, 1);
    String wallet = api.openWallet("Alice", "USD");
    mock.control().fund(WalletId.of(wallet), Money.of("1000.00", "USD"));
    String merchant = mock.control().demoMerchant().value();
    api.post("/v1/payments", Bodies.payment(wallet, merchant, "600.00", "USD"));

    api.post("/v1/payments", Bodies.payment(wallet, merchant, "100.00", "USD"));

    assertThat(api.get("/v1/wallets/" + wallet + "/membership").text("/tier")).isEqualTo("silver");
    assertThat(mock.control().rewardsPoints(WalletId.of(wallet))).isEqualTo(700);
  }

  @Test
  void tableSetsTheTiersTheApiShows(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    JsonNode before = api.get("/v1/membership/tiers").body();
    mock.control().setMembershipTiers(mock.control().defaultPartner(), table());
    JsonNode after = api.get("/v1/membership/tiers").body();

    assertThat(before.get("currency").asText()).isEqualTo("USD");
    assertThat(before.at("/tiers/1/minSpend/amount").asText()).isEqualTo("500.00");
    assertThat(before.at("/tiers/2/benefits/pointsMultiplierPercent").asInt()).isEqualTo(100);
    assertThat(before.at("/tiers/2/benefits/fxFeeDiscountPercent").asInt()).isEqualTo(0);
    assertThat(after.get("currency").asText()).isEqualTo("EUR");
    assertThat(after.get("windowDays").asInt()).isEqualTo(30);
    assertThat(after.at("/tiers/2/tier").asText()).isEqualTo("gold");
    assertThat(after.at("/tiers/2/minSpend/amount").asText()).isEqualTo("300.00");
    assertThat(after.at("/tiers/2/minPoints").asLong()).isEqualTo(3_000);
    assertThat(after.at("/tiers/2/benefits/fxFeeDiscountPercent").asInt()).isEqualTo(50);
  }

  @Test
  void aLowerTableLowersTiersAtOnce(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);
    pay(mock, api, wallet, "150.00");

    mock.control()
        .setMembershipTiers(mock.control().defaultPartner(), MembershipTiersTest.higher());

    assertThat(changes(api))
        .containsExactly(
            "standard>silver payment 150.00 150", "silver>standard tiers_changed 150.00 150");
  }

  private static MembershipTierTable higher() {
    List<MembershipTierDefinition> tiers = new ArrayList<>(table().tiers());
    tiers.set(
        1,
        new MembershipTierDefinition(
            MembershipTier.SILVER,
            Money.of("200.00", "EUR"),
            1_000,
            new MembershipBenefits(125, 25)));
    return new MembershipTierTable(CurrencyCode.EUR, 30, tiers);
  }

  @Test
  void membershipOfAnotherPartnersWalletIsForbidden(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);
    MockPartner other = mock.control().newPartner("Other");

    Reply reply = new MockApi(mock).as(other.apiKey()).get("/v1/wallets/" + wallet + "/membership");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.code()).isEqualTo("permission_denied");
  }

  @Test
  void exportCarriesTheTierHistory(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);
    pay(mock, api, wallet, "150.00");

    JsonNode export = api.post("/v1/wallets/" + wallet + "/data-export", "{}").body();

    assertThat(export.at("/membershipHistory/0/object").asText())
        .isEqualTo("membership_tier_change");
    assertThat(export.at("/membershipHistory/0/to").asText()).isEqualTo("silver");
  }

  @Test
  void replayReproducesTheTierHistoryExactly(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);
    story(mock, api, wallet);
    mock.control().advanceClock(Duration.ofDays(20));
    mock.control().advanceClock(Duration.ofDays(10));

    Engine replayed = mock.runtime().replayed();

    List<TierChangeRecord> live =
        mock.runtime().read(engine -> engine.membership().history(wallet));
    assertThat(live).hasSize(4);
    assertThat(replayed.membership().history(wallet)).isEqualTo(live);
    assertThat(LedgerExport.jsonLines(replayed.ledger().journal()))
        .isEqualTo(mock.ledger().exportJournal());
  }

  @Test
  void clockJumpPastEveryPaymentLowersGoldStraightToStandard(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String wallet = member(mock, api);
    story(mock, api, wallet);

    mock.control().advanceClock(Duration.ofDays(30));

    assertThat(changes(api))
        .containsExactly(
            "standard>silver payment 110.00 110",
            "silver>gold payment 303.00 351",
            "gold>standard window_rolled 0.00 0");
  }

  @Test
  void erasureKeepsTheTierHistoryWhichHoldsNoPersonalData(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    mock.control().setMembershipTiers(mock.control().defaultPartner(), table());
    String wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of("150.00", "EUR"));
    pay(mock, api, wallet, "150.00");

    Reply erasure = api.post("/v1/wallets/" + wallet + "/erasure", "{}");

    assertThat(erasure.status()).isEqualTo(200);
    List<TierChangeRecord> history =
        mock.runtime().read(engine -> engine.membership().history(wallet));
    assertThat(history).extracting(TierChangeRecord::to).containsExactly("silver");
    assertThat(changes(api)).containsExactly("standard>silver payment 150.00 0");
  }
}
