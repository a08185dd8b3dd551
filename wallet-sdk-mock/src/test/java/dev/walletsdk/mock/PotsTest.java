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
import dev.walletsdk.mock.internal.view.PotViews;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Savings pots: sub-balances in their own ledger accounts, moved to and from, swept, closed. */
class PotsTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private MockWalletServer mock;
  private MockApi api;
  private String wallet;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(START).build();
    api = new MockApi(mock);
    wallet = api.openWallet("Alice", "EUR", "USD");
    mock.control().fund(WalletId.of(wallet), Money.of("100.00", "EUR"));
  }

  private Reply create(String body) {
    return api.post("/v1/wallets/" + wallet + "/pots", body);
  }

  private String pot(String name) {
    Reply created = create("{\"name\":\"" + name + "\",\"currency\":\"EUR\"}");
    assertThat(created.status()).isEqualTo(201);
    return created.text("/id");
  }

  private Reply deposit(String pot, String amount) {
    return api.post(
        "/v1/pots/" + pot + "/deposits", "{\"amount\":" + MockApi.money(amount, "EUR") + "}");
  }

  private Reply withdraw(String pot, String amount) {
    return api.post(
        "/v1/pots/" + pot + "/withdrawals", "{\"amount\":" + MockApi.money(amount, "EUR") + "}");
  }

  private JsonNode eurBalance() {
    return api.get("/v1/wallets/" + wallet + "/balances?currency=EUR").body().at("/balances/0");
  }

  private java.util.List<String> eventTypes() {
    java.util.List<String> types = new java.util.ArrayList<>();
    api.get("/v1/events?limit=100")
        .body()
        .get("data")
        .forEach(e -> types.add(e.get("type").asText()));
    return types;
  }

  @Test
  void depositAndWithdrawalMoveExactAmountsThroughThePotsOwnAccount() {
    String pot = pot("Holiday");

    Reply in = deposit(pot, "30.25");
    Reply out = withdraw(pot, "10.05");

    assertThat(in.status()).isEqualTo(201);
    assertThat(in.text("/object")).isEqualTo("pot_move");
    assertThat(in.text("/direction")).isEqualTo("deposit");
    assertThat(in.text("/potBalanceAfter/amount")).isEqualTo("30.25");
    assertThat(in.text("/availableAfter/amount")).isEqualTo("69.75");
    assertThat(in.body().has("receipt")).isTrue();
    assertThat(out.text("/potBalanceAfter/amount")).isEqualTo("20.20");
    assertThat(out.text("/availableAfter/amount")).isEqualTo("79.80");
    assertThat(api.get("/v1/pots/" + pot).text("/balance/amount")).isEqualTo("20.20");
    JsonNode balance = eurBalance();
    assertThat(balance.at("/available/amount").asText()).isEqualTo("79.80");
    assertThat(balance.at("/total/amount").asText()).isEqualTo("79.80");
    assertThat(balance.at("/inPots/amount").asText()).isEqualTo("20.20");
    assertThat(mock.ledger().exportJournal()).contains("\"pot:" + pot + ":EUR\"");
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void historyShowsPotMovesWithTheirTypes() {
    String pot = pot("Holiday");
    deposit(pot, "5.00");
    withdraw(pot, "2.00");

    JsonNode data = api.get("/v1/wallets/" + wallet + "/transactions").body().get("data");

    assertThat(data.get(0).get("type").asText()).isEqualTo("pot_withdrawal");
    assertThat(data.get(0).get("direction").asText()).isEqualTo("credit");
    assertThat(data.get(0).at("/balanceAfter/amount").asText()).isEqualTo("97.00");
    assertThat(data.get(1).get("type").asText()).isEqualTo("pot_deposit");
    assertThat(data.get(1).get("direction").asText()).isEqualTo("debit");
    assertThat(data.get(1).get("description").asText()).isEqualTo("Holiday");
  }

  @Test
  void depositBeyondTheAvailableBalanceIsRefusedAndChangesNothing() {
    String pot = pot("Car");
    int journal = mock.ledger().journalSize();

    Reply refused = deposit(pot, "100.01");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("insufficient_funds");
    assertThat(refused.text("/detail"))
        .isEqualTo("wallet " + wallet + " has 100.00 EUR available but 100.01 EUR is needed");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(api.get("/v1/pots/" + pot).text("/balance/amount")).isEqualTo("0.00");
  }

  @Test
  void withdrawingMoreThanThePotHoldsIsRefusedAndChangesNothing() {
    String pot = pot("Car");
    deposit(pot, "3.00");

    Reply refused = withdraw(pot, "3.01");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("insufficient_funds");
    assertThat(refused.text("/detail"))
        .isEqualTo("pot " + pot + " holds 3.00 EUR but 3.01 EUR is needed");
    assertThat(eurBalance().at("/available/amount").asText()).isEqualTo("97.00");
  }

  @Test
  void retriedDepositWithTheSameKeyMovesOnce() {
    String pot = pot("Car");
    String body = "{\"amount\":" + MockApi.money("7.00", "EUR") + "}";

    Reply first = api.post("/v1/pots/" + pot + "/deposits", body, "key-pot-1");
    Reply again = api.post("/v1/pots/" + pot + "/deposits", body, "key-pot-1");

    assertThat(again.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(api.get("/v1/pots/" + pot).text("/balance/amount")).isEqualTo("7.00");
  }

  @Test
  void badInputNamesTheFieldAndChangesNothing() {
    String pot = pot("Car");
    int journal = mock.ledger().journalSize();

    assertThat(create("{\"name\":\"  \",\"currency\":\"EUR\"}").text("/errors/0/code"))
        .isEqualTo("blank");
    assertThat(create("{\"name\":\"" + "x".repeat(51) + "\",\"currency\":\"EUR\"}"))
        .satisfies(r -> assertThat(r.text("/errors/0/field")).isEqualTo("/name"))
        .satisfies(r -> assertThat(r.text("/errors/0/code")).isEqualTo("invalid_length"));
    Reply notHeld = create("{\"name\":\"Yen\",\"currency\":\"JPY\"}");
    assertThat(notHeld.status()).isEqualTo(422);
    assertThat(notHeld.text("/errors/0/code")).isEqualTo("currency_not_held");
    assertThat(create("{\"name\":\"Car\",\"currency\":\"EUR\"}").text("/errors/0/code"))
        .isEqualTo("duplicate_name");
    assertThat(
            api.post(
                    "/v1/pots/" + pot + "/deposits",
                    "{\"amount\":" + MockApi.money("1.00", "USD") + "}")
                .text("/errors/0/field"))
        .isEqualTo("/amount/currency");
    assertThat(deposit(pot, "0.00").text("/errors/0/code")).isEqualTo("zero_amount");
    assertThat(deposit(pot, "-1.00").text("/errors/0/code")).isEqualTo("negative_amount");
    assertThat(deposit(pot, "1.001").text("/errors/0/code")).isEqualTo("too_many_decimals");
    Reply unknown = deposit("pot_unknown1", "1.00");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text("/detail")).isEqualTo("pot pot_unknown1 does not exist");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(api.get("/v1/wallets/" + wallet + "/pots").body().get("data")).hasSize(1);
  }

  @Test
  void onlyAnEmptyPotCloses() {
    String pot = pot("Car");
    deposit(pot, "1.00");

    Reply refused = api.post("/v1/pots/" + pot + "/close", "{}");
    withdraw(pot, "1.00");
    Reply closed = api.post("/v1/pots/" + pot + "/close", "{}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("pot_not_empty");
    assertThat(refused.text("/detail"))
        .isEqualTo("pot " + pot + " holds 1.00 EUR; withdraw it before closing the pot");
    assertThat(closed.text("/status")).isEqualTo("closed");
    assertThat(deposit(pot, "1.00").code()).isEqualTo("pot_closed");
    assertThat(api.post("/v1/pots/" + pot + "/rename", "{\"name\":\"X\"}").code())
        .isEqualTo("pot_closed");
  }

  @Test
  void renameKeepsTheMoney() {
    String pot = pot("Car");
    deposit(pot, "2.00");

    Reply renamed = api.post("/v1/pots/" + pot + "/rename", "{\"name\":\"New car\"}");

    assertThat(renamed.text("/name")).isEqualTo("New car");
    assertThat(renamed.text("/balance/amount")).isEqualTo("2.00");
  }

  @Test
  void weeklySweepMovesOnEachRunAndSkipsARunItCannotCover() {
    Reply created =
        create(
            "{\"name\":\"Rainy day\",\"currency\":\"EUR\",\"target\":"
                + MockApi.money("100.00", "EUR")
                + ",\"sweep\":{\"amount\":"
                + MockApi.money("40.00", "EUR")
                + ",\"interval\":\"weekly\"}}");
    String pot = created.text("/id");
    assertThat(created.text("/sweep/nextRunAt")).isEqualTo("2026-03-09T09:00:00Z");

    mock.control().advanceClock(Duration.ofDays(21));

    Reply read = api.get("/v1/pots/" + pot);
    assertThat(read.text("/balance/amount")).isEqualTo("80.00");
    assertThat(read.text("/lastSweep/succeeded")).isEqualTo("false");
    assertThat(read.text("/lastSweep/failureCode")).isEqualTo("insufficient_funds");
    assertThat(read.text("/lastSweep/dueAt")).isEqualTo("2026-03-23T09:00:00Z");
    assertThat(read.text("/sweep/nextRunAt")).isEqualTo("2026-03-30T09:00:00Z");
    assertThat(eurBalance().at("/available/amount").asText()).isEqualTo("20.00");
    assertThat(eventTypes())
        .containsSubsequence("pot.created", "pot.moved", "pot.moved", "pot.sweep_failed");
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void targetReachedIsAnnouncedWhenADepositCrossesIt() {
    String pot =
        create(
                "{\"name\":\"Bike\",\"currency\":\"EUR\",\"target\":"
                    + MockApi.money("10.00", "EUR")
                    + "}")
            .text("/id");

    deposit(pot, "6.00");
    deposit(pot, "4.00");
    deposit(pot, "1.00");

    assertThat(eventTypes())
        .containsExactly(
            "wallet.created",
            "wallet.funded",
            "pot.created",
            "pot.moved",
            "pot.moved",
            "pot.target_reached",
            "pot.moved");
  }

  @Test
  void potsHoldingMoneyBlockErasureAndAreExported() {
    String pot = pot("Car");
    deposit(pot, "100.00");

    Reply refused = api.post("/v1/wallets/" + wallet + "/erasure", "{}");
    JsonNode export = api.post("/v1/wallets/" + wallet + "/data-export", "{}").body();

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("erasure_balance_remaining");
    assertThat(refused.text("/detail"))
        .isEqualTo(
            "wallet "
                + wallet
                + " still holds money in pots "
                + pot
                + " (100.00 EUR); withdraw it and close the pots before erasure");
    assertThat(export.at("/pots/0/id").asText()).isEqualTo(pot);
    assertThat(export.at("/pots/0/balance/amount").asText()).isEqualTo("100.00");
  }

  @Test
  void replayReproducesPotsBalancesAndSweeps() {
    String pot =
        create(
                "{\"name\":\"Rainy day\",\"currency\":\"EUR\",\"sweep\":{\"amount\":"
                    + MockApi.money("15.00", "EUR")
                    + ",\"interval\":\"monthly\"}}")
            .text("/id");
    deposit(pot, "5.00");
    withdraw(pot, "1.00");
    mock.control().advanceClock(Duration.ofDays(65));

    Engine replayed = mock.runtime().replayed();

    JsonNode live = api.get("/v1/pots/" + pot).body();
    assertThat(live.at("/balance/amount").asText()).isEqualTo("34.00");
    var record = replayed.pots().get(pot);
    assertThat(
            PotViews.pot(
                record,
                dev.walletsdk.mock.internal.engine.Amount.of(
                    CurrencyCode.EUR,
                    replayed.ledger().find(record.accountKey()).orElseThrow().posted())))
        .isEqualTo(live);
    assertThat(LedgerExport.jsonLines(replayed.ledger().journal()))
        .isEqualTo(mock.ledger().exportJournal());
  }
}
