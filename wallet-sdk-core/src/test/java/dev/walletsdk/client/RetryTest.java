/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static dev.walletsdk.client.support.Servers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.RateLimitedException;
import dev.walletsdk.ServiceUnavailableException;
import dev.walletsdk.client.support.FakeClock;
import dev.walletsdk.client.support.RecordingSleeper;
import dev.walletsdk.client.support.ScriptedRandom;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.IdempotencyKeys;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DESIGN §4 retries over real loopback HTTP, with an injected clock, sleeper and randomness: how
 * many attempts, exactly how long the waits are, and which idempotency key each attempt carries.
 */
class RetryTest {
  private static final WalletId A = WalletId.of("wal_a");
  private static final WalletId B = WalletId.of("wal_b");

  private final MockWebServer server = Servers.startLoopback();
  private final FakeClock clock = FakeClock.at("2026-11-24T10:00:00Z");
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final ScriptedRandom random = new ScriptedRandom();
  private final AtomicInteger keys = new AtomicInteger();
  private final IdempotencyKeys keyGenerator =
      () -> IdempotencyKey.of("key-" + keys.incrementAndGet());
  private WalletClient client = client(Timeouts.defaults());

  private WalletClient client(Timeouts timeouts) {
    return WalletClient.builder()
        .baseUrl(Servers.baseUrl(server))
        .apiKey(ApiKey.of("sk_test_retry"))
        .clock(clock)
        .sleeper(sleeper)
        .random(random)
        .idempotencyKeys(keyGenerator)
        .timeouts(timeouts)
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private Transfer transfer() {
    return client.transfers().create(r -> r.from(A).to(B).amount(Money.of("25.00", "EUR")));
  }

  private List<String> idempotencyKeysReceived(int requests) {
    List<String> received = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      received.add(Servers.take(server).getHeaders().get("Idempotency-Key"));
    }
    return received;
  }

  private static MockResponse dropAfterReadingRequest() {
    return new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  @Test
  void transferThroughResetUnavailableAndRateLimitIsSentFourTimesWithOneKey() {
    server.enqueue(dropAfterReadingRequest());
    server.enqueue(problem(503, "service_unavailable", "down for a moment", "req_2"));
    server.enqueue(
        new MockResponse.Builder(problem(429, "rate_limited", "slow down", "req_3"))
            .addHeader("Retry-After", "2")
            .build());
    server.enqueue(json(201, WireJson.transfer("trf_ok"), "req_4"));

    Transfer transfer = transfer();

    assertThat(transfer.id()).isEqualTo(TransferId.of("trf_ok"));
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(idempotencyKeysReceived(4)).containsExactly("key-1", "key-1", "key-1", "key-1");
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(2));
    assertThat(random.bounds()).containsExactly(501L, 1001L);
  }

  @Test
  void everyLogicalWriteGetsItsOwnKey() {
    server.enqueue(json(201, WireJson.transfer("trf_1"), "req_1"));
    server.enqueue(json(201, WireJson.transfer("trf_2"), "req_2"));

    transfer();
    transfer();

    assertThat(idempotencyKeysReceived(2)).containsExactly("key-1", "key-2");
  }

  @Test
  void callersIdempotencyKeyIsSentOnEveryAttempt() {
    server.enqueue(problem(503, "service_unavailable", "down", "req_1"));
    server.enqueue(json(201, WireJson.transfer("trf_1"), "req_2"));

    client
        .transfers()
        .create(
            r ->
                r.from(A)
                    .to(B)
                    .amount(Money.of("25.00", "EUR"))
                    .idempotencyKey(IdempotencyKey.of("order-7")));

    assertThat(idempotencyKeysReceived(2)).containsExactly("order-7", "order-7");
    assertThat(keys).hasValue(0);
  }

  @Test
  void connectionClosedBeforeTheRequestIsReadIsRetried() {
    server.enqueue(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_2"));

    assertThat(client.transfers().get(TransferId.of("trf_1")).id())
        .isEqualTo(TransferId.of("trf_1"));
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(250));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void transientStatusIsRetried(int status) {
    server.enqueue(json(status, "", "req_1"));
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_2"));

    client.transfers().get(TransferId.of("trf_1"));

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(250));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void clientErrorIsNotRetried(int status) {
    server.enqueue(json(status, "", "req_1"));

    assertThatThrownBy(() -> client.transfers().get(TransferId.of("trf_1")))
        .hasMessageStartingWith("the server answered HTTP " + status);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void exhaustedRetriesThrowTheLastFailureAfterFourAttempts() {
    for (int i = 1; i <= 4; i++) {
      server.enqueue(problem(503, "service_unavailable", "down " + i, "req_" + i));
    }

    assertThatThrownBy(this::transfer)
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessage("down 4 [HTTP 503, code service_unavailable, request req_4]");
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void backoffCeilingIsCappedByMaxDelay() {
    client.close();
    client =
        WalletClient.builder()
            .baseUrl(Servers.baseUrl(server))
            .apiKey(ApiKey.of("sk_test_retry"))
            .clock(clock)
            .sleeper(sleeper)
            .random(random)
            .retries(RetryPolicy.builder().maxRetries(4).maxDelay(Duration.ofMillis(800)).build())
            .build();
    for (int i = 1; i <= 4; i++) {
      server.enqueue(problem(503, "service_unavailable", "down", "req_" + i));
    }
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_5"));

    client.transfers().get(TransferId.of("trf_1"));

    assertThat(random.bounds()).containsExactly(501L, 801L, 801L, 801L);
  }

  @Test
  void retryAfterHttpDateIsWaitedForExactly() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            clock.instant().plusSeconds(7).atZone(ZoneOffset.UTC));
    server.enqueue(
        new MockResponse.Builder(problem(503, "service_unavailable", "maintenance", "req_1"))
            .addHeader("Retry-After", date)
            .build());
    server.enqueue(json(201, WireJson.transfer("trf_1"), "req_2"));

    transfer();

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    assertThat(random.bounds()).isEmpty();
  }

  @Test
  void retryAfterLongerThanMaxRetryAfterEndsTheRetries() {
    server.enqueue(
        new MockResponse.Builder(problem(429, "rate_limited", "slow down", "req_1"))
            .addHeader("Retry-After", "61")
            .build());

    assertThatThrownBy(this::transfer)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(61)))
        .hasMessage("slow down [HTTP 429, code rate_limited, request req_1]");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void callDeadlineEndsTheRetriesBeforeAWaitWouldPassIt() {
    client.close();
    client =
        client(Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    for (int i = 1; i <= 4; i++) {
      server.enqueue(problem(503, "service_unavailable", "down " + i, "req_" + i));
    }

    assertThatThrownBy(this::transfer)
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessage("down 3 [HTTP 503, code service_unavailable, request req_3]");
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retryAfterPastTheDeadlineEndsTheRetries() {
    client.close();
    client =
        client(Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(5)));
    server.enqueue(
        new MockResponse.Builder(problem(429, "rate_limited", "slow down", "req_1"))
            .addHeader("Retry-After", "5")
            .build());

    assertThatThrownBy(this::transfer).isInstanceOf(RateLimitedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void invalidRequestIsRejectedBeforeAnythingIsSent() {
    assertThatThrownBy(
            () -> client.transfers().create(r -> r.from(A).to(B).amount(Money.of("-1.00", "EUR"))))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
