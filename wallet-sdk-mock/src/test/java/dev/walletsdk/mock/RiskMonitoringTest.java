/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.runtime.LedgerExport;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real-time transaction monitoring: a partner's rules assessed on every movement before it runs,
 * their outcomes (allow, step-up, hold for review, decline), the reviewer's release and rejection,
 * and the events and ledger entries they leave.
 */
@ExtendWith(MockWalletExtension.class)
class RiskMonitoringTest {
  private MockApi api;
  private String alice;
  private String bob;
  private String carol;

  private void setUp(MockWalletServer mock) {
    api = new MockApi(mock);
    alice = api.openWallet("Alice", "EUR");
    bob = api.openWallet("Bob", "EUR");
    carol = api.openWallet("Carol", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("1000.00", "EUR"));
  }

  private String rule(MockWalletServer mock, String type, String outcome, Map<String, String> p) {
    return mock.control().addRiskRule(mock.control().defaultPartner(), type, outcome, p);
  }

  private Reply transfer(String to, String amount, String key) {
    return api.post(
        "/v1/transfers",
        "{\"sourceWalletId\":\""
            + alice
            + "\",\"destinationWalletId\":\""
            + to
            + "\",\"amount\":"
            + MockApi.money(amount, "EUR")
            + "}",
        key);
  }

  private Reply transfer(String amount) {
    return transfer(bob, amount, java.util.UUID.randomUUID().toString());
  }

  private String available(String wallet) {
    return api.get("/v1/wallets/" + wallet + "/balances?currency=EUR")
        .text("/balances/0/available/amount");
  }

