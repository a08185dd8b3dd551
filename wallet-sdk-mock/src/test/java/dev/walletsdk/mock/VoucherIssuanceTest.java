/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.model.WalletStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issuing vouchers: the per-holder limit holds under concurrent issuance, and a bad request is
 * refused with a typed error naming what was wrong, issuing nothing.
 */
class VoucherIssuanceTest {
  private MockWalletServer mock;
  private MockApi api;
  private String wallet;
  private String offer;

  @BeforeEach
  void setUp() {
    mock = MockWalletServer.builder().build();
    api = new MockApi(mock);
    wallet = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(wallet), Money.of("100.00", "EUR"));
    String shop = mock.control().registerMerchant("Corner Grocer", "5411").value();
    String until = mock.control().now().plusSeconds(86_400).toString();
    offer =
        api.post(
                "/v1/offers",
                "{\"merchantId\":\""
                    + shop
                    + "\",\"title\":\"Deal\",\"currency\":\"EUR\",\"validUntil\":\""
                    + until
                    + "\",\"percentOff\":10,\"perHolderLimit\":3}")
            .text("/id");
  }

  @AfterEach
  void tearDown() {
    mock.close();
  }

  @Test
  void eightConcurrentIssuancesToOneWalletNeverExceedThePerHolderLimit() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reply>> replies = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      replies.add(
          pool.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return api.post(
                    "/v1/offers/" + offer + "/vouchers", "{\"walletId\":\"" + wallet + "\"}");
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Reply> reply : replies) {
      Reply r = reply.get(30, TimeUnit.SECONDS);
      statuses.add(r.status());
      if (r.status() != 201) {
        assertThat(r.code()).isEqualTo("voucher_limit_reached");
      }
    }
    pool.shutdown();

    assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
    assertThat(statuses.stream().filter(s -> s == 422).count()).isEqualTo(5);
    assertThat(api.get("/v1/wallets/" + wallet + "/vouchers").body().get("data")).hasSize(3);
  }

  private Reply issue(String body) {
    return api.post("/v1/offers/" + offer + "/vouchers", body);
  }

  private void assertNothingIssued(int events) {
    assertThat(api.get("/v1/wallets/" + wallet + "/vouchers").body().get("data")).isEmpty();
    assertThat(api.get("/v1/events?limit=100").body().get("data")).hasSize(events);
  }

  @Test
  void badIssueRequestsAreRefusedNamingTheFieldAndIssueNothing() {
    int events = api.get("/v1/events?limit=100").body().get("data").size();

    Reply missing = issue("{}");
    Reply malformed = issue("{\"walletId\":\"not-a-wallet\"}");
    Reply unknownMember = issue("{\"walletId\":\"" + wallet + "\",\"count\":2}");
    Reply unknownWallet = issue("{\"walletId\":\"wal_nobody00000000000\"}");
    Reply unknownOffer =
        api.post("/v1/offers/ofr_nothing0000000000/vouchers", "{\"walletId\":\"" + wallet + "\"}");

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().get("errors").findValuesAsText("field")).containsExactly("/walletId");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body().get("errors").findValuesAsText("field"))
        .containsExactly("/walletId");
    assertThat(unknownMember.status()).isEqualTo(400);
    assertThat(unknownMember.body().get("errors").findValuesAsText("field"))
        .containsExactly("/count");
    assertThat(unknownWallet.status()).isEqualTo(404);
    assertThat(unknownOffer.status()).isEqualTo(404);
    assertNothingIssued(events);
  }

  @Test
  void frozenWalletIsIssuedNoVoucher() {
    mock.control().setWalletStatus(WalletId.of(wallet), WalletStatus.FROZEN);
    int events = api.get("/v1/events?limit=100").body().get("data").size();

    Reply refused = issue("{\"walletId\":\"" + wallet + "\"}");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("wallet_not_active");
    assertNothingIssued(events);
  }

  @Test
  void paymentNamingAMalformedVoucherIsRefusedNamingVoucherIdAndMovesNothing() {
    int journal = mock.ledger().journalSize();

    Reply refused =
        api.post(
            "/v1/payments",
            "{\"walletId\":\""
                + wallet
                + "\",\"merchantId\":\"mer_demo\",\"amount\":"
                + MockApi.money("10.00", "EUR")
                + ",\"voucherId\":\"ofr_wrongkind00000000\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("errors").findValuesAsText("field"))
        .containsExactly("/voucherId");
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
  }
}
