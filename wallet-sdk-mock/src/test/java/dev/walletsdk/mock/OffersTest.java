/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.runtime.LedgerExport;
import dev.walletsdk.mock.internal.view.OfferViews;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Merchant-funded offers and vouchers: issued to a wallet, redeemed at payment in the payment's own
 * journal entry, expired by the clock, restored or forfeited by refunds.
 */
class OffersTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final String UNTIL = "2026-04-01T00:00:00Z";

  private MockWalletServer mock;
  private MockApi api;
  private String wallet;
  private String shop;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(START).build();
    api = new MockApi(mock);
    wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of("100.00", "EUR"));
    shop = mock.control().registerMerchant("Corner Grocer", "5411").value();
  }

  @AfterEach
  void tearDown() {
    mock.close();
  }

  private Reply createOffer(String terms) {
    return api.post(
        "/v1/offers",
        "{\"merchantId\":\""
            + shop
            + "\",\"title\":\"Spring deal\",\"currency\":\"EUR\",\"validUntil\":\""
            + UNTIL
            + "\","
            + terms
            + "}");
  }

  private String offer(String terms) {
    Reply created = createOffer(terms);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return created.text("/id");
  }

  private Reply issue(String offer, String to) {
    return api.post("/v1/offers/" + offer + "/vouchers", "{\"walletId\":\"" + to + "\"}");
  }

  private String voucher(String offer) {
    Reply issued = issue(offer, wallet);
    assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
    return issued.text("/id");
  }

  private Reply pay(String merchant, String amount, String voucher) {
    return api.post(
        "/v1/payments",
        "{\"walletId\":\""
            + wallet
            + "\",\"merchantId\":\""
            + merchant
            + "\",\"amount\":"
            + MockApi.money(amount, "EUR")
            + (voucher == null ? "" : ",\"voucherId\":\"" + voucher + "\"")
            + "}");
  }

  private String available() {
    return api.get("/v1/wallets/" + wallet + "/balances?currency=EUR")
        .body()
        .at("/balances/0/available/amount")
        .asText();
  }

  private List<String> eventTypes() {
    List<String> types = new ArrayList<>();
    api.get("/v1/events?limit=100")
        .body()
        .get("data")
        .forEach(e -> types.add(e.get("type").asText()));
    return types;
  }

  @Test
  void percentageVoucherDiscountIsBookedInThePaymentsOwnEntryFundedByTheMerchant() {
    String voucher =
        voucher(offer("\"percentOff\":15,\"minimumSpend\":" + MockApi.money("20.00", "EUR")));
    int journal = mock.ledger().journalSize();

    Reply paid = pay(shop, "40.00", voucher);

    assertThat(paid.status()).isEqualTo(201);
    assertThat(paid.text("/amount/amount")).isEqualTo("40.00");
    assertThat(paid.text("/discount/amount")).isEqualTo("6.00");
    assertThat(paid.text("/debitedAmount/amount")).isEqualTo("34.00");
    assertThat(paid.text("/voucherId")).isEqualTo(voucher);
    assertThat(available()).isEqualTo("66.00");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal + 1);
    assertThat(mock.ledger().exportJournal()).contains("system:offers:" + shop + ":EUR");
    assertThat(mock.ledger().audit().isClean()).isTrue();
    Reply after = api.get("/v1/vouchers/" + voucher);
    assertThat(after.text("/status")).isEqualTo("redeemed");
    assertThat(after.text("/paymentId")).isEqualTo(paid.text("/id"));
    assertThat(eventTypes()).containsSubsequence("payment.succeeded", "voucher.redeemed");
  }

  @Test
  void percentageDiscountRoundsHalfUpToTheMinorUnitInTheHoldersFavour() {
    String halfUp = voucher(offer("\"percentOff\":10,\"perHolderLimit\":2"));
    String down = voucher(api.get("/v1/vouchers/" + halfUp).text("/offerId"));

    // 10 % of 12.35 is 1.235: the half rounds up to 1.24; 10 % of 12.34 is 1.234: 1.23.
    assertThat(pay(shop, "12.35", halfUp).text("/discount/amount")).isEqualTo("1.24");
    assertThat(pay(shop, "12.34", down).text("/discount/amount")).isEqualTo("1.23");
    assertThat(available()).isEqualTo("77.78");
  }

  @Test
  void fixedVoucherBelowTheMinimumSpendIsRefusedAndChangesNothing() {
    String voucher =
        voucher(
            offer(
                "\"amountOff\":"
                    + MockApi.money("5.00", "EUR")
                    + ",\"minimumSpend\":"
                    + MockApi.money("25.00", "EUR")));
    int journal = mock.ledger().journalSize();

    Reply refused = pay(shop, "24.99", voucher);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("voucher_not_applicable");
    assertThat(refused.text("/detail"))
        .isEqualTo("voucher " + voucher + " needs a payment of at least 25.00 EUR, not 24.99 EUR");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(api.get("/v1/vouchers/" + voucher).text("/status")).isEqualTo("issued");
    assertThat(pay(shop, "25.00", voucher).text("/debitedAmount/amount")).isEqualTo("20.00");
  }

  @Test
  void voucherForAnotherMerchantOrHeldByAnotherWalletIsNotApplicable() {
    String voucher = voucher(offer("\"percentOff\":10"));
    Reply otherMerchant = pay(mock.control().demoMerchant().value(), "10.00", voucher);
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(bob), Money.of("50.00", "EUR"));
    Reply otherWallet =
        api.post(
            "/v1/payments",
            "{\"walletId\":\""
                + bob
                + "\",\"merchantId\":\""
                + shop
                + "\",\"amount\":"
                + MockApi.money("10.00", "EUR")
                + ",\"voucherId\":\""
                + voucher
                + "\"}");

    assertThat(otherMerchant.code()).isEqualTo("voucher_not_applicable");
    assertThat(otherMerchant.text("/detail"))
        .isEqualTo("voucher " + voucher + " is for merchant " + shop);
    assertThat(otherWallet.code()).isEqualTo("voucher_not_applicable");
    assertThat(otherWallet.text("/detail"))
        .isEqualTo("voucher " + voucher + " is held by another wallet");
  }

  @Test
  void anotherPartnersVoucherIsNotFound() {
    String voucher = voucher(offer("\"percentOff\":10"));
    MockApi other = api.as(mock.control().newPartner("Other").apiKey());

    Reply hidden = other.get("/v1/vouchers/" + voucher);

    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.text("/detail")).isEqualTo("voucher " + voucher + " does not exist");
  }

  @Test
  void voucherRedeemsExactlyOnceUnderConcurrentPayments() throws Exception {
    String voucher = voucher(offer("\"percentOff\":50"));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reply>> replies = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      replies.add(
          pool.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return pay(shop, "10.00", voucher);
              }));
    }
    start.countDown();
    int succeeded = 0;
    int refused = 0;
    for (Future<Reply> reply : replies) {
      Reply r = reply.get(30, TimeUnit.SECONDS);
      if (r.status() == 201) {
        succeeded++;
      } else {
        assertThat(r.code()).isEqualTo("voucher_not_redeemable");
        refused++;
      }
    }
    pool.shutdown();

    assertThat(succeeded).isEqualTo(1);
    assertThat(refused).isEqualTo(threads - 1);
    assertThat(available()).isEqualTo("95.00");
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void voucherExpiresOnTheClockWithAnEventAndIsThenNotRedeemable() {
    String voucher = voucher(offer("\"percentOff\":10"));

    mock.control().advanceClock(Duration.between(START, Instant.parse(UNTIL)));
    Reply refused = pay(shop, "10.00", voucher);

    JsonNode expired = api.get("/v1/vouchers/" + voucher).body();
    assertThat(expired.get("status").asText()).isEqualTo("expired");
    assertThat(expired.get("endedAt").asText()).isEqualTo(UNTIL);
    assertThat(eventTypes()).contains("voucher.expired");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("voucher_not_redeemable");
    assertThat(refused.text("/detail")).isEqualTo("voucher " + voucher + " is expired");
  }

  @Test
  void perHolderLimitCapsTheVouchersAWalletMayHold() {
    String offer = offer("\"percentOff\":10,\"perHolderLimit\":1");
    voucher(offer);

    Reply second = issue(offer, wallet);

    assertThat(second.status()).isEqualTo(422);
    assertThat(second.code()).isEqualTo("voucher_limit_reached");
    assertThat(second.text("/detail"))
        .isEqualTo(
            "wallet "
                + wallet
                + " already holds 1 vouchers of offer "
                + offer
                + ", its limit per holder");
  }

  @Test
  void fullRefundWithinTheWindowRestoresTheVoucherAndReturnsTheDiscountToTheMerchant() {
    String voucher = voucher(offer("\"percentOff\":10"));
    String payment = pay(shop, "50.00", voucher).text("/id");

    Reply refund = api.post("/v1/payments/" + payment + "/refunds", "{}");

    assertThat(refund.status()).isEqualTo(201);
    assertThat(refund.text("/creditedAmount/amount")).isEqualTo("45.00");
    assertThat(available()).isEqualTo("100.00");
    assertThat(api.get("/v1/vouchers/" + voucher).text("/status")).isEqualTo("issued");
    assertThat(eventTypes()).contains("voucher.restored");
    assertThat(mock.ledger().audit().isClean()).isTrue();
    assertThat(pay(shop, "20.00", voucher).text("/debitedAmount/amount")).isEqualTo("18.00");
  }

  @Test
  void partialRefundCreditsTheHoldersShareProRataAndForfeitsTheVoucher() {
    String voucher = voucher(offer("\"percentOff\":10"));
    String payment = pay(shop, "50.00", voucher).text("/id");

    Reply refund =
        api.post(
            "/v1/payments/" + payment + "/refunds",
            "{\"amount\":" + MockApi.money("20.00", "EUR") + "}");
    Reply rest = api.post("/v1/payments/" + payment + "/refunds", "{}");

    // 20.00 of 50.00 refunds 20 x 45 / 50 = 18.00 of what the holder paid; the last refund the
    // rest.
    assertThat(refund.text("/creditedAmount/amount")).isEqualTo("18.00");
    assertThat(rest.text("/creditedAmount/amount")).isEqualTo("27.00");
    assertThat(available()).isEqualTo("100.00");
    JsonNode forfeited = api.get("/v1/vouchers/" + voucher).body();
    assertThat(forfeited.get("status").asText()).isEqualTo("void");
    assertThat(eventTypes()).contains("voucher.forfeited").doesNotContain("voucher.restored");
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void pointsAreEarnedOnWhatTheHolderPaid() {
    mock.control().setRewardsEarnRule(CurrencyCode.EUR, 10);
    String voucher = voucher(offer("\"percentOff\":20"));

    pay(shop, "50.00", voucher);

    assertThat(mock.control().rewardsPoints(WalletId.of(wallet))).isEqualTo(400);
  }

  @Test
  void badOfferTermsAreRefusedNamingEachField() {
    Reply refused =
        api.post(
            "/v1/offers",
            "{\"merchantId\":\"mer_nobody\",\"title\":\"x\",\"currency\":\"EUR\","
                + "\"percentOff\":100,\"amountOff\":"
                + MockApi.money("1.00", "EUR")
                + ",\"validUntil\":\"2026-03-01T00:00:00Z\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "/amountOff", "/percentOff", "/minimumSpend", "/validUntil", "/merchantId");
    assertThat(api.get("/v1/events?limit=100").body().get("data").findValuesAsText("type"))
        .doesNotContain("offer.created");
  }

  @Test
  void voucherWithAQuoteIsRefused() {
    String voucher = voucher(offer("\"percentOff\":10"));

    Reply refused =
        api.post(
            "/v1/payments",
            "{\"walletId\":\""
                + wallet
                + "\",\"merchantId\":\""
                + shop
                + "\",\"quoteId\":\"quo_1\",\"voucherId\":\""
                + voucher
                + "\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("errors").findValuesAsText("field")).contains("/voucherId");
  }

  @Test
  void replayReproducesVouchersAndTheJournal() {
    String offer = offer("\"percentOff\":10,\"perHolderLimit\":3");
    String redeemed = voucher(offer);
    String expiring = voucher(offer);
    String payment = pay(shop, "30.00", redeemed).text("/id");
    api.post(
        "/v1/payments/" + payment + "/refunds",
        "{\"amount\":" + MockApi.money("10.00", "EUR") + "}");
    mock.control().advanceClock(Duration.ofDays(40));

    Engine replayed = mock.runtime().replayed();

    for (String id : List.of(redeemed, expiring)) {
      var record = replayed.vouchers().get(id);
      assertThat(OfferViews.voucher(record, replayed.offers().get(offer)))
          .isEqualTo(api.get("/v1/vouchers/" + id).body());
    }
    assertThat(api.get("/v1/vouchers/" + expiring).text("/status")).isEqualTo("expired");
    assertThat(LedgerExport.jsonLines(replayed.ledger().journal()))
        .isEqualTo(mock.ledger().exportJournal());
  }

  @Test
  void retriedPaymentWithItsIdempotencyKeyRedeemsTheVoucherOnce() {
    String voucher = voucher(offer("\"percentOff\":10"));
    String body =
        "{\"walletId\":\""
            + wallet
            + "\",\"merchantId\":\""
            + shop
            + "\",\"amount\":"
            + MockApi.money("10.00", "EUR")
            + ",\"voucherId\":\""
            + voucher
            + "\"}";

    Reply first = api.post("/v1/payments", body, "pay-once");
    Reply retried = api.post("/v1/payments", body, "pay-once");

    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.text("/id")).isEqualTo(first.text("/id"));
    assertThat(retried.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(available()).isEqualTo("91.00");
    assertThat(eventTypes().stream().filter("voucher.redeemed"::equals)).hasSize(1);
  }

  @Test
  void voucherBeforeItsOfferOpensIsNotRedeemable() {
    String voucher = voucher(offer("\"percentOff\":10,\"validFrom\":\"2026-03-10T00:00:00Z\""));

    Reply early = pay(shop, "10.00", voucher);

    assertThat(early.status()).isEqualTo(409);
    assertThat(early.code()).isEqualTo("voucher_not_redeemable");
    assertThat(early.text("/detail"))
        .isEqualTo("voucher " + voucher + " is valid from 2026-03-10T00:00:00Z");
  }

  @Test
  void endedOfferIssuesNoVoucher() {
    String offer = offer("\"percentOff\":10");
    mock.control().advanceClock(Duration.between(START, Instant.parse(UNTIL)));

    Reply refused = issue(offer, wallet);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("offer_ended");
    assertThat(refused.text("/detail")).isEqualTo("offer " + offer + " ended at " + UNTIL);
  }

  @Test
  void discountThatRoundsToNothingIsNotApplicable() {
    String voucher = voucher(offer("\"percentOff\":10"));

    // 10 % of 0.04 is 0.004, below half a cent: nothing off, so the voucher is not spent.
    Reply refused = pay(shop, "0.04", voucher);

    assertThat(refused.code()).isEqualTo("voucher_not_applicable");
    assertThat(refused.text("/detail"))
        .isEqualTo(
            "voucher "
                + voucher
                + " would take 0.00 EUR off 0.04 EUR; it must take off more than nothing and less"
                + " than all");
    assertThat(api.get("/v1/vouchers/" + voucher).text("/status")).isEqualTo("issued");
  }

  @Test
  void walletListsItsVouchersInEveryStatusAndTheExportHasThem() {
    String offer = offer("\"percentOff\":10,\"perHolderLimit\":2");
    String used = voucher(offer);
    String held = voucher(offer);
    pay(shop, "10.00", used);

    JsonNode listed = api.get("/v1/wallets/" + wallet + "/vouchers").body().get("data");
    JsonNode exported =
        api.post("/v1/wallets/" + wallet + "/data-export", "{}").body().get("vouchers");

    assertThat(listed.findValuesAsText("id")).containsExactly(used, held);
    assertThat(listed.findValuesAsText("status")).containsExactly("redeemed", "issued");
    assertThat(exported).isEqualTo(listed);
  }

  @Test
  void fullRefundAfterTheOfferEndedForfeitsTheVoucher() {
    String voucher = voucher(offer("\"percentOff\":10"));
    String payment = pay(shop, "50.00", voucher).text("/id");
    mock.control().advanceClock(Duration.between(START, Instant.parse(UNTIL)));

    Reply refund = api.post("/v1/payments/" + payment + "/refunds", "{}");

    assertThat(refund.text("/creditedAmount/amount")).isEqualTo("45.00");
    JsonNode forfeited = api.get("/v1/vouchers/" + voucher).body();
    assertThat(forfeited.get("status").asText()).isEqualTo("void");
    assertThat(forfeited.get("endedAt").asText()).isEqualTo(UNTIL);
    assertThat(eventTypes()).contains("voucher.forfeited").doesNotContain("voucher.restored");
  }
}
