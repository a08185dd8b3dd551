/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The event feed: oldest first, paged by the last event seen, per partner. */
@ExtendWith(MockWalletExtension.class)
class EventsTest {

  /** The ids of one scenario's resources. */
  private record Story(
      String alice,
      String bob,
      String funding,
      String transfer,
      String payment,
      String refund,
      String settled,
      String failed) {}

  /** Every kind of event: open, fund, transfer, pay, refund, and two payouts, one settled. */
  private static Story story(MockWalletServer mock, MockApi api) {
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    String funding = api.get("/v1/wallets/" + alice + "/transactions").text("/data/0/id");
    String transfer =
        api.post("/v1/transfers", Bodies.transfer(alice, bob, "10.00", "EUR")).text("/id");
    String payment =
        api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "20.00", "EUR")).text("/id");
    String refund =
        api.post("/v1/payments/" + payment + "/refunds", Bodies.refund("5.00", "EUR")).text("/id");
    String settled = api.post("/v1/transfers", Bodies.payout(alice, "7.00", "EUR")).text("/id");
    mock.control().settlePayout(TransferId.of(settled));
    String failed = api.post("/v1/transfers", Bodies.payout(alice, "3.00", "EUR")).text("/id");
    mock.control().failPayout(TransferId.of(failed));
    return new Story(alice, bob, funding, transfer, payment, refund, settled, failed);
  }

  private static List<String> column(Reply page, String pointer) {
    List<String> values = new ArrayList<>();
    page.body().path("data").forEach(event -> values.add(event.at(pointer).asText()));
    return values;
  }

  @Test
  void feedListsEveryEventOldestFirst(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    Story s = story(mock, api);

    Reply feed = api.get("/v1/events");

    assertThat(feed.status()).isEqualTo(200);
    assertThat(column(feed, "/type"))
        .containsExactly(
            "wallet.created",
            "wallet.created",
            "wallet.funded",
            "transfer.completed",
            "payment.succeeded",
            "refund.succeeded",
            "transfer.pending",
            "transfer.completed",
            "transfer.pending",
            "transfer.failed");
    assertThat(column(feed, "/data/id"))
        .containsExactly(
            s.alice(),
            s.bob(),
            s.funding(),
            s.transfer(),
            s.payment(),
            s.refund(),
            s.settled(),
            s.settled(),
            s.failed(),
            s.failed());
    assertThat(column(feed, "/object")).containsOnly("event");
    assertThat(column(feed, "/id")).allMatch(id -> id.matches("evt_[A-Za-z0-9]{1,64}"));
    assertThat(column(feed, "/createdAt")).containsOnly(mock.control().now().toString());
    assertThat(feed.body().get("hasMore").asBoolean()).isFalse();
  }

  @Test
  void eachEventCarriesItsResourceAsItWasThen(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    story(mock, api);

    Reply feed = api.get("/v1/events");

    assertThat(column(feed, "/data/object"))
        .containsExactly(
            "wallet",
            "wallet",
            "transaction",
            "transfer",
            "payment",
            "refund",
            "transfer",
            "transfer",
            "transfer",
            "transfer");
    assertThat(column(feed, "/data/status"))
        .containsExactly(
            "active",
            "active",
            "",
            "completed",
            "succeeded",
            "succeeded",
            "pending",
            "completed",
            "pending",
            "failed");
    JsonNode funded = feed.body().at("/data/2/data");
    assertThat(funded.path("type").asText()).isEqualTo("funding");
    assertThat(funded.at("/amount/amount").asText()).isEqualTo("100.00");
    assertThat(funded.at("/balanceAfter/amount").asText()).isEqualTo("100.00");
    // the payment as it was when paid, before its refund
    assertThat(feed.body().at("/data/4/data/refundedAmount/amount").asText()).isEqualTo("0.00");
    assertThat(feed.body().at("/data/5/data/amount/amount").asText()).isEqualTo("5.00");
  }

  @Test
  void afterPagesThroughTheFeedWithTheLastIdSeen(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    story(mock, api);
    List<String> all = column(api.get("/v1/events"), "/id");

    Reply first = api.get("/v1/events?limit=4");
    Reply second = api.get("/v1/events?limit=4&after=" + first.text("/nextCursor"));
    Reply third = api.get("/v1/events?limit=4&after=" + second.text("/nextCursor"));

    assertThat(column(first, "/id")).isEqualTo(all.subList(0, 4));
    assertThat(first.body().get("hasMore").asBoolean()).isTrue();
    assertThat(first.text("/nextCursor")).isEqualTo(all.get(3));
    assertThat(column(second, "/id")).isEqualTo(all.subList(4, 8));
    assertThat(second.text("/nextCursor")).isEqualTo(all.get(7));
    assertThat(column(third, "/id")).isEqualTo(all.subList(8, 10));
    assertThat(third.body().get("hasMore").asBoolean()).isFalse();
    assertThat(third.body().has("nextCursor")).isFalse();
  }

  @Test
  void pollingAfterTheLastEventSeesOnlyNewOnes(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    Story s = story(mock, api);
    List<String> seen = column(api.get("/v1/events"), "/id");
    String last = seen.get(seen.size() - 1);

    Reply nothingNew = api.get("/v1/events?after=" + last);
    mock.control().fund(WalletId.of(s.bob()), Money.of("1.00", "EUR"));
    Reply news = api.get("/v1/events?after=" + last);

    assertThat(nothingNew.body().get("data").size()).isZero();
    assertThat(nothingNew.body().get("hasMore").asBoolean()).isFalse();
    assertThat(column(news, "/type")).containsExactly("wallet.funded");
    assertThat(column(news, "/data/walletId")).containsExactly(s.bob());
  }

  @Test
  void unknownAfterIdIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    api.openWallet("Alice", "EUR");

    Reply unknown = api.get("/v1/events?after=evt_nope");
    Reply malformed = api.get("/v1/events?after=wal_nope");

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("invalid_request");
    assertThat(unknown.text("/errors/0/field")).isEqualTo("query:after");
    assertThat(unknown.text("/errors/0/code")).isEqualTo("unknown_event");
    assertThat(unknown.text("/detail")).isEqualTo("query:after: event evt_nope is not in the feed");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.text("/errors/0/code")).isEqualTo("invalid_id");
  }

  @Test
  void partnersSeeOnlyTheirOwnEvents(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockPartner other = mock.control().newPartner("Other bank");
    MockApi theirs = api.as(other.apiKey());
    String alice = api.openWallet("Alice", "EUR");
    String zoe = theirs.openWallet("Zoe", "EUR");
    mock.control().fund(WalletId.of(zoe), Money.of("10.00", "EUR"));

    Reply mine = api.get("/v1/events");
    Reply their = theirs.get("/v1/events");
    String theirFirst = column(their, "/id").get(0);

    assertThat(column(mine, "/type")).containsExactly("wallet.created");
    assertThat(column(mine, "/data/id")).containsExactly(alice);
    assertThat(column(their, "/type")).containsExactly("wallet.created", "wallet.funded");
    assertThat(column(their, "/data/id").get(0)).isEqualTo(zoe);
    assertThat(api.get("/v1/events?after=" + theirFirst).code()).isEqualTo("invalid_request");
  }

  @Test
  void receiverOfACrossPartnerTransferIsToldToo(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockPartner other = mock.control().newPartner("Other bank");
    MockApi theirs = api.as(other.apiKey());
    String alice = api.openWallet("Alice", "EUR");
    WalletId zoe = mock.control().openWallet(other, "Zoe", CurrencyCode.EUR);
    mock.control().fund(WalletId.of(alice), Money.of("50.00", "EUR"));

    String transfer =
        api.post("/v1/transfers", Bodies.transfer(alice, zoe.value(), "20.00", "EUR")).text("/id");

    Reply their = theirs.get("/v1/events");
    assertThat(column(their, "/type")).containsExactly("wallet.created", "transfer.completed");
    assertThat(their.text("/data/1/data/id")).isEqualTo(transfer);
    assertThat(their.text("/data/1/data/destinationWalletId")).isEqualTo(zoe.value());
    assertThat(their.text("/data/1/data/destinationAmount/amount")).isEqualTo("20.00");
    Reply mine = api.get("/v1/events");
    assertThat(column(mine, "/type"))
        .containsExactly("wallet.created", "wallet.funded", "transfer.completed");
  }

  @Test
  void stepUpAnnouncesTheChallengeAndItsConfirmation(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("500.00", "EUR"));
    mock.control().setStepUpThreshold(WalletId.of(alice), Money.of("100.00", "EUR"));
    mock.control().enrollTotp(WalletId.of(alice));
    List<String> before = column(api.get("/v1/events"), "/id");
    String challenge =
        api.post("/v1/transfers", Bodies.transfer(alice, bob, "200.00", "EUR"))
            .text("/challenge/id");
    String transfer =
        api.post(
                "/v1/challenges/" + challenge + "/confirm",
                "{\"otp\":\"" + mock.control().currentTotp(WalletId.of(alice)) + "\"}")
            .text("/result/id");

    Reply news = api.get("/v1/events?after=" + before.get(before.size() - 1));

    assertThat(column(news, "/type"))
        .containsExactly("challenge.created", "transfer.completed", "challenge.confirmed");
    assertThat(column(news, "/data/object")).containsExactly("challenge", "transfer", "challenge");
    assertThat(column(news, "/data/id")).containsExactly(challenge, transfer, challenge);
    assertThat(column(news, "/data/status")).containsExactly("pending", "completed", "confirmed");
  }
}
