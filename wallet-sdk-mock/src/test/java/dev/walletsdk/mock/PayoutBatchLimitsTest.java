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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch payouts at the edges of what the contract allows. */
class PayoutBatchLimitsTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path dir;

  private MockWalletServer mock;
  private MockApi api;
  private WalletId payer;
  private WalletId payee;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(START).journal(dir.resolve("mock.journal")).build();
    api = new MockApi(mock);
    payer = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
    mock.control().fund(payer, Money.of("10000.00", "EUR"));
    payee = mock.control().openWallet("Payee", CurrencyCode.EUR);
  }

  @AfterEach
  void tearDown() {
    mock.close();
  }

  /** A text of {@code length} characters of three UTF-8 bytes each, ending in {@code index}. */
  private static String longText(int length, int index) {
    String tail = String.valueOf(index);
    return "€".repeat(length - tail.length()) + tail;
  }

  @Test
  void aThousandItemsWithTheLongestReferencesAndDescriptionsArePaidAndSurviveARestart() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      items
          .append(i == 0 ? "" : ",")
          .append("{\"reference\":\"")
          .append(longText(64, i))
          .append("\",\"destinationWalletId\":\"")
          .append(payee)
          .append("\",\"amount\":")
          .append(MockApi.money("0.01", "EUR"))
          .append(",\"description\":\"")
          .append(longText(140, i))
          .append("\"}");
    }
    String body = "{\"currency\":\"EUR\",\"reference\":\"payroll\",\"items\":[" + items + "]}";
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(512 * 1024);

    Reply batch = api.post("/v1/wallets/" + payer + "/payout-batches", body, "batch-long");

    assertThat(batch.status()).isEqualTo(201);
    assertThat(batch.body().at("/counts/paid").asInt()).isEqualTo(1000);
    assertThat(mock.control().balance(payee, CurrencyCode.EUR)).isEqualTo(Money.of("10.00", "EUR"));
  }

  private String item(String reference, WalletId destination, String amount) {
    return "{\"reference\":\""
        + reference
        + "\",\"destinationWalletId\":\""
        + destination
        + "\",\"amount\":"
        + MockApi.money(amount, "EUR")
        + "}";
  }

  @Test
  void itemsARiskRuleHoldsOrDeclinesFailAndHoldNoFunds() {
    WalletId other = mock.control().openWallet("Other", CurrencyCode.EUR);
    mock.control()
        .addRiskRule(
            mock.control().defaultPartner(),
            "velocity",
            "decline",
            Map.of("windowSeconds", "3600", "maxCount", "2"));
    mock.control()
        .addRiskRule(
            mock.control().defaultPartner(),
            "new_payee",
            "hold",
            Map.of("currency", "EUR", "minAmount", "100.00"));
    String items =
        item("r0", payee, "10.00")
            + ","
            + item("r1", other, "150.00")
            + ","
            + item("r2", payee, "20.00")
            + ","
            + item("r3", payee, "30.00");
    String body = "{\"currency\":\"EUR\",\"items\":[" + items + "]}";

    Reply batch = api.post("/v1/wallets/" + payer + "/payout-batches", body, "batch-risk");
    Reply again = api.post("/v1/wallets/" + payer + "/payout-batches", body, "batch-risk");

    assertThat(batch.body().at("/counts/paid").asInt()).isEqualTo(2);
    assertThat(batch.text("/totals/paid/amount")).isEqualTo("30.00");
    Reply listed = api.get("/v1/payout-batches/" + batch.text("/id") + "/items");
    assertThat(listed.body().at("/data/1/failure/code").asText()).isEqualTo("risk_declined");
    assertThat(listed.body().at("/data/3/failure/code").asText()).isEqualTo("risk_declined");
    assertThat(again.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("9970.00", "EUR"));
    assertThat(mock.control().balance(payee, CurrencyCode.EUR)).isEqualTo(Money.of("30.00", "EUR"));
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void itemsThatAreNotObjectsAreNamedByIndexAndNothingMoves() {
    String body =
        "{\"currency\":\"EUR\",\"items\":["
            + item("r0", payee, "10.00")
            + ",null,5,\"x\",{\"reference\":[[[\"r4\"]]]}]}";

    Reply refused = api.post("/v1/wallets/" + payer + "/payout-batches", body, "batch-hostile");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("errors").toString())
        .contains("\"field\":\"/items/1\"")
        .contains("\"field\":\"/items/2\"")
        .contains("\"field\":\"/items/3\"")
        .contains("\"field\":\"/items/4/reference\",\"code\":\"invalid_type\"");
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("10000.00", "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(1);
  }

  @Test
  void aDeeplyNestedBodyIsRefusedAndNothingMoves() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    String body =
        "{\"currency\":\"EUR\",\"items\":["
            + item("r0", payee, "10.00")
            + ",{\"reference\":"
            + deep
            + "}]}";

    Reply refused = api.post("/v1/wallets/" + payer + "/payout-batches", body, "batch-deep");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("10000.00", "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(1);
  }

  @Test
  void theCompletionEventTheItemsAndTheTransfersAgreeOnWhatWasPaid() {
    WalletId closed = mock.control().openWallet("Closed", CurrencyCode.EUR);
    mock.control().setWalletStatus(closed, dev.walletsdk.model.WalletStatus.CLOSED);
    String body =
        "{\"currency\":\"EUR\",\"items\":["
            + item("r0", payee, "10.00")
            + ","
            + item("r1", closed, "20.00")
            + ","
            + item("r2", payee, "30.05")
            + "]}";

    Reply batch = api.post("/v1/wallets/" + payer + "/payout-batches", body, "batch-events");

    List<String> transfers = new ArrayList<>();
    BigDecimal items = BigDecimal.ZERO;
    for (JsonNode item :
        api.get("/v1/payout-batches/" + batch.text("/id") + "/items").body().get("data")) {
      if (item.get("status").asText().equals("paid")) {
        transfers.add(item.get("transferId").asText());
        items = items.add(new BigDecimal(item.at("/amount/amount").asText()));
      }
    }
    BigDecimal announced = BigDecimal.ZERO;
    JsonNode completed = null;
    for (JsonNode event : api.get("/v1/events?limit=100").body().get("data")) {
      String type = event.get("type").asText();
      if (type.equals("transfer.completed") && transfers.contains(event.at("/data/id").asText())) {
        announced = announced.add(new BigDecimal(event.at("/data/sourceAmount/amount").asText()));
      } else if (type.equals("payout_batch.completed")) {
        completed = event.get("data");
      }
    }
    assertThat(transfers).hasSize(2);
    assertThat(completed).isEqualTo(api.get("/v1/payout-batches/" + batch.text("/id")).body());
    assertThat(completed.at("/counts/paid").asInt()).isEqualTo(2);
    assertThat(completed.at("/counts/failed").asInt()).isEqualTo(1);
    assertThat(items).isEqualByComparingTo(completed.at("/totals/paid/amount").asText());
    assertThat(announced).isEqualByComparingTo("40.05");
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("9959.95", "EUR"));
  }

  @Test
  void theKycRollingLimitStopsTheItemsBeyondItAndOnlyThose() {
    mock.control()
        .setKycLimits(
            dev.walletsdk.model.KycLevel.FULL, CurrencyCode.EUR, null, Money.of("25.00", "EUR"));
    String body =
        "{\"currency\":\"EUR\",\"items\":["
            + item("r0", payee, "10.00")
            + ","
            + item("r1", payee, "10.00")
            + ","
            + item("r2", payee, "10.00")
            + ","
            + item("r3", payee, "5.00")
            + "]}";

    Reply batch = api.post("/v1/wallets/" + payer + "/payout-batches", body, "batch-kyc");
    Reply again = api.post("/v1/wallets/" + payer + "/payout-batches", body, "batch-kyc");

    assertThat(batch.text("/status")).isEqualTo("completed_with_failures");
    assertThat(batch.text("/totals/paid/amount")).isEqualTo("25.00");
    Reply listed = api.get("/v1/payout-batches/" + batch.text("/id") + "/items");
    assertThat(listed.body().at("/data/2/failure/code").asText()).isEqualTo("limit_exceeded");
    assertThat(listed.body().at("/data/3/status").asText()).isEqualTo("paid");
    assertThat(again.body()).isEqualTo(batch.body());
    assertThat(mock.control().balance(payer, CurrencyCode.EUR))
        .isEqualTo(Money.of("9975.00", "EUR"));
  }
}
