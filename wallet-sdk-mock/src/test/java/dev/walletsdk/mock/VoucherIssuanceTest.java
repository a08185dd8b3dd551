/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
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

/** Issuing vouchers: the per-holder limit holds under concurrent issuance. */
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
}