  private List<JsonNode> events(String type) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode event : api.get("/v1/events?limit=100").body().path("data")) {
      if (event.path("type").asText().equals(type)) {
        found.add(event.path("data"));
      }
    }
    return found;
  }

  private static List<String> feed(dev.walletsdk.mock.internal.engine.Engine engine) {
    List<String> feed = new ArrayList<>();
    for (var event : engine.events().of(engine.firstPartnerId())) {
      feed.add(event.type());
      feed.add(event.id());
    }
    return feed;
  }

  @Test
  void velocityCountRuleDeclinesTheMovementOverTheMaximum(MockWalletServer mock) {
    setUp(mock);
    String rule = rule(mock, "velocity", "decline", Map.of("windowSeconds", "60", "maxCount", "2"));
    assertThat(transfer("1.00").status()).isEqualTo(201);
    assertThat(transfer("1.00").status()).isEqualTo(201);

    Reply third = transfer("1.00");

    assertThat(third.status()).isEqualTo(422);
    assertThat(third.code()).isEqualTo("risk_declined");
    assertThat(third.text("/detail"))
        .isEqualTo("1.00 EUR from wallet " + alice + " was declined by risk monitoring: velocity");
    assertThat(third.text("/reasons/0/ruleId")).isEqualTo(rule);
    assertThat(third.text("/reasons/0/detail"))
        .isEqualTo("3 movements in 60 seconds, over the maximum of 2");
    assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
        .isEqualTo(Money.of("998.00", "EUR"));
  }

  @Test
  void velocityWindowEndsExactlyWindowSecondsLaterOnTheVirtualClock(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "velocity", "decline", Map.of("windowSeconds", "60", "maxCount", "1"));
    assertThat(transfer("1.00").status()).isEqualTo(201);

    mock.control().advanceClock(Duration.ofSeconds(59));
    assertThat(transfer("1.00").status()).isEqualTo(422);
    mock.control().advanceClock(Duration.ofSeconds(1));
    assertThat(transfer("1.00").status()).isEqualTo(201);
  }

  @Test
  void velocityAmountRuleCountsTheMovementItself(MockWalletServer mock) {
    setUp(mock);
    rule(
        mock,
        "velocity",
        "decline",
        Map.of("windowSeconds", "3600", "currency", "EUR", "maxAmount", "100.00"));
    assertThat(transfer("60.00").status()).isEqualTo(201);
    assertThat(transfer("40.00").status()).isEqualTo(201);

    Reply over = transfer("0.01");

    assertThat(over.text("/reasons/0/detail"))
        .isEqualTo("100.01 EUR in 3600 seconds, over the maximum of 100.00 EUR");
  }

  @Test
  void anomalyRuleFiresExactlyAboveTheScoreThreshold(MockWalletServer mock) {
    setUp(mock);
    rule(
        mock,
        "amount_anomaly",
        "decline",
        Map.of("currency", "EUR", "threshold", "3.5", "history", "5", "minHistory", "5"));
    for (String amount : List.of("10.00", "12.00", "11.00", "13.00", "12.00")) {
      assertThat(transfer(amount).status()).isEqualTo(201);
    }

    Reply over = transfer("17.19");

    assertThat(over.code()).isEqualTo("risk_declined");
    assertThat(over.text("/reasons/0/code")).isEqualTo("amount_anomaly");
    assertThat(over.text("/reasons/0/detail"))
        .isEqualTo(
            "17.19 EUR scores 3.5007 against the last 5 amounts (median 1200, MAD 100 minor"
                + " units), over the threshold of 3.5");
    assertThat(transfer("17.18").status()).isEqualTo(201);
  }

  @Test
  void anomalyRuleNeedsItsMinimumHistory(MockWalletServer mock) {
    setUp(mock);
    rule(
        mock,
        "amount_anomaly",
        "decline",
        Map.of("currency", "EUR", "threshold", "3.5", "history", "10", "minHistory", "5"));
    for (String amount : List.of("10.00", "12.00", "11.00", "13.00")) {
      assertThat(transfer(amount).status()).isEqualTo(201);
    }

    assertThat(transfer("900.00").status()).isEqualTo(201);
  }

  @Test
  void newPayeeRuleFiresOnlyOnTheFirstPaymentAtOrAboveItsAmount(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "new_payee", "decline", Map.of("currency", "EUR", "minAmount", "50.00"));

    assertThat(transfer(bob, "49.99", "p-1").status()).isEqualTo(201);
    assertThat(transfer(bob, "50.00", "p-2").status()).isEqualTo(201);
    Reply carolFirst = transfer(carol, "50.00", "p-3");

    assertThat(carolFirst.code()).isEqualTo("risk_declined");
    assertThat(carolFirst.text("/reasons/0/detail"))
        .isEqualTo("first payment to wallet:" + carol + " is 50.00 EUR, at or above 50.00 EUR");
  }

  @Test
  void strictestOutcomeWinsAndEveryReasonIsReported(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "velocity", "step_up", Map.of("windowSeconds", "60", "maxCount", "1"));
    Map<String, String> payee = new java.util.HashMap<>();
    payee.put("currency", "EUR");
    payee.put("minAmount", "1.00");
    payee.put("reasonCode", "first_payee");
    rule(mock, "new_payee", "decline", payee);
    rule(mock, "new_payee", "hold", Map.of("currency", "EUR", "minAmount", "1.00"));
    assertThat(transfer(bob, "1.00", "s-0").code()).isEqualTo("risk_declined");
    // nothing ran: the first movement is still the first in the window

    Reply reply = transfer(bob, "1.00", "s-1");

    assertThat(reply.text("/detail"))
        .endsWith("declined by risk monitoring: first_payee, new_payee");
    assertThat(reply.body().path("reasons")).hasSize(2);
    assertThat(reply.text("/reasons/1/outcome")).isEqualTo("hold");
    assertThat(events("risk.flagged")).hasSize(2);
    assertThat(events("risk.flagged").get(1).path("outcome").asText()).isEqualTo("decline");
  }

  @Test
  void allowOutcomeLetsTheMovementRunAndFlagsIt(MockWalletServer mock) {
    setUp(mock);
    String rule = rule(mock, "new_payee", "allow", Map.of("currency", "EUR", "minAmount", "5.00"));

    Reply reply = transfer("5.00");

    assertThat(reply.status()).isEqualTo(201);
    List<JsonNode> flags = events("risk.flagged");
    assertThat(flags).hasSize(1);
    assertThat(flags.get(0).path("outcome").asText()).isEqualTo("allow");
    assertThat(flags.get(0).path("reasons").get(0).path("ruleId").asText()).isEqualTo(rule);
    assertThat(flags.get(0).path("operation").asText()).isEqualTo("transfers.create");
  }

  @Test
  void stepUpOutcomeAsksTheExistingChallengeAndRunsOnConfirmation(MockWalletServer mock) {
    setUp(mock);
    TotpSecret secret = mock.control().enrollTotp(WalletId.of(alice));
    rule(mock, "new_payee", "step_up", Map.of("currency", "EUR", "minAmount", "5.00"));

    Reply held = transfer(bob, "5.00", "u-1");
    assertThat(held.status()).isEqualTo(401);
    assertThat(held.code()).isEqualTo("step_up_required");
    String otp = Totp.defaults().generate(secret, mock.control().now());
    Reply confirmed =
        api.post(
            "/v1/challenges/" + held.text("/challenge/id") + "/confirm",
            "{\"otp\":\"" + otp + "\"}");

    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.text("/result/status")).isEqualTo("completed");
    assertThat(events("risk.flagged")).hasSize(1);
    assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
        .isEqualTo(Money.of("995.00", "EUR"));
  }

  @Test
  void holdReservesTheFundsAndRetriesNeverReserveTwice(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "new_payee", "hold", Map.of("currency", "EUR", "minAmount", "100.00"));

    Reply held = transfer(bob, "300.00", "h-1");
    Reply again = transfer(bob, "300.00", "h-1");

    assertThat(held.status()).isEqualTo(409);
    assertThat(held.code()).isEqualTo("pending_review");
    String review = held.text("/review/id");
    assertThat(review).startsWith("rrv_");
    assertThat(held.text("/review/status")).isEqualTo("pending_review");
    assertThat(again.body()).isEqualTo(held.body());
    assertThat(available(alice)).isEqualTo("700.00");
    assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
        .isEqualTo(Money.of("1000.00", "EUR"));
    assertThat(api.get("/v1/risk/reviews/" + review).text("/status")).isEqualTo("pending_review");
    assertThat(events("risk.flagged").get(0).path("review").path("id").asText()).isEqualTo(review);
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  @Test
  void releaseExecutesTheHeldMovementOnceAndAnswersItsKey(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "new_payee", "hold", Map.of("currency", "EUR", "minAmount", "100.00"));
    String review = transfer(bob, "300.00", "r-1").text("/review/id");

    String transferId = mock.control().releaseRiskReview(review);
    Reply retried = transfer(bob, "300.00", "r-1");

    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.text("/id")).isEqualTo(transferId);
    assertThat(retried.text("/status")).isEqualTo("completed");
    assertThat(available(alice)).isEqualTo("700.00");
    assertThat(mock.control().balance(WalletId.of(bob), CurrencyCode.EUR))
        .isEqualTo(Money.of("300.00", "EUR"));
    Reply decided = api.get("/v1/risk/reviews/" + review);
    assertThat(decided.text("/status")).isEqualTo("released");
    assertThat(decided.text("/resultId")).isEqualTo(transferId);
    assertThat(events("risk_review.released").get(0).path("resultId").asText())
        .isEqualTo(transferId);
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  @Test
  void rejectReleasesTheReservationAndDeclinesTheKey(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "new_payee", "hold", Map.of("currency", "EUR", "minAmount", "100.00"));
    String review = transfer(bob, "300.00", "j-1").text("/review/id");

    mock.control().rejectRiskReview(review);
    Reply retried = transfer(bob, "300.00", "j-1");

    assertThat(retried.status()).isEqualTo(422);
    assertThat(retried.code()).isEqualTo("risk_declined");
    assertThat(retried.text("/reasons/0/code")).isEqualTo("review_rejected");
    assertThat(available(alice)).isEqualTo("1000.00");
    assertThat(api.get("/v1/risk/reviews/" + review).text("/status")).isEqualTo("rejected");
    assertThat(events("risk_review.rejected")).hasSize(1);
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  @Test
  void declinedRetryReturnsTheSameAnswerAndFlagsOnce(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "new_payee", "decline", Map.of("currency", "EUR", "minAmount", "1.00"));

    Reply first = transfer(bob, "5.00", "d-1");
    Reply again = transfer(bob, "5.00", "d-1");

    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(events("risk.flagged")).hasSize(1);
  }

  @Test
  void splitBillShareThatWouldBeHeldIsDeclined(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "new_payee", "hold", Map.of("currency", "EUR", "minAmount", "1.00"));
    mock.control().fund(WalletId.of(bob), Money.of("100.00", "EUR"));

    Reply bill =
        api.post(
            "/v1/split-bills",
            "{\"merchantId\":\"mer_demo\",\"amount\":"
                + MockApi.money("10.00", "EUR")
                + ",\"participants\":[{\"walletId\":\""
                + alice
                + "\",\"amount\":"
                + MockApi.money("5.00", "EUR")
                + "},{\"walletId\":\""
                + bob
                + "\",\"amount\":"
                + MockApi.money("5.00", "EUR")
                + "}]}");

    assertThat(bill.code()).isEqualTo("risk_declined");
    assertThat(available(alice)).isEqualTo("1000.00");
  }

  @Test
  void replayReproducesHoldsReleasesRejectsAndTheHistory(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "new_payee", "hold", Map.of("currency", "EUR", "minAmount", "100.00"));
    rule(
        mock,
        "amount_anomaly",
        "allow",
        Map.of("currency", "EUR", "threshold", "3.5", "history", "5", "minHistory", "3"));
    transfer(bob, "10.00", "y-1");
    transfer(bob, "12.00", "y-2");
    transfer(bob, "11.00", "y-3");
    mock.control().releaseRiskReview(transfer(carol, "150.00", "y-4").text("/review/id"));
    String dave = api.openWallet("Dave", "EUR");
    mock.control().rejectRiskReview(transfer(dave, "160.00", "y-5").text("/review/id"));
    transfer(bob, "400.00", "y-6");

    String live = LedgerExport.jsonLines(mock.runtime().read(e -> e.ledger().journal()));
    String replayed = LedgerExport.jsonLines(mock.runtime().replayed().ledger().journal());

    assertThat(replayed).isEqualTo(live);
    dev.walletsdk.mock.internal.engine.Engine copy = mock.runtime().replayed();
    assertThat(feed(copy)).isEqualTo(mock.runtime().read(RiskMonitoringTest::feed));
    assertThat(feed(copy)).contains("risk.flagged", "risk_review.released", "risk_review.rejected");
  }

  @Test
  void reviewCannotBeDecidedTwice(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "new_payee", "hold", Map.of("currency", "EUR", "minAmount", "100.00"));
    String review = transfer(bob, "300.00", "t-1").text("/review/id");
    mock.control().releaseRiskReview(review);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> mock.control().rejectRiskReview(review))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("risk review " + review + " is already released");
    assertThat(available(alice)).isEqualTo("700.00");
  }

  @Test
  void releasedMovementThatFailsRecordsItsFailureAndAnswersIt(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "new_payee", "hold", Map.of("currency", "EUR", "minAmount", "100.00"));
    String review = transfer(bob, "300.00", "f-1").text("/review/id");
    mock.control().setWalletStatus(WalletId.of(bob), dev.walletsdk.model.WalletStatus.FROZEN);

    assertThat(mock.control().releaseRiskReview(review)).isNull();

    assertThat(api.get("/v1/risk/reviews/" + review).text("/failureCode"))
        .isEqualTo("wallet_not_active");
    assertThat(transfer(bob, "300.00", "f-1").code()).isEqualTo("wallet_not_active");
    assertThat(available(alice)).isEqualTo("1000.00");
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  @Test
  void rulesOfAnotherPartnerDoNotApply(MockWalletServer mock) {
    setUp(mock);
    MockPartner other = mock.control().newPartner("Other");
    mock.control()
        .addRiskRule(other, "new_payee", "decline", Map.of("currency", "EUR", "minAmount", "1.00"));

    assertThat(transfer("5.00").status()).isEqualTo(201);
    assertThat(events("risk.flagged")).isEmpty();
  }

  @Test
  void deletedRuleNoLongerFires(MockWalletServer mock) {
    setUp(mock);
    String rule =
        rule(mock, "new_payee", "decline", Map.of("currency", "EUR", "minAmount", "1.00"));
    mock.control().deleteRiskRule(rule);

    assertThat(transfer("5.00").status()).isEqualTo(201);
  }

  @Test
  void reviewOfAnotherPartnerIsNotFound(MockWalletServer mock) {
    setUp(mock);
    rule(mock, "new_payee", "hold", Map.of("currency", "EUR", "minAmount", "100.00"));
    String review = transfer(bob, "300.00", "o-1").text("/review/id");
    MockApi other = api.as(mock.control().newPartner("Other").apiKey());

    Reply reply = other.get("/v1/risk/reviews/" + review);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.text("/detail")).isEqualTo("risk review " + review + " does not exist");
  }
}
