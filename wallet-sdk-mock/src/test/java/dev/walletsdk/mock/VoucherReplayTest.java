/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.EventRecord;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vouchers in every status survive a replay of the journal and a snapshot restore as they were,
 * with the same events, each emitted once.
 */
class VoucherReplayTest {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private MockWalletServer mock;
  private MockApi api;
  private String wallet;
  private String shop;
  private String offer;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().startAt(START).build();
    api = new MockApi(mock);
    wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of("100.00", "EUR"));
    shop = mock.control().registerMerchant("Corner Grocer", "5411").value();
    offer =
        api.post(
                "/v1/offers",
                "{\"merchantId\":\""
                    + shop
                    + "\",\"title\":\"Deal\",\"currency\":\"EUR\",\"validUntil\":"
                    + "\"2026-03-10T00:00:00Z\",\"percentOff\":10,\"perHolderLimit\":4}")
            .text("/id");
  }

  @AfterEach
  void tearDown() {
    mock.close();
  }

  private String voucher() {
    return api.post("/v1/offers/" + offer + "/vouchers", "{\"walletId\":\"" + wallet + "\"}")
        .text("/id");
  }

  private String pay(String amount, String voucher) {
    Reply paid =
        api.post(
            "/v1/payments",
            "{\"walletId\":\""
                + wallet
                + "\",\"merchantId\":\""
                + shop
                + "\",\"amount\":"
                + MockApi.money(amount, "EUR")
                + ",\"voucherId\":\""
                + voucher
                + "\"}");
    assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
    return paid.text("/id");
  }

  private void refund(String payment, String amount) {
    String body = amount == null ? "{}" : "{\"amount\":" + MockApi.money(amount, "EUR") + "}";
    assertThat(api.post("/v1/payments/" + payment + "/refunds", body).status()).isEqualTo(201);
  }

  private String status(String voucher) {
    return api.get("/v1/vouchers/" + voucher).text("/status");
  }

  private List<EventRecord> events(Engine engine) {
    return List.copyOf(engine.events().of(mock.control().defaultPartner().id()));
  }

  private long count(List<EventRecord> events, String type) {
    return events.stream().filter(e -> e.type().equals(type)).count();
  }

  @Test
  void replayRebuildsVouchersInEveryStatusWithTheSameEventsEachOnce() {
    String restored = voucher();
    String forfeited = voucher();
    String redeemed = voucher();
    String expiring = voucher();
    refund(pay("20.00", restored), null);
    refund(pay("30.00", forfeited), "10.00");
    pay("10.00", redeemed);
    mock.control().advanceClock(Duration.ofDays(3));
    mock.control().advanceClock(Duration.ofDays(10));
    api.openWallet("Bob", "EUR");

    List<EventRecord> live = mock.runtime().read(this::events);
    Engine replayed = mock.runtime().replayed();

    assertThat(List.of(status(restored), status(forfeited), status(redeemed), status(expiring)))
        .containsExactly("expired", "void", "redeemed", "expired");
    assertThat(events(replayed)).isEqualTo(live);
    assertThat(count(live, "voucher.expired")).isEqualTo(2);
    assertThat(count(live, "voucher.restored")).isEqualTo(1);
    assertThat(count(live, "voucher.forfeited")).isEqualTo(1);
    assertThat(replayed.ledger().audit().isClean()).isTrue();
  }

  @Test
  void snapshotRestoreReturnsVouchersAndEventsToTheSnapshot() {
    String restored = voucher();
    String redeemed = voucher();
    refund(pay("20.00", restored), null);
    MockSnapshot snapshot = mock.control().snapshot();
    List<EventRecord> before = mock.runtime().read(this::events);
    pay("10.00", redeemed);
    mock.control().advanceClock(Duration.ofDays(10));

    mock.control().restore(snapshot);

    assertThat(status(restored)).isEqualTo("issued");
    assertThat(status(redeemed)).isEqualTo("issued");
    assertThat(mock.runtime().read(this::events)).isEqualTo(before);
    mock.control().advanceClock(Duration.ofDays(10));
    List<EventRecord> after = mock.runtime().read(this::events);
    assertThat(count(after, "voucher.expired")).isEqualTo(2);
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }
}
