/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.model.WalletStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batch payouts: validated as a whole, executed item by item, each item paid at most once. */
class PayoutBatchesTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private MockWalletServer mock;
  private MockApi api;
  private WalletId payer;
  private List<WalletId> payees;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(START).build();
    api = new MockApi(mock);
    payer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
    mock.control().fund(payer, Money.of("10000.00", "EUR"));
    payees = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      payees.add(mock.control().openWallet("Payee " + i, CurrencyCode.EUR));
    }
  }

  @AfterEach
  void tearDown() {
    mock.close();
  }

  private Reply submit(String items, String key) {
    return api.post(
        "/v1/wallets/" + payer + "/payout-batches",
        "{\"currency\":\"EUR\",\"reference\":\"payroll-03\",\"items\":[" + items + "]}",
        key);
  }

  private static String item(String reference, WalletId destination, String amount) {
    return "{\"reference\":\""
        + reference
        + "\",\"destinationWalletId\":\""
        + destination
        + "\",\"amount\":"
        + MockApi.money(amount, "EUR")
        + "}";
  }

  private String threeItems() {
    return item("r0", payees.get(0), "10.00")
        + ","
        + item("r1", payees.get(1), "20.00")
        + ","
        + item("r2", payees.get(2), "30.00");
  }

  @Test
  void everyItemIsPaidByItsOwnTransferAndTheBatchCountsThem() {
    Reply batch = submit(threeItems(), "batch-1");

    assertThat(batch.status()).isEqualTo(201);
    assertThat(batch.text("/object")).isEqualTo("payout_batch");
    assertThat(batch.text("/status")).isEqualTo("completed");
    assertThat(batch.body().at("/counts/total").asInt()).isEqualTo(3);
    assertThat(batch.body().at("/counts/paid").asInt()).isEqualTo(3);
    assertThat(batch.body().at("/counts/failed").asInt()).isEqualTo(0);
    assertThat(batch.text("/totals/paid/amount")).isEqualTo("60.00");
    assertThat(batch.text("/totals/failed/amount")).isEqualTo("0.00");
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("9940.00", "EUR"));
    assertThat(mock.control().balance(payees.get(2), CurrencyCode.EUR))
        .isEqualTo(Money.of("30.00", "EUR"));
    JsonNode items = api.get("/v1/payout-batches/" + batch.text("/id") + "/items").body();
    String transfer = items.at("/data/1/transferId").asText();
    assertThat(api.get("/v1/transfers/" + transfer).text("/reference")).isEqualTo("r1");
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void failingItemsDoNotStopTheOthersAndNameTheirErrorCodes() {
    mock.control().setWalletStatus(payees.get(0), WalletStatus.CLOSED);
    mock.control().setLimits(payer, CurrencyCode.EUR, Money.of("25.00", "EUR"), null);

    Reply batch =
        submit(threeItems() + "," + item("r3", WalletId.of("wal_doesnotexist"), "1.00"), "batch-2");

    assertThat(batch.text("/status")).isEqualTo("completed_with_failures");
    assertThat(batch.body().at("/counts/paid").asInt()).isEqualTo(1);
    assertThat(batch.body().at("/counts/failed").asInt()).isEqualTo(3);
    assertThat(batch.text("/totals/paid/amount")).isEqualTo("20.00");
    assertThat(batch.text("/totals/failed/amount")).isEqualTo("41.00");
    JsonNode items = api.get("/v1/payout-batches/" + batch.text("/id") + "/items").body();
    assertThat(items.at("/data/0/status").asText()).isEqualTo("failed");
    assertThat(items.at("/data/0/failure/code").asText()).isEqualTo("wallet_not_active");
    assertThat(items.at("/data/1/status").asText()).isEqualTo("paid");
    assertThat(items.at("/data/2/failure/code").asText()).isEqualTo("limit_exceeded");
    assertThat(items.at("/data/2/failure/message").asText())
        .isEqualTo(
            "wallet " + payer + ": 30.00 EUR exceeds the per-transaction limit of 25.00 EUR");
    assertThat(items.at("/data/3/failure/code").asText()).isEqualTo("destination_not_found");
    assertThat(items.at("/data/3/status").asText()).isEqualTo("failed");
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("9980.00", "EUR"));
  }

  @Test
  void aMalformedItemIsNamedByItsIndexAndNothingMoves() {
    Reply refused =
        submit(
            threeItems() + "," + item("r0", payees.get(0), "0.00") + ",{\"reference\":\"r9\"}",
            "batch-3");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("errors").toString())
        .contains("\"field\":\"/items/3/reference\",\"code\":\"duplicate_reference\"")
        .contains("\"field\":\"/items/3/amount/amount\",\"code\":\"zero_amount\"")
        .contains("\"field\":\"/items/4/destinationWalletId\",\"code\":\"required\"")
        .contains("\"field\":\"/items/4/amount\",\"code\":\"required\"");
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("10000.00", "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(1);
  }

  @Test
  void aThousandItemsArePaidAndAThousandAndOneRefused() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      items.append(i == 0 ? "" : ",").append(item("p" + i, payees.get(i % 3), "0.01"));
    }

    Reply paid = submit(items.toString(), "batch-1000");
    Reply refused = submit(items + "," + item("p1000", payees.get(0), "0.01"), "batch-1001");

    assertThat(paid.status()).isEqualTo(201);
    assertThat(paid.body().at("/counts/paid").asInt()).isEqualTo(1000);
    assertThat(paid.text("/totals/paid/amount")).isEqualTo("10.00");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("/items");
    assertThat(refused.body().at("/errors/0/code").asText()).isEqualTo("too_many_items");
    assertThat(refused.body().at("/errors/0/message").asText())
        .isEqualTo("must hold 1 to 1000 items, not 1001");
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("9990.00", "EUR"));
    JsonNode page = api.get("/v1/payout-batches/" + paid.text("/id") + "/items?limit=100").body();
    assertThat(page.get("data")).hasSize(100);
    assertThat(page.get("hasMore").asBoolean()).isTrue();
  }

  @Test
  void aResentBatchIsAnsweredFromItsKeyAndPaysNothingTwice() {
    Reply first = submit(threeItems(), "batch-4");
    long entries = mock.ledger().journalSize();

    Reply again = submit(threeItems(), "batch-4");
    Reply otherBody = submit(item("r0", payees.get(0), "10.00"), "batch-4");

    assertThat(again.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(otherBody.code()).isEqualTo("idempotency_key_reused");
    assertThat(mock.ledger().journalSize()).isEqualTo(entries);
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("9940.00", "EUR"));
  }

  @Test
  void aPersonalWalletCannotSubmitABatch() {
    WalletId personal = mock.control().openWallet("Alice", CurrencyCode.EUR);
    mock.control().fund(personal, Money.of("100.00", "EUR"));

    Reply refused =
        api.post(
            "/v1/wallets/" + personal + "/payout-batches",
            "{\"currency\":\"EUR\",\"items\":[" + item("r0", payees.get(0), "1.00") + "]}",
            "personal-1");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("business_wallet_required");
    assertThat(mock.control().balance(personal, CurrencyCode.EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void anItemNeedingStepUpFailsAndTheOthersArePaid() {
    mock.control().setStepUpThreshold(payer, Money.of("25.00", "EUR"));

    Reply batch = submit(threeItems(), "batch-7");

    JsonNode items = api.get("/v1/payout-batches/" + batch.text("/id") + "/items").body();
    assertThat(batch.text("/status")).isEqualTo("completed_with_failures");
    assertThat(items.at("/data/2/failure/code").asText()).isEqualTo("step_up_not_supported");
    assertThat(items.at("/data/2/failure/message").asText())
        .isEqualTo(
            "wallet "
                + payer
                + " needs step-up for 30.00 EUR; pay this item on its own, with"
                + " step-up");
    assertThat(items.at("/data/0/status").asText()).isEqualTo("paid");
  }

  @Test
  void aBatchOfAnotherPartnerIsNotFound() {
    Reply batch = submit(threeItems(), "batch-5");
    MockApi other = api.as(mock.control().newPartner("Other").apiKey());

    Reply read = other.get("/v1/payout-batches/" + batch.text("/id"));

    assertThat(read.status()).isEqualTo(404);
    assertThat(read.body().get("detail").asText())
        .isEqualTo("payout batch " + batch.text("/id") + " does not exist");
  }

  @Test
  void completionIsAnEventCarryingTheBatch() {
    Reply batch = submit(threeItems(), "batch-6");

    List<JsonNode> completed = new ArrayList<>();
    api.get("/v1/events?limit=100")
        .body()
        .get("data")
        .forEach(
            event -> {
              if (event.get("type").asText().equals("payout_batch.completed")) {
                completed.add(event);
              }
            });

    assertThat(completed).hasSize(1);
    assertThat(completed.get(0).at("/data/id").asText()).isEqualTo(batch.text("/id"));
    assertThat(completed.get(0).at("/data/counts/paid").asInt()).isEqualTo(3);
  }

  @Test
  void erasingThePayerRemovesTheBatchesReferencesAndDescriptions() {
    Reply batch =
        api.post(
            "/v1/wallets/" + payer + "/payout-batches",
            "{\"currency\":\"EUR\",\"reference\":\"payroll-03\",\"items\":[{\"reference\":"
                + "\"ann-salary\",\"destinationWalletId\":\""
                + payees.get(0)
                + "\",\"amount\":"
                + MockApi.money("10000.00", "EUR")
                + ",\"description\":\"Salary of Ann Example\"}]}",
            "erase-1");

    Reply erased = api.post("/v1/wallets/" + payer + "/erasure", "{}");

    String id = batch.text("/id");
    String after =
        api.get("/v1/payout-batches/" + id).body().toString()
            + api.get("/v1/payout-batches/" + id + "/items").body();
    assertThat(erased.status()).isEqualTo(200);
    assertThat(after)
        .doesNotContain("payroll-03")
        .doesNotContain("ann-salary")
        .doesNotContain("Ann Example")
        .contains("\"reference\":\"[erased]\"");
  }

  @Test
  void erasingAPayeeRemovesItsItemsReferencesAndDescriptions() {
    WalletId emptied = mock.control().openWallet("Bea", CurrencyCode.EUR);
    mock.control().setWalletStatus(emptied, WalletStatus.CLOSED);
    Reply batch =
        submit(
            "{\"reference\":\"bea-salary\",\"destinationWalletId\":\""
                + emptied
                + "\",\"amount\":"
                + MockApi.money("5.00", "EUR")
                + ",\"description\":\"Salary of Bea Example\"},"
                + item("r1", payees.get(1), "1.00"),
            "erase-2");

    Reply erased = api.post("/v1/wallets/" + emptied + "/erasure", "{}");

    JsonNode items = api.get("/v1/payout-batches/" + batch.text("/id") + "/items").body();
    assertThat(erased.status()).isEqualTo(200);
    assertThat(items.toString()).doesNotContain("bea-salary").doesNotContain("Bea Example");
    assertThat(items.at("/data/0/reference").asText()).isEqualTo("[erased]");
    assertThat(items.at("/data/1/reference").asText()).isEqualTo("r1");
  }
}
