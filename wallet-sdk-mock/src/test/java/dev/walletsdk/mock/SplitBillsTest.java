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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One bill paid by several wallets, atomically. */
@ExtendWith(MockWalletExtension.class)
class SplitBillsTest {
  private static Money balance(MockWalletServer mock, String wallet) {
    return mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR);
  }

  private static String funded(MockWalletServer mock, MockApi api, String name, String amount) {
    String wallet = api.openWallet(name, "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of(amount, "EUR"));
    return wallet;
  }

  private static String byPercentage(String total, String... walletsAndPercentages) {
    StringBuilder participants = new StringBuilder();
    for (int i = 0; i < walletsAndPercentages.length; i += 2) {
      participants
          .append(i == 0 ? "" : ",")
          .append("{\"walletId\":\"")
          .append(walletsAndPercentages[i])
          .append("\",\"percentage\":\"")
          .append(walletsAndPercentages[i + 1])
          .append("\"}");
    }
    return "{\"merchantId\":\"mer_demo\",\"amount\":"
        + MockApi.money(total, "EUR")
        + ",\"participants\":["
        + participants
        + "],\"reference\":\"dinner\"}";
  }

  private static String byShares(String total, String... walletsAndAmounts) {
    StringBuilder participants = new StringBuilder();
    for (int i = 0; i < walletsAndAmounts.length; i += 2) {
      participants
          .append(i == 0 ? "" : ",")
          .append("{\"walletId\":\"")
          .append(walletsAndAmounts[i])
          .append("\",\"amount\":")
          .append(MockApi.money(walletsAndAmounts[i + 1], "EUR"))
          .append("}");
    }
    return "{\"merchantId\":\"mer_demo\",\"amount\":"
        + MockApi.money(total, "EUR")
        + ",\"participants\":["
        + participants
        + "]}";
  }

  @Test
  void thirdsByPercentageGiveTheLeftoverCentByLargestRemainder(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String a = funded(mock, api, "A", "50.00");
    String b = funded(mock, api, "B", "50.00");
    String c = funded(mock, api, "C", "50.00");

    Reply bill =
        api.post(
            "/v1/split-bills", byPercentage("100.00", a, "33.3333", b, "33.3333", c, "33.3334"));

    assertThat(bill.status()).isEqualTo(201);
    assertThat(bill.text("/object")).isEqualTo("split_bill");
    assertThat(bill.text("/method")).isEqualTo("percentage");
    assertThat(bill.text("/participants/0/amount/amount")).isEqualTo("33.33");
    assertThat(bill.text("/participants/1/amount/amount")).isEqualTo("33.33");
    assertThat(bill.text("/participants/2/amount/amount")).isEqualTo("33.34");
    assertThat(bill.text("/participants/2/percentage")).isEqualTo("33.3334");
    assertThat(balance(mock, a)).isEqualTo(Money.of("16.67", "EUR"));
    assertThat(balance(mock, c)).isEqualTo(Money.of("16.66", "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(4);
    assertThat(api.get("/v1/split-bills/" + bill.text("/id")).body()).isEqualTo(bill.body());
  }

  @Test
  void tiesGoToEarlierParticipants(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String a = funded(mock, api, "A", "1.00");
    String b = funded(mock, api, "B", "1.00");

    Reply bill = api.post("/v1/split-bills", byPercentage("0.05", a, "50", b, "50"));

    assertThat(bill.text("/participants/0/amount/amount")).isEqualTo("0.03");
    assertThat(bill.text("/participants/1/amount/amount")).isEqualTo("0.02");
  }

  @Test
  void exactSharesPayTheMerchantInOneEntry(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String a = funded(mock, api, "A", "50.00");
    String b = funded(mock, api, "B", "50.00");

    Reply bill = api.post("/v1/split-bills", byShares("30.00", a, "10.00", b, "20.00"));

    assertThat(bill.status()).isEqualTo(201);
    assertThat(bill.text("/method")).isEqualTo("exact");
    assertThat(balance(mock, a)).isEqualTo(Money.of("40.00", "EUR"));
    assertThat(balance(mock, b)).isEqualTo(Money.of("30.00", "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(3);
    Reply history = api.get("/v1/wallets/" + a + "/transactions");
    assertThat(history.text("/data/0/type")).isEqualTo("split_bill");
  }

  @Test
  void oneWalletShortMeansNothingMoves(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String a = funded(mock, api, "A", "50.00");
    String b = funded(mock, api, "B", "5.00");
    int journal = mock.ledger().journalSize();

    Reply reply = api.post("/v1/split-bills", byShares("30.00", a, "10.00", b, "20.00"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.code()).isEqualTo("insufficient_funds");
    assertThat(balance(mock, a)).isEqualTo(Money.of("50.00", "EUR"));
    assertThat(balance(mock, b)).isEqualTo(Money.of("5.00", "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void sharesThatDoNotAddUpAreRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String a = funded(mock, api, "A", "50.00");
    String b = funded(mock, api, "B", "50.00");

    Reply shares = api.post("/v1/split-bills", byShares("30.00", a, "10.00", b, "19.99"));
    Reply percentages = api.post("/v1/split-bills", byPercentage("30.00", a, "50", b, "49.99"));

    assertThat(shares.status()).isEqualTo(422);
    assertThat(shares.text("/errors/0/code")).isEqualTo("shares_mismatch");
    assertThat(percentages.text("/errors/0/code")).isEqualTo("percentages_mismatch");
    assertThat(balance(mock, a)).isEqualTo(Money.of("50.00", "EUR"));
  }

  @Test
  void malformedParticipantsAreA400NamingTheField(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String a = funded(mock, api, "A", "50.00");
    String b = funded(mock, api, "B", "50.00");

    Reply duplicate = api.post("/v1/split-bills", byShares("20.00", a, "10.00", a, "10.00"));
    Reply precise =
        api.post("/v1/split-bills", byPercentage("20.00", a, "50.00001", b, "49.99999"));
    Reply alone = api.post("/v1/split-bills", byShares("20.00", a, "20.00"));
    Reply mixed =
        api.post(
            "/v1/split-bills",
            "{\"merchantId\":\"mer_demo\",\"amount\":"
                + MockApi.money("20.00", "EUR")
                + ",\"participants\":[{\"walletId\":\""
                + a
                + "\",\"amount\":"
                + MockApi.money("10.00", "EUR")
                + "},{\"walletId\":\""
                + b
                + "\",\"percentage\":\"50\"}]}");

    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.text("/errors/0/field")).isEqualTo("/participants/1/walletId");
    assertThat(duplicate.text("/errors/0/code")).isEqualTo("duplicate");
    assertThat(precise.text("/errors/0/field")).isEqualTo("/participants/0/percentage");
    assertThat(alone.text("/errors/0/code")).isEqualTo("out_of_range");
    assertThat(mixed.text("/errors/0/code")).isEqualTo("mutually_exclusive");
  }

  @Test
  void shareThatNeedsStepUpIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String a = funded(mock, api, "A", "500.00");
    String b = funded(mock, api, "B", "500.00");
    mock.control().setStepUpThreshold(WalletId.of(b), Money.of("100.00", "EUR"));

    Reply reply = api.post("/v1/split-bills", byShares("300.00", a, "150.00", b, "150.00"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.text("/errors/0/field")).isEqualTo("/participants/1/walletId");
    assertThat(reply.text("/errors/0/code")).isEqualTo("step_up_not_supported");
    assertThat(balance(mock, a)).isEqualTo(Money.of("500.00", "EUR"));
  }

  @Test
  void replayRebuildsSplitBillsAndEmitsEvents(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String a = funded(mock, api, "A", "50.00");
    String b = funded(mock, api, "B", "50.00");
    Reply bill = api.post("/v1/split-bills", byPercentage("10.00", a, "70", b, "30"));

    String replayed = LedgerExport.jsonLines(mock.runtime().replayed().ledger().journal());

    assertThat(replayed).isEqualTo(mock.ledger().exportJournal());
    assertThat(mock.runtime().replayed().splitBills().containsKey(bill.text("/id"))).isTrue();
    assertThat(api.get("/v1/events?limit=100").body().get("data").findValuesAsText("type"))
        .contains("split_bill.succeeded");
  }
}
