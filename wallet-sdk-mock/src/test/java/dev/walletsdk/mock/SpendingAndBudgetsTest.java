/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static dev.walletsdk.model.CurrencyCode.EUR;
import static dev.walletsdk.model.CurrencyCode.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.PointOfInitiation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spending analysis and budgets on the mock: exact figures for a story of payments by merchant id,
 * by QR code and across currencies, with refunds, on the virtual clock across period boundaries.
 */
class SpendingAndBudgetsTest {
  /** Saturday 28 November 2026, in the month before the story's main period. */
  private static final Instant NOVEMBER = Instant.parse("2026-11-28T10:00:00Z");

  /** Wednesday 2 December 2026. */
  private static final Instant DECEMBER = Instant.parse("2026-12-02T09:00:00Z");

  @TempDir Path dir;

  private final List<MockWalletServer> started = new ArrayList<>();

  @AfterEach
  void close() {
    started.forEach(MockWalletServer::close);
  }

  private MockWalletServer mock(@org.jspecify.annotations.Nullable Path journal) {
    MockWalletServer.Builder builder = MockWalletServer.builder().startAt(NOVEMBER);
    MockWalletServer mock = (journal == null ? builder : builder.journal(journal)).build();
    started.add(mock);
    return mock;
  }

  /** The story's actors: Alice's EUR wallet with 500.00 and a grocer in category 5411. */
  private record Story(MockWalletServer mock, MockApi api, String alice, String grocer) {
    Reply pay(String merchant, String amount) {
      Reply reply = api.post("/v1/payments", Bodies.payment(alice, merchant, amount, "EUR"));
      assertThat(reply.status()).isEqualTo(201);
      return reply;
    }

    Reply payByQr(String amount, String category) {
      MerchantQr qr =
          MerchantQr.builder()
              .pointOfInitiation(PointOfInitiation.DYNAMIC)
              .merchantAccount(MerchantAccount.walletMerchant(MerchantId.of("mer_demo")))
              .merchantCategoryCode(category)
              .currency(EUR)
              .countryCode("DE")
              .merchantName("Demo Merchant")
              .merchantCity("Berlin")
              .amount(Money.of(amount, "EUR"))
              .build();
      Reply reply =
          api.post(
              "/v1/qr/payments",
              "{\"walletId\":\"" + alice + "\",\"payload\":\"" + qr.payload() + "\"}");
      assertThat(reply.status()).isEqualTo(201);
      return reply;
    }

    /** 100.00 USD to the demo merchant: mid 1.10, fee 100 bps, 91.82 EUR debited. */
    Reply payInDollars() {
      mock.control().setRate(EUR, USD, new BigDecimal("1.10"));
      mock.control().setFx(0, 100, Duration.ofSeconds(60));
      String quote =
          api.post("/v1/quotes", Bodies.buyQuote(alice, "100.00", "USD", "EUR")).text("/id");
      Reply reply = api.post("/v1/payments", Bodies.paymentAtQuote(alice, "mer_demo", quote));
      assertThat(reply.status()).isEqualTo(201);
      return reply;
    }

    Reply refund(Reply payment, String amount, String currency) {
      Reply reply =
          api.post(
              "/v1/payments/" + payment.text("/id") + "/refunds", Bodies.refund(amount, currency));
      assertThat(reply.status()).isEqualTo(201);
      return reply;
    }

    Reply spending(String query) {
      return api.get("/v1/wallets/" + alice + "/spending?" + query);
    }

    Reply budget(String category, String period, String amount, String thresholds) {
      return api.post(
          "/v1/budgets",
          "{\"walletId\":\""
              + alice
              + "\",\"category\":\""
              + category
              + "\",\"period\":\""
              + period
              + "\",\"amount\":"
              + MockApi.money(amount, "EUR")
              + thresholds
              + "}");
    }
  }

