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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many client threads moving money among a few hot wallets lose nothing and double nothing. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int TRANSFERS_PER_THREAD = 400;
  private static final int WALLETS = 5;

  @Test
  void randomTransfersAmongHotWalletsConserveMoney() throws Exception {
    MockWalletServer mock = MockWalletServer.inProcess();
    MockApi api = new MockApi(mock);
    List<String> wallets = new ArrayList<>();
    for (int i = 0; i < WALLETS; i++) {
      String wallet = api.openWallet("W" + i, "EUR");
      mock.control().fund(WalletId.of(wallet), Money.of("1000.00", "EUR"));
      wallets.add(wallet);
    }
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      work.add(
          pool.submit(
              () -> transfer(api, wallets, new SplittableRandom(seed), completed, refused)));
    }
    for (Future<?> future : work) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    long total = 0;
    for (String wallet : wallets) {
      Money balance = mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR);
      assertThat(balance.isNegative()).isFalse();
      total += balance.minorUnits();
    }
    assertThat(total).isEqualTo(WALLETS * 100_000L);
    assertThat(completed.get() + refused.get()).isEqualTo(THREADS * TRANSFERS_PER_THREAD);
    assertThat(completed.get()).isGreaterThan(THREADS * TRANSFERS_PER_THREAD / 2);
    assertThat(mock.ledger().journalSize()).isEqualTo(WALLETS + completed.get());
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private static void transfer(
      MockApi api,
      List<String> wallets,
      SplittableRandom random,
      AtomicInteger completed,
      AtomicInteger refused) {
    for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
      int from = random.nextInt(WALLETS);
      int to = (from + 1 + random.nextInt(WALLETS - 1)) % WALLETS;
      long cents = 1 + random.nextLong(30_000);
      Reply reply =
          api.post(
              "/v1/transfers",
              "{\"sourceWalletId\":\""
                  + wallets.get(from)
                  + "\",\"destinationWalletId\":\""
                  + wallets.get(to)
                  + "\",\"amount\":"
                  + MockApi.money(Money.ofMinor(cents, CurrencyCode.EUR).toAmountString(), "EUR")
                  + "}");
      if (reply.status() == 201) {
        completed.incrementAndGet();
      } else if (reply.code().equals("insufficient_funds")) {
        refused.incrementAndGet();
      } else {
        throw new AssertionError("unexpected answer " + reply.body());
      }
    }
  }
}
