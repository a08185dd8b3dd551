/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.runtime.LedgerExport;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rewards points: earned on payments, reversed by refunds, redeemed into money, in the ledger. */
@ExtendWith(MockWalletExtension.class)
class RewardsTest {
  private static String funded(MockWalletServer mock, MockApi api, String amount) {
    String wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of(amount, "EUR"));
    return wallet;
  }

  private static Reply pay(MockWalletServer mock, MockApi api, String wallet, String amount) {
    return api.post(
        "/v1/payments",
        "{\"walletId\":\""
            + wallet
            + "\",\"merchantId\":\""
            + mock.control().demoMerchant().value()
            + "\",\"amount\":"
            + MockApi.money(amount, "EUR")
            + "}");
  }

  private static Reply redeem(MockApi api, String wallet, long points, String currency) {
    return api.post(
        "/v1/rewards/redemptions",
        "{\"walletId\":\""
            + wallet
            + "\",\"points\":"
            + points
            + ",\"currency\":\""
            + currency
            + "\"}");
  }

  private static void program(MockWalletServer mock) {
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 10);
    mock.control().setRewardsRedemptionRate(100, Money.of("1.00", "EUR"));
  }

  @Test
  void noRuleNoPoints(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");

    pay(mock, api, alice, "50.00");

    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isZero();
    assertThat(api.get("/v1/wallets/" + alice + "/rewards").body().get("points").asLong()).isZero();
    assertThat(mock.ledger().exportJournal()).doesNotContain("PTS");
  }

  @Test
  void paymentEarnsWholeUnitsOnlyInTheSameJournalEntry(MockWalletServer mock) {
    program(mock);
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");

    Reply payment = pay(mock, api, alice, "12.99");

    assertThat(payment.status()).isEqualTo(201);
    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isEqualTo(129);
    Reply account = api.get("/v1/wallets/" + alice + "/rewards");
    assertThat(account.body().get("points").asLong()).isEqualTo(129);
    assertThat(account.body().get("earned").asLong()).isEqualTo(129);
    Reply history = api.get("/v1/wallets/" + alice + "/rewards/history");
    assertThat(history.text("/data/0/type")).isEqualTo("earned");
    assertThat(history.text("/data/0/resourceId")).isEqualTo(payment.text("/id"));
    assertThat(history.body().at("/data/0/balanceAfter").asLong()).isEqualTo(129);
    // The payment and its points are one entry: journal = funding + payment.
    assertThat(mock.ledger().journalSize()).isEqualTo(2);
    assertThat(mock.ledger().exportJournal())
        .contains("\"points:" + alice + ":PTS\"")
        .contains("system:rewards:PTS");
    assertThat(mock.ledger().audit().isClean()).isTrue();
    assertThat(api.get("/v1/events?limit=100").body().get("data").findValuesAsText("type"))
        .containsSubsequence("payment.succeeded", "rewards.earned");
  }

  @Test
  void refundsTakePointsBackProRataAndTheLastTakesTheRest(MockWalletServer mock) {
    program(mock);
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    String payment = pay(mock, api, alice, "10.05").text("/id");
    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isEqualTo(100);

    api.post(
        "/v1/payments/" + payment + "/refunds",
        "{\"amount\":" + MockApi.money("3.33", "EUR") + "}");
    assertThat(mock.control().rewardsPoints(WalletId.of(alice)))
        .as("floor(100 x 3.33 / 10.05) = 33 taken back")
        .isEqualTo(67);

    api.post("/v1/payments/" + payment + "/refunds", "{}");
    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isZero();
    Reply account = api.get("/v1/wallets/" + alice + "/rewards");
    assertThat(account.body().get("reversed").asLong()).isEqualTo(100);
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void refundAfterRedemptionTakesBackOnlyWhatIsLeft(MockWalletServer mock) {
    program(mock);
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    String payment = pay(mock, api, alice, "25.00").text("/id");
    redeem(api, alice, 200, "EUR");

    api.post("/v1/payments/" + payment + "/refunds", "{}");

    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isZero();
    Reply history = api.get("/v1/wallets/" + alice + "/rewards/history");
    assertThat(history.text("/data/0/type")).isEqualTo("reversed");
    assertThat(history.body().at("/data/0/points").asLong()).isEqualTo(50);
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void pointsRedeemedBeforeARefundAreAbsorbedNotTakenFromLaterEarnings(MockWalletServer mock) {
    program(mock);
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    String first = pay(mock, api, alice, "10.00").text("/id"); // 100 points
    redeem(api, alice, 100, "EUR");
    api.post(
        "/v1/payments/" + first + "/refunds", "{\"amount\":" + MockApi.money("5.00", "EUR") + "}");
    pay(mock, api, alice, "10.00"); // 100 new points

    api.post(
        "/v1/payments/" + first + "/refunds", "{\"amount\":" + MockApi.money("1.00", "EUR") + "}");

    // 50 were due on the first refund but already redeemed: absorbed. The second takes its 10.
    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isEqualTo(90);
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void qrConvenienceFeeEarnsNoPointsButATipDoes(MockWalletServer mock) {
    program(mock);
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    dev.walletsdk.qr.MerchantQr.Builder base =
        dev.walletsdk.qr.MerchantQr.builder()
            .merchantAccount(
                dev.walletsdk.qr.MerchantAccount.walletMerchant(mock.control().demoMerchant()))
            .merchantCategoryCode("5812")
            .countryCode("DE")
            .merchantName("Demo")
            .merchantCity("Berlin");
    String withFee =
        base.pointOfInitiation(dev.walletsdk.qr.PointOfInitiation.DYNAMIC)
            .amount(Money.of("10.00", "EUR"))
            .tip(dev.walletsdk.qr.Tip.fixedFee(Money.of("2.00", "EUR")))
            .build()
            .payload();

    api.post(
        "/v1/qr/payments",
        "{\"walletId\":\"" + alice + "\",\"payload\":" + MockApi.JSON.valueToTree(withFee) + "}");
    long afterFee = mock.control().rewardsPoints(WalletId.of(alice));

    assertThat(afterFee).as("12.00 paid, of which 2.00 fee: 10.00 earns").isEqualTo(100);
  }

  @Test
  void redemptionMovesPointsAndMoneyInOneEntry(MockWalletServer mock) {
    program(mock);
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    pay(mock, api, alice, "50.00");
    int before = mock.ledger().journalSize();

    Reply redemption = redeem(api, alice, 300, "EUR");

    assertThat(redemption.status()).isEqualTo(201);
    assertThat(redemption.text("/object")).isEqualTo("rewards_redemption");
    assertThat(redemption.text("/amount/amount")).isEqualTo("3.00");
    assertThat(mock.ledger().journalSize()).isEqualTo(before + 1);
    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isEqualTo(200);
    assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
        .isEqualTo(Money.of("53.00", "EUR"));
    Reply transactions = api.get("/v1/wallets/" + alice + "/transactions");
    assertThat(transactions.text("/data/0/type")).isEqualTo("rewards_redemption");
    assertThat(transactions.text("/data/0/resourceId")).isEqualTo(redemption.text("/id"));
    assertThat(api.get("/v1/rewards/redemptions/" + redemption.text("/id")).text("/points"))
        .isEqualTo("300");
    assertThat(api.get("/v1/events?limit=100").body().get("data").findValuesAsText("type"))
        .contains("rewards.redeemed");
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void badRedemptionsAreRefusedAndNothingMoves(MockWalletServer mock) {
    program(mock);
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    pay(mock, api, alice, "20.00");
    int journal = mock.ledger().journalSize();

    Reply partial = redeem(api, alice, 150, "EUR");
    Reply tooMany = redeem(api, alice, 300, "EUR");
    Reply currency = redeem(api, alice, 100, "USD");
    Reply zero = redeem(api, alice, 0, "EUR");
    Reply text =
        api.post(
            "/v1/rewards/redemptions",
            "{\"walletId\":\"" + alice + "\",\"points\":\"100\",\"currency\":\"EUR\"}");
    Reply unknown = api.post("/v1/rewards/redemptions", "{\"walletId\":\"" + alice + "\",\"x\":1}");

    assertThat(partial.status()).isEqualTo(400);
    assertThat(partial.text("/errors/0/code")).isEqualTo("not_a_multiple");
    assertThat(partial.text("/errors/0/message"))
        .isEqualTo("must be a multiple of 100, the points that redeem for 1.00 EUR");
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.code()).isEqualTo("insufficient_points");
    assertThat(tooMany.text("/detail"))
        .isEqualTo("wallet " + alice + " has 200 points but 300 are needed");
    assertThat(currency.status()).isEqualTo(422);
    assertThat(currency.text("/errors/0/code")).isEqualTo("points_not_redeemable");
    assertThat(zero.text("/errors/0/code")).isEqualTo("out_of_range");
    assertThat(text.text("/errors/0/code")).isEqualTo("invalid_type");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isEqualTo(200);
  }

  @Test
  void redemptionBeyondWhatAnAmountCanHoldIsRefused(MockWalletServer mock) {
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 1_000_000);
    mock.control().setRewardsRedemptionRate(1, Money.of("999999999999.99", "EUR"));
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    pay(mock, api, alice, "1.00"); // 1,000,000 points

    Reply huge = redeem(api, alice, 2, "EUR");

    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.text("/errors/0/code")).isEqualTo("amount_too_large");
    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isEqualTo(1_000_000);
  }

  @Test
  void anotherPartnersWalletIsForbiddenAndItsRedemptionNotFound(MockWalletServer mock) {
    program(mock);
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    pay(mock, api, alice, "20.00");
    String redemption = redeem(api, alice, 100, "EUR").text("/id");
    MockApi other = api.as(mock.control().newPartner("Other").apiKey());

    assertThat(other.get("/v1/wallets/" + alice + "/rewards").status()).isEqualTo(403);
    assertThat(other.get("/v1/wallets/" + alice + "/rewards/history").status()).isEqualTo(403);
    assertThat(redeem(other, alice, 100, "EUR").status()).isEqualTo(403);
    assertThat(other.get("/v1/rewards/redemptions/" + redemption).status()).isEqualTo(404);
    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isEqualTo(100);
  }

  @Test
  void programIsReadableAndControlRefusesBadRules(MockWalletServer mock) {
    program(mock);
    MockApi api = new MockApi(mock);

    Reply program = api.get("/v1/rewards/program");

    assertThat(program.text("/asset")).isEqualTo("PTS");
    assertThat(program.text("/earnRules/0/currency")).isEqualTo("EUR");
    assertThat(program.body().at("/earnRules/0/pointsPerUnit").asLong()).isEqualTo(10);
    assertThat(program.text("/redemptionRates/0/value/amount")).isEqualTo("1.00");
    assertThatThrownBy(() -> mock.control().setRewardsRedemptionRate(0, Money.of("1.00", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points");
    assertThatThrownBy(() -> mock.control().setRewardsEarnRule(CurrencyCode.EUR, -1))
        .isInstanceOf(IllegalArgumentException.class);
    mock.control().removeRewardsRedemptionRate(CurrencyCode.EUR);
    assertThat(api.get("/v1/rewards/program").body().get("redemptionRates")).isEmpty();
  }

  @Test
  void replayReproducesPointsAndRedemptions(MockWalletServer mock) {
    program(mock);
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    String payment = pay(mock, api, alice, "40.00").text("/id");
    redeem(api, alice, 200, "EUR");
    api.post(
        "/v1/payments/" + payment + "/refunds",
        "{\"amount\":" + MockApi.money("10.00", "EUR") + "}");

    String replayed = LedgerExport.jsonLines(mock.runtime().replayed().ledger().journal());

    assertThat(replayed).isEqualTo(mock.ledger().exportJournal());
    assertThat(mock.control().rewardsPoints(WalletId.of(alice))).isEqualTo(100);
  }
}
