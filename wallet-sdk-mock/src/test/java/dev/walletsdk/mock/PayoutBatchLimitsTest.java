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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batch payouts at the edges of what the contract allows. */
class PayoutBatchLimitsTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private MockWalletServer mock;
  private MockApi api;
  private WalletId payer;
  private WalletId payee;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(START).build();
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
  void aThousandItemsWithTheLongestReferencesAndDescriptionsAreAccepted() {
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
}
