/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The per-partner request rate limit, a token bucket on the virtual clock. */
@ExtendWith(MockWalletExtension.class)
class RateLimitTest {

  @Test
  void thirdRequestInTheSameSecondIsRateLimited(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    mock.control().setRateLimit(2);

    Reply first = api.get("/v1/wallets");
    Reply second = api.get("/v1/wallets");
    Reply third = api.get("/v1/wallets");

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(third.status()).isEqualTo(429);
    assertThat(third.code()).isEqualTo("rate_limited");
    assertThat(third.text("/detail")).isEqualTo("more than 2 requests per second");
    assertThat(third.headers().first("Retry-After")).contains("1");
    assertThat(third.headers().first("Request-Id")).isPresent();
  }

  @Test
  void requestsPassAgainASecondLater(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    mock.control().setRateLimit(2);
    api.get("/v1/wallets");
    api.get("/v1/wallets");
    assertThat(api.get("/v1/wallets").status()).isEqualTo(429);

    mock.control().advanceClock(Duration.ofSeconds(1));

    assertThat(api.get("/v1/wallets").status()).isEqualTo(200);
    assertThat(api.get("/v1/wallets").status()).isEqualTo(200);
    assertThat(api.get("/v1/wallets").status()).isEqualTo(429);
  }

  @Test
  void eachPartnerHasItsOwnBucket(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    MockApi other = api.as(mock.control().newPartner("Other bank").apiKey());
    mock.control().setRateLimit(2);
    api.get("/v1/wallets");
    api.get("/v1/wallets");

    Reply mine = api.get("/v1/wallets");
    Reply theirs1 = other.get("/v1/wallets");
    Reply theirs2 = other.get("/v1/wallets");
    Reply theirs3 = other.get("/v1/wallets");

    assertThat(mine.status()).isEqualTo(429);
    assertThat(theirs1.status()).isEqualTo(200);
    assertThat(theirs2.status()).isEqualTo(200);
    assertThat(theirs3.status()).isEqualTo(429);
  }

  @Test
  void rateLimitedWriteIsNotExecutedAndNotReplayed(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    WalletId bob = mock.control().openWallet("Bob", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("100.00", "EUR"));
    mock.control().setRateLimit(1);
    String body = Bodies.transfer(alice.value(), bob.value(), "10.00", "EUR");
    api.get("/v1/wallets");

    Reply limited = api.post("/v1/transfers", body, "rl-1");
    mock.control().advanceClock(Duration.ofSeconds(1));
    Reply retried = api.post("/v1/transfers", body, "rl-1");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.headers().first("Idempotent-Replayed")).isEmpty();
    assertThat(mock.control().balance(alice, CurrencyCode.EUR)).isEqualTo(Money.of("90.00", "EUR"));
  }

  @Test
  void zeroTurnsTheLimitOff(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    mock.control().setRateLimit(1);
    api.get("/v1/wallets");
    assertThat(api.get("/v1/wallets").status()).isEqualTo(429);

    mock.control().setRateLimit(0);

    for (int i = 0; i < 10; i++) {
      assertThat(api.get("/v1/wallets").status()).isEqualTo(200);
    }
  }

  @Test
  void controlPlaneIsNotRateLimited(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    mock.control().setRateLimit(1);
    api.get("/v1/wallets");

    for (int i = 0; i < 5; i++) {
      assertThat(api.get("/_mock/health").status()).isEqualTo(200);
    }
    assertThat(api.get("/v1/wallets").status()).isEqualTo(429);
  }
}