  private Story story(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("500.00", "EUR"));
    String grocer = mock.control().registerMerchant("Grocer", "5411").value();
    return new Story(mock, api, alice, grocer);
  }

  /**
   * November: 40.00 at the grocer. December: 30.00 at the grocer, 12.50 by a QR code in 5812,
   * 100.00 USD (91.82 EUR) to the demo merchant (5999), then refunds of 10.00 of the November
   * payment and 50.00 USD (45.91 EUR credited) of the dollar payment.
   */
  private static void december(Story story) {
    Reply november = story.pay(story.grocer(), "40.00");
    story.mock().control().setClock(DECEMBER);
    story.pay(story.grocer(), "30.00");
    story.payByQr("12.50", "5812");
    Reply dollars = story.payInDollars();
    story.refund(november, "10.00", "EUR");
    story.refund(dollars, "50.00", "USD");
  }

  private static void assertMoney(JsonNode node, String pointer, String amount, String currency) {
    assertThat(
            node.at(pointer + "/amount").asText() + " " + node.at(pointer + "/currency").asText())
        .isEqualTo(amount + " " + currency);
  }

  @Test
  void categoriesNetRefundsAgainstTheirPaymentsAndCompareWithThePreviousMonth() {
    Story story = story(mock(null));
    december(story);

    JsonNode data = story.spending("period=month&currency=EUR").body().get("data");

    assertThat(data.findValuesAsText("key")).containsExactly("5411", "5812", "5999");
    assertMoney(data.get(0), "/amount", "20.00", "EUR");
    assertMoney(data.get(0), "/previousAmount", "40.00", "EUR");
    assertThat(data.get(0).get("count").asInt()).isEqualTo(1);
    assertMoney(data.get(1), "/amount", "12.50", "EUR");
    assertMoney(data.get(1), "/previousAmount", "0.00", "EUR");
    assertMoney(data.get(2), "/amount", "45.91", "EUR");
    assertMoney(data.get(2), "/merchantAmounts/0", "50.00", "USD");
    assertThat(data.get(2).get("periodStart").asText()).isEqualTo("2026-12-01T00:00:00Z");
    assertThat(data.get(2).get("periodEnd").asText()).isEqualTo("2027-01-01T00:00:00Z");
  }

  @Test
  void merchantsShowTheirCategoryAndTheAmountsTheyReceivedInTheirCurrency() {
    Story story = story(mock(null));
    december(story);

    JsonNode data = story.spending("period=month&currency=EUR&groupBy=merchant").body().get("data");

    assertThat(data.findValuesAsText("key")).containsExactly(story.grocer(), "mer_demo");
    assertThat(data.get(0).get("category").asText()).isEqualTo("5411");
    assertMoney(data.get(0), "/amount", "20.00", "EUR");
    assertMoney(data.get(1), "/amount", "58.41", "EUR");
    assertThat(data.get(1).get("count").asInt()).isEqualTo(2);
    assertMoney(data.get(1), "/merchantAmounts/0", "50.00", "USD");
  }

  @Test
  void directionsTotalMoneyInAndOutWithRefundsNettedFromOut() {
    Story story = story(mock(null));
    december(story);

    JsonNode data =
        story.spending("period=month&currency=EUR&groupBy=direction").body().get("data");

    assertThat(data.findValuesAsText("key")).containsExactly("in", "out");
    assertMoney(data.get(0), "/amount", "0.00", "EUR");
    assertMoney(data.get(0), "/previousAmount", "500.00", "EUR");
    // 30.00 + 12.50 + 91.82 out, 10.00 + 45.91 refunded.
    assertMoney(data.get(1), "/amount", "78.41", "EUR");
    assertMoney(data.get(1), "/previousAmount", "40.00", "EUR");
    assertThat(data.get(1).get("count").asInt()).isEqualTo(3);
  }

  @Test
  void weeksAreIsoWeeksAndDaysUtcDaysOnTheVirtualClock() {
    Story story = story(mock(null));
    december(story);

    JsonNode week = story.spending("period=week&currency=EUR").body().get("data");
    JsonNode lastWeek =
        story.spending("period=week&currency=EUR&at=2026-11-29T23:59:59Z").body().get("data");
    JsonNode nextDay =
        story.spending("period=day&currency=EUR&at=2026-12-03T00:00:00Z").body().get("data");

    assertThat(week.get(0).get("periodStart").asText()).isEqualTo("2026-11-30T00:00:00Z");
    assertMoney(week.get(0), "/amount", "20.00", "EUR");
    assertMoney(week.get(0), "/previousAmount", "40.00", "EUR");
    assertThat(lastWeek.get(0).get("periodStart").asText()).isEqualTo("2026-11-23T00:00:00Z");
    assertMoney(lastWeek.get(0), "/amount", "40.00", "EUR");
    assertThat(nextDay.findValuesAsText("key")).containsExactly("5411", "5812", "5999");
    assertMoney(nextDay.get(0), "/amount", "0.00", "EUR");
    assertMoney(nextDay.get(0), "/previousAmount", "20.00", "EUR");
  }

  @Test
  void spendingPagesByKeyWithACursor() {
    Story story = story(mock(null));
    december(story);

    Reply first = story.spending("period=month&currency=EUR&limit=2");
    Reply second =
        story.spending("period=month&currency=EUR&limit=2&cursor=" + first.text("/nextCursor"));

    assertThat(first.body().get("data").findValuesAsText("key")).containsExactly("5411", "5812");
    assertThat(first.body().get("hasMore").asBoolean()).isTrue();
    assertThat(second.body().get("data").findValuesAsText("key")).containsExactly("5999");
    assertThat(second.body().get("hasMore").asBoolean()).isFalse();
  }

  @Test
  void budgetAlertsFireOncePerThresholdPerPeriodAndRefundsDoNotReArm() {
    Story story = story(mock(null));
    Reply created = story.budget("5411", "month", "50.00", ",\"thresholds\":[80,50]");
    assertThat(created.status()).isEqualTo(201);
    String budget = created.text("/id");

    Reply november = story.pay(story.grocer(), "40.00"); // 80 %: 50 and 80 fire
    story.mock().control().setClock(DECEMBER); // a new month starts afresh
    story.pay(story.grocer(), "30.00"); // 60 %: 50 fires
    story.refund(november, "10.00", "EUR"); // 40 %: nothing re-arms
    story.pay(story.grocer(), "15.00"); // 70 %: 50 already fired
    story.pay(story.grocer(), "20.00"); // 110 %: 80 and exceeded fire
    story.pay(story.grocer(), "1.00"); // nothing more this month

    List<String> alerts = new ArrayList<>();
    for (JsonNode event : story.api().get("/v1/events?limit=100").body().get("data")) {
      if (event.get("type").asText().startsWith("budget.")) {
        JsonNode alert = event.get("data");
        alerts.add(
            event.get("type").asText()
                + " "
                + alert.path("threshold").asText("-")
                + " "
                + alert.at("/spent/amount").asText()
                + " "
                + alert.get("periodStart").asText());
      }
    }
    assertThat(alerts)
        .containsExactly(
            "budget.threshold_reached 50 40.00 2026-11-01T00:00:00Z",
            "budget.threshold_reached 80 40.00 2026-11-01T00:00:00Z",
            "budget.threshold_reached 50 30.00 2026-12-01T00:00:00Z",
            "budget.threshold_reached 80 55.00 2026-12-01T00:00:00Z",
            "budget.exceeded - 55.00 2026-12-01T00:00:00Z");
    Reply read = story.api().get("/v1/budgets/" + budget);
    assertMoney(read.body(), "/spent", "56.00", "EUR");
    assertMoney(read.body(), "/remaining", "-6.00", "EUR");
    assertThat(read.body().get("thresholdsReached").toString()).isEqualTo("[50,80]");
    assertThat(read.body().get("exceeded").asBoolean()).isTrue();
    JsonNode line = story.spending("period=month&currency=EUR").body().at("/data/0");
    assertThat(line.at("/budget/budgetId").asText()).isEqualTo(budget);
    assertMoney(line, "/budget/amount", "50.00", "EUR");
    assertMoney(line, "/budget/remaining", "-6.00", "EUR");
  }

  @Test
  void aBudgetedCategoryWithoutSpendingShowsInTheAnalysis() {
    Story story = story(mock(null));
    story.budget("5812", "week", "25.00", "");

    JsonNode data = story.spending("period=week&currency=EUR").body().get("data");

    assertThat(data.findValuesAsText("key")).containsExactly("5812");
    assertMoney(data.get(0), "/amount", "0.00", "EUR");
    assertMoney(data.get(0), "/budget/remaining", "25.00", "EUR");
  }

  @Test
  void budgetsAreListedChangedAndDeleted() {
    Story story = story(mock(null));
    String food = story.budget("5411", "month", "50.00", "").text("/id");
    String dining = story.budget("5812", "week", "20.00", "").text("/id");

    Reply changed =
        story
            .api()
            .post(
                "/v1/budgets/" + food + "/amount",
                "{\"amount\":" + MockApi.money("75.00", "EUR") + "}");
    Reply deleted = story.api().post("/v1/budgets/" + dining + "/delete", "{}");

    assertThat(changed.status()).isEqualTo(200);
    assertMoney(changed.body(), "/amount", "75.00", "EUR");
    assertThat(changed.body().get("thresholds").toString()).isEqualTo("[80]");
    assertThat(deleted.body().get("deleted").asBoolean()).isTrue();
    assertThat(story.api().get("/v1/budgets/" + dining).status()).isEqualTo(404);
    JsonNode list = story.api().get("/v1/wallets/" + story.alice() + "/budgets").body();
    assertThat(list.get("data").findValuesAsText("id")).containsExactly(food);
  }

  @Test
  void aSecondBudgetForTheSameCategoryPeriodAndCurrencyIsAConflict() {
    Story story = story(mock(null));
    String first = story.budget("5411", "month", "50.00", "").text("/id");

    Reply second = story.budget("5411", "month", "60.00", "");

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.code()).isEqualTo("budget_exists");
    assertThat(second.text("/detail"))
        .isEqualTo(
            "wallet "
                + story.alice()
                + " already has budget "
                + first
                + " for category 5411 per month in EUR");
  }

  @Test
  void badBudgetInputNamesTheFieldAndChangesNothing() {
    Story story = story(mock(null));
    String[][] cases = {
      {"541", "month", "50.00", "", "/category", "invalid_format"},
      {"5411", "year", "50.00", "", "/period", "unknown_period"},
      {"5411", "month", "0.00", "", "/amount/amount", "zero_amount"},
      {"5411", "month", "-5.00", "", "/amount/amount", "negative_amount"},
      {"5411", "month", "50.00", ",\"thresholds\":[0]", "/thresholds/0", "out_of_range"},
      {"5411", "month", "50.00", ",\"thresholds\":[80,101]", "/thresholds/1", "out_of_range"},
      {"5411", "month", "50.00", ",\"thresholds\":[]", "/thresholds", "invalid_length"},
      {"5411", "month", "50.00", ",\"thresholds\":[80,80]", "/thresholds/1", "duplicate"},
    };
    for (String[] c : cases) {
      Reply reply = story.budget(c[0], c[1], c[2], c[3]);
      assertThat(reply.status()).as(String.join(" ", c)).isEqualTo(400);
      assertThat(reply.text("/errors/0/field") + " " + reply.text("/errors/0/code"))
          .isEqualTo(c[4] + " " + c[5]);
    }
    assertThat(
            story.api().get("/v1/wallets/" + story.alice() + "/budgets").body().get("data").size())
        .isZero();
  }

  @Test
  void changingABudgetToAnotherCurrencyIsRefusedAndChangesNothing() {
    Story story = story(mock(null));
    String budget = story.budget("5411", "month", "50.00", "").text("/id");

    Reply reply =
        story
            .api()
            .post(
                "/v1/budgets/" + budget + "/amount",
                "{\"amount\":" + MockApi.money("50.00", "USD") + "}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.text("/errors/0/field")).isEqualTo("/amount/currency");
    assertThat(reply.text("/errors/0/code")).isEqualTo("currency_mismatch");
    assertThat(reply.text("/errors/0/message"))
        .isEqualTo("must be EUR, the currency of budget " + budget);
    assertMoney(story.api().get("/v1/budgets/" + budget).body(), "/amount", "50.00", "EUR");
  }

  @Test
  void badSpendingQueriesNameTheParameter() {
    Story story = story(mock(null));

    Reply period = story.spending("period=year&currency=EUR");
    Reply currency = story.spending("period=month&currency=XXQ");
    Reply missing = story.spending("currency=EUR");
    Reply group = story.spending("period=day&currency=EUR&groupBy=colour");

    assertThat(period.status()).isEqualTo(400);
    assertThat(period.text("/errors/0/field")).isEqualTo("query:period");
    assertThat(period.text("/errors/0/message"))
        .isEqualTo("must be day, week or month, not \"year\"");
    assertThat(currency.text("/errors/0/code")).isEqualTo("unknown_currency");
    assertThat(missing.text("/errors/0/field") + " " + missing.text("/errors/0/code"))
        .isEqualTo("query:period required");
    assertThat(group.text("/errors/0/field")).isEqualTo("query:groupBy");
  }

  @Test
  void paymentsCarryTheirMerchantCategory() {
    Story story = story(mock(null));

    assertThat(story.pay(story.grocer(), "1.00").text("/merchantCategory")).isEqualTo("5411");
    assertThat(story.payByQr("2.00", "5812").text("/merchantCategory")).isEqualTo("5812");
    assertThat(story.pay("mer_demo", "3.00").text("/merchantCategory")).isEqualTo("5999");
  }

  @Test
  void aRestartFromTheJournalReproducesBudgetsAndTheirFiredThresholds() {
    Path journal = dir.resolve("budgets.journal");
    MockWalletServer first = mock(journal);
    Story story = story(first);
    String budget = story.budget("5411", "month", "50.00", ",\"thresholds\":[50]").text("/id");
    story.pay(story.grocer(), "30.00");
    String before = story.api().get("/v1/budgets/" + budget).body().toString();
    first.close();
    started.remove(first);

    MockWalletServer second = mock(journal);
    String after = new MockApi(second).get("/v1/budgets/" + budget).body().toString();

    assertThat(after).isEqualTo(before).contains("\"thresholdsReached\":[50]");
  }

  @Test
  void budgetsAreInTheDataExportAndGoWithTheErasure() {
    Story story = story(mock(null));
    String budget = story.budget("5411", "month", "50.00", "").text("/id");
    story.pay(story.grocer(), "500.00"); // empties the wallet, so it may be erased

    Reply export = story.api().post("/v1/wallets/" + story.alice() + "/data-export", "{}");
    Reply erasure = story.api().post("/v1/wallets/" + story.alice() + "/erasure", "{}");

    assertThat(export.body().get("budgets").findValuesAsText("id")).containsExactly(budget);
    assertThat(erasure.status()).isEqualTo(200);
    assertThat(story.api().get("/v1/budgets/" + budget).status()).isEqualTo(404);
    assertThat(story.mock().ledger().audit().isClean()).isTrue();
  }

  @Test
  void aMerchantCategoryMustBeFourDigits() {
    MockWalletServer mock = mock(null);

    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> mock.control().registerMerchant("Grocer", "54a1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category 54a1 must be an ISO 18245 merchant category code of 4 digits");
  }
}
