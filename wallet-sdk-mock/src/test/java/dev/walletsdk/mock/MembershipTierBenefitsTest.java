/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tier benefits against hand-computed values: the FX fee discount in currencies of 0, 2 and 3 minor
 * units for fixed-sell and fixed-buy quotes, a quote's fee kept after a downgrade, the points
 * multiplier on what the holder paid after a voucher, and refunds that reverse exactly what a
 * payment earned at another tier. The table is {@link MembershipTiersTest#table()}: silver from
 * 100.00 EUR (points ×125 %, fee −25 %), gold from 300.00 EUR (×150 %, −50 %); one point per whole
 * unit paid; the platform's FX fee is 1 % with no spread.
 */
class MembershipTierBenefitsTest {
  private MockWalletServer mock;
  private MockApi api;
  private String wallet;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(Instant.parse("2026-03-02T09:00:00Z")).build();
    api = new MockApi(mock);
    mock.control().setMembershipTiers(mock.control().defaultPartner(), MembershipTiersTest.table());
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 1);
    mock.control().setFx(0, 100, Duration.ofSeconds(60));
    wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of("1000.00", "EUR"));
  }

  @AfterEach
  void tearDown() {
    assertThat(mock.ledger().audit().isClean()).isTrue();
    mock.close();
  }

  private Reply pay(String amount, String currency) {
    Reply reply =
        api.post(
            "/v1/payments",
            Bodies.payment(wallet, mock.control().demoMerchant().value(), amount, currency));
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
    return reply;
  }

  private void silver() {
    pay("100.00", "EUR");
    assertThat(tier()).isEqualTo("silver");
  }

  private void gold() {
    pay("200.00", "EUR");
    assertThat(tier()).isEqualTo("gold");
  }

  private String tier() {
    return api.get("/v1/wallets/" + wallet + "/membership").text("/tier");
  }

  private long points() {
    return mock.control().rewardsPoints(WalletId.of(wallet));
  }

  private Reply quote(String body) {
    Reply reply = api.post("/v1/quotes", body);
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
    return reply;
  }

  @Test
  void quoteTakenAtSilverKeepsItsFeeWhenARefundLowersTheTierBeforeItIsUsed() {
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.10"));
    String first = pay("100.00", "EUR").text("/id");
    String quote = quote(Bodies.sellQuote(wallet, "100.00", "EUR", "USD")).text("/id");
    assertThat(api.post("/v1/payments/" + first + "/refunds", "{}").status()).isEqualTo(201);
    assertThat(tier()).isEqualTo("standard");

    Reply payment =
        api.post(
            "/v1/payments",
            Bodies.paymentAtQuote(wallet, mock.control().demoMerchant().value(), quote));

    // The fee is fixed when the quote is taken: 1 % × 75 % on 100.00 EUR sold is 0.74.
    assertThat(payment.status()).isEqualTo(201);
    assertThat(payment.text("/fee/amount")).isEqualTo("0.74");
    assertThat(mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR))
        .isEqualTo(Money.of("900.00", "EUR"));
  }

  @Test
  void quoteTakenAtStandardKeepsItsFeeWhenAPaymentLiftsTheTierBeforeItIsUsed() {
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.10"));
    String quote = quote(Bodies.sellQuote(wallet, "100.00", "EUR", "USD")).text("/id");
    silver();

    Reply payment =
        api.post(
            "/v1/payments",
            Bodies.paymentAtQuote(wallet, mock.control().demoMerchant().value(), quote));

    // 1 % on 100.00 EUR sold: principal = round(100 / 1.01 = 99.0099) = 99.01, fee 0.99
    assertThat(payment.status()).isEqualTo(201);
    assertThat(payment.text("/fee/amount")).isEqualTo("0.99");
  }

  @Test
  void yenSoldAtSilverAndGoldPaysTheDiscountedFeeInWholeYen() {
    mock.control().setRate(CurrencyCode.JPY, CurrencyCode.EUR, new BigDecimal("0.0062"));
    silver();
    Reply atSilver = quote(Bodies.sellQuote(wallet, "10000", "JPY", "EUR"));
    gold();
    Reply atGold = quote(Bodies.sellQuote(wallet, "10000", "JPY", "EUR"));

    // silver 0.75 %: principal = round(10000 / 1.0075 = 9925.56) = 9926, fee 74,
    // buy = round(9926 × 0.0062 = 61.5412) = 61.54
    assertThat(atSilver.text("/fee/amount")).isEqualTo("74");
    assertThat(atSilver.text("/buyAmount/amount")).isEqualTo("61.54");
    // gold 0.5 %: principal = round(10000 / 1.005 = 9950.25) = 9950, fee 50, buy 61.69
    assertThat(atGold.text("/fee/amount")).isEqualTo("50");
    assertThat(atGold.text("/buyAmount/amount")).isEqualTo("61.69");
  }

  @Test
  void dinarsSoldAtSilverAndGoldPayTheDiscountedFeeToTheFils() {
    mock.control().setRate(CurrencyCode.BHD, CurrencyCode.EUR, new BigDecimal("2.40"));
    silver();
    Reply atSilver = quote(Bodies.sellQuote(wallet, "100.000", "BHD", "EUR"));
    gold();
    Reply atGold = quote(Bodies.sellQuote(wallet, "100.000", "BHD", "EUR"));

    // silver: principal = round(100 / 1.0075 = 99.25558) = 99.256, fee 0.744,
    // buy = round(99.256 × 2.40 = 238.2144) = 238.21
    assertThat(atSilver.text("/fee/amount")).isEqualTo("0.744");
    assertThat(atSilver.text("/buyAmount/amount")).isEqualTo("238.21");
    // gold: principal = round(100 / 1.005 = 99.50249) = 99.502, fee 0.498, buy 238.80
    assertThat(atGold.text("/fee/amount")).isEqualTo("0.498");
    assertThat(atGold.text("/buyAmount/amount")).isEqualTo("238.80");
  }

  @Test
  void fixedBuyOfYenRoundsTheDiscountedFeeHalfEvenAtEachTier() {
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.JPY, new BigDecimal("160"));
    Reply atStandard = quote(Bodies.buyQuote(wallet, "10000", "JPY", "EUR"));
    silver();
    Reply atSilver = quote(Bodies.buyQuote(wallet, "10000", "JPY", "EUR"));
    gold();
    Reply atGold = quote(Bodies.buyQuote(wallet, "10000", "JPY", "EUR"));

    // principal = 10000 / 160 = 62.50 EUR; standard fee = round(0.625) = 0.62 (half-even)
    assertThat(atStandard.text("/fee/amount")).isEqualTo("0.62");
    assertThat(atStandard.text("/sellAmount/amount")).isEqualTo("63.12");
    // silver: round(62.50 × 0.0075 = 0.46875) = 0.47
    assertThat(atSilver.text("/fee/amount")).isEqualTo("0.47");
    assertThat(atSilver.text("/sellAmount/amount")).isEqualTo("62.97");
    // gold: round(62.50 × 0.005 = 0.3125) = 0.31
    assertThat(atGold.text("/fee/amount")).isEqualTo("0.31");
    assertThat(atGold.text("/sellAmount/amount")).isEqualTo("62.81");
  }

  @Test
  void fixedBuyPaidInDinarsRoundsTheDiscountedFeeToTheFils() {
    mock.control().setRate(CurrencyCode.of("KWD"), CurrencyCode.EUR, new BigDecimal("3.00"));
    silver();

    Reply atSilver = quote(Bodies.buyQuote(wallet, "100.00", "EUR", "KWD"));

    // principal = round(100 / 3 = 33.3333) = 33.333 KWD; fee = round(33.333 × 0.0075 =
    // 0.2499975) = 0.250; sell 33.583
    assertThat(atSilver.text("/fee/amount")).isEqualTo("0.250");
    assertThat(atSilver.text("/sellAmount/amount")).isEqualTo("33.583");
  }

  @Test
  void pointsInYenAndDinarsAreMultipliedThenRoundedDown() {
    mock.control().setRewardsEarnRule(CurrencyCode.JPY, 1);
    mock.control().setRewardsEarnRule(CurrencyCode.BHD, 1);
    mock.control().fund(WalletId.of(wallet), Money.of("1000", "JPY"));
    mock.control().fund(WalletId.of(wallet), Money.of("100.000", "BHD"));
    silver();

    pay("333", "JPY");
    pay("33.333", "BHD");

    // 100 at standard; 333 × 1.25 = 416.25 -> 416; floor(33.333) = 33, × 1.25 = 41.25 -> 41
    assertThat(points()).isEqualTo(557);
  }

  @Test
  void voucherPaymentEarnsTheMultiplierOnWhatTheHolderPaid() {
    silver();
    String shop = mock.control().registerMerchant("Corner Grocer", "5411").value();
    Reply offer =
        api.post(
            "/v1/offers",
            "{\"merchantId\":\""
                + shop
                + "\",\"title\":\"Spring deal\",\"currency\":\"EUR\",\"validUntil\":"
                + "\"2026-04-01T00:00:00Z\",\"percentOff\":10}");
    assertThat(offer.status()).as(offer.body().toString()).isEqualTo(201);
    String voucher =
        api.post(
                "/v1/offers/" + offer.text("/id") + "/vouchers",
                "{\"walletId\":\"" + wallet + "\"}")
            .text("/id");

    Reply payment =
        api.post(
            "/v1/payments",
            "{\"walletId\":\""
                + wallet
                + "\",\"merchantId\":\""
                + shop
                + "\",\"amount\":"
                + MockApi.money("47.00", "EUR")
                + ",\"voucherId\":\""
                + voucher
                + "\"}");

    // the holder pays 47.00 − 4.70 = 42.30: 42 points, × 1.25 = 52.5 -> 52
    assertThat(payment.status()).as(payment.body().toString()).isEqualTo(201);
    assertThat(points()).isEqualTo(100 + 52);
  }

  @Test
  void refundsAtGoldReverseExactlyWhatAPaymentEarnedAtSilver() {
    silver();
    String atSilver = pay("33.00", "EUR").text("/id");
    gold();
    // 100 at standard, 33 × 1.25 = 41.25 -> 41 at silver, 200 × 1.25 = 250 (the lifting payment
    // earns at the tier below)
    assertThat(points()).isEqualTo(391);

    for (int i = 0; i < 3; i++) {
      Reply refund =
          api.post("/v1/payments/" + atSilver + "/refunds", Bodies.refund("11.00", "EUR"));
      assertThat(refund.status()).as(refund.body().toString()).isEqualTo(201);
    }

    // 13 + 14 + 14 = the 41 it earned, not 33 × 1.5 at gold; spend 300.00 keeps gold
    assertThat(points()).isEqualTo(350);
    assertThat(tier()).isEqualTo("gold");
    assertThat(
            api.get("/v1/wallets/" + wallet + "/membership").body().get("pointsInWindow").asLong())
        .isEqualTo(350);
  }
}
