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
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bill payments: the catalogue, paying now, schedules on the virtual clock, cancelling. */
@ExtendWith(MockWalletExtension.class)
class BillPaymentsTest {
  private static final Instant START = Instant.parse("2026-01-31T09:00:00Z");

  private static MockWalletServer mockAtStart() {
    return MockWalletServer.builder().startAt(START).build();
  }

  private static Money balance(MockWalletServer mock, String wallet) {
    return mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR);
  }

  private static String funded(MockWalletServer mock, MockApi api, String amount) {
    String wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of(amount, "EUR"));
    return wallet;
  }

  private static String bill(String wallet, String amount, String extra) {
    return "{\"walletId\":\""
        + wallet
        + "\",\"billerId\":\"blr_citypower\",\"customerReference\":\"0012345678\",\"amount\":"
        + MockApi.money(amount, "EUR")
        + extra
        + "}";
  }

  @Test
  void catalogueListsTheBillersAndTheirReferenceFormats(MockWalletServer mock) {
    Reply billers = new MockApi(mock).get("/v1/billers");

    assertThat(billers.status()).isEqualTo(200);
    assertThat(billers.body().get("data").findValuesAsText("id"))
        .containsExactly("blr_citypower", "blr_metrowater", "blr_telcomobile");
    assertThat(billers.text("/data/0/customerReferenceFormat")).isEqualTo("10 digits");
  }

  @Test
  void billPaidAtOnceMovesMoneyToTheBiller(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");

    Reply bill = api.post("/v1/bill-payments", bill(alice, "42.10", ""));

    assertThat(bill.status()).isEqualTo(201);
    assertThat(bill.text("/status")).isEqualTo("completed");
    assertThat(bill.text("/runs/0/status")).isEqualTo("succeeded");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("57.90", "EUR"));
    Reply history = api.get("/v1/wallets/" + alice + "/transactions");
    assertThat(history.text("/data/0/type")).isEqualTo("bill_payment");
    assertThat(history.text("/data/0/reference")).isEqualTo("0012345678");
  }

  @Test
  void badReferenceOrUnknownBillerIsRefusedAndNothingMoves(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");

    Reply reference =
        api.post("/v1/bill-payments", bill(alice, "1.00", "").replace("0012345678", "12-34"));
    Reply biller =
        api.post("/v1/bill-payments", bill(alice, "1.00", "").replace("blr_citypower", "blr_x"));
    Reply poor = api.post("/v1/bill-payments", bill(alice, "500.00", ""));

    assertThat(reference.status()).isEqualTo(400);
    assertThat(reference.text("/errors/0/code")).isEqualTo("invalid_customer_reference");
    assertThat(reference.text("/errors/0/message")).isEqualTo("must be 10 digits for City Power");
    assertThat(biller.text("/errors/0/code")).isEqualTo("unknown_biller");
    assertThat(poor.code()).isEqualTo("insufficient_funds");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("100.00", "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(1);
  }

  @Test
  void monthlyScheduleRunsOnTheVirtualClockKeepingTheDayOfMonth() {
    MockWalletServer mock = mockAtStart();
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");

    Reply created =
        api.post(
            "/v1/bill-payments",
            bill(
                alice,
                "30.00",
                ",\"scheduledFor\":\"2026-02-01T00:00:00Z\","
                    + "\"recurrence\":{\"interval\":\"monthly\",\"count\":3}"));
    String id = created.text("/id");

    assertThat(created.text("/status")).isEqualTo("scheduled");
    assertThat(created.text("/nextRunAt")).isEqualTo("2026-02-01T00:00:00Z");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("100.00", "EUR"));

    mock.control().advanceClock(Duration.ofDays(1));
    assertThat(balance(mock, alice)).isEqualTo(Money.of("70.00", "EUR"));
    assertThat(api.get("/v1/bill-payments/" + id).text("/nextRunAt"))
        .isEqualTo("2026-03-01T00:00:00Z");

    mock.control().advanceClock(Duration.ofDays(60));
    Reply done = api.get("/v1/bill-payments/" + id);
    assertThat(done.text("/status")).isEqualTo("completed");
    assertThat(done.body().get("runs").findValuesAsText("dueAt"))
        .containsExactly("2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("10.00", "EUR"));
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void failedRunIsRecordedAndTheScheduleGoesOn() {
    MockWalletServer mock = mockAtStart();
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "25.00");
    String id =
        api.post(
                "/v1/bill-payments",
                bill(
                    alice,
                    "20.00",
                    ",\"scheduledFor\":\"2026-02-07T09:00:00Z\","
                        + "\"recurrence\":{\"interval\":\"weekly\"}"))
            .text("/id");

    mock.control().advanceClock(Duration.ofDays(14));
    Reply bill = api.get("/v1/bill-payments/" + id);

    assertThat(bill.text("/runs/0/status")).isEqualTo("succeeded");
    assertThat(bill.text("/runs/1/status")).isEqualTo("failed");
    assertThat(bill.text("/runs/1/failureCode")).isEqualTo("insufficient_funds");
    assertThat(bill.text("/status")).isEqualTo("scheduled");
    assertThat(bill.text("/nextRunAt")).isEqualTo("2026-02-21T09:00:00Z");
    assertThat(balance(mock, alice)).isEqualTo(Money.of("5.00", "EUR"));
  }

  @Test
  void cancelledScheduleNeverRunsAndCannotBeCancelledTwice() {
    MockWalletServer mock = mockAtStart();
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    String id =
        api.post(
                "/v1/bill-payments",
                bill(alice, "10.00", ",\"scheduledFor\":\"2026-02-02T09:00:00Z\""))
            .text("/id");

    Reply cancelled = api.post("/v1/bill-payments/" + id + "/cancel", "{}");
    mock.control().advanceClock(Duration.ofDays(5));
    Reply again = api.post("/v1/bill-payments/" + id + "/cancel", "{}");

    assertThat(cancelled.text("/status")).isEqualTo("cancelled");
    assertThat(cancelled.body().has("nextRunAt")).isFalse();
    assertThat(again.status()).isEqualTo(409);
    assertThat(balance(mock, alice)).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void scheduleMustBeInTheFutureAndRecurrenceNeedsIt(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    String past = mock.control().now().minusSeconds(1).toString();

    Reply late =
        api.post("/v1/bill-payments", bill(alice, "1.00", ",\"scheduledFor\":\"" + past + "\""));
    Reply loose =
        api.post(
            "/v1/bill-payments", bill(alice, "1.00", ",\"recurrence\":{\"interval\":\"daily\"}"));

    assertThat(late.text("/errors/0/field")).isEqualTo("/scheduledFor");
    assertThat(late.text("/errors/0/code")).isEqualTo("out_of_range");
    assertThat(loose.body().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("/recurrence/interval", "/scheduledFor");
  }

  @Test
  void replayRunsTheScheduleAtTheSameInstants() {
    MockWalletServer mock = mockAtStart();
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");
    api.post(
        "/v1/bill-payments",
        bill(
            alice,
            "15.00",
            ",\"scheduledFor\":\"2026-02-01T00:00:00Z\","
                + "\"recurrence\":{\"interval\":\"weekly\",\"count\":4}"));
    mock.control().advanceClock(Duration.ofDays(3));
    api.openWallet("Bob", "EUR");
    mock.control().advanceClock(Duration.ofDays(20));

    String replayed = LedgerExport.jsonLines(mock.runtime().replayed().ledger().journal());

    assertThat(replayed).isEqualTo(mock.ledger().exportJournal());
    assertThat(balance(mock, alice)).isEqualTo(Money.of("40.00", "EUR"));
    assertThat(api.get("/v1/events?limit=100").body().get("data").findValuesAsText("type"))
        .contains("bill_payment.scheduled", "bill_payment.succeeded");
  }

  @Test
  void registeredBillerIsListedPayableAndReplayed(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = funded(mock, api, "100.00");

    String gas =
        mock.control()
            .registerBiller(
                "North Gas", "utilities", "NG-[0-9]{4}", "NG- and 4 digits", CurrencyCode.EUR)
            .value();
    Reply wrong =
        api.post(
            "/v1/bill-payments",
            bill(alice, "5.00", "").replace("blr_citypower", gas).replace("0012345678", "1234"));
    Reply paid =
        api.post(
            "/v1/bill-payments",
            bill(alice, "5.00", "").replace("blr_citypower", gas).replace("0012345678", "NG-1234"));

    assertThat(api.get("/v1/billers").body().get("data").findValuesAsText("id")).endsWith(gas);
    assertThat(wrong.text("/errors/0/message")).isEqualTo("must be NG- and 4 digits for North Gas");
    assertThat(paid.text("/status")).isEqualTo("completed");
    assertThat(LedgerExport.jsonLines(mock.runtime().replayed().ledger().journal()))
        .isEqualTo(mock.ledger().exportJournal());
  }

  @Test
  void badBillerRegistrationsAreRefused(MockWalletServer mock) {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> mock.control().registerBiller("X", "misc", "[0-9", "digits", CurrencyCode.EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customerReferencePattern is not a regular expression");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> mock.control().registerBiller("X", "misc", "[0-9]+", "digits"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one currency");
    assertThat(new MockApi(mock).get("/v1/billers").body().get("data")).hasSize(3);
  }
}
