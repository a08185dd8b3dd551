/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.support.FakeClock;
import dev.walletsdk.client.support.RecordingSleeper;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Sleeper;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Boundaries of the retry loop: Retry-After at the limit, interruption before and during waits. */
class RetryEdgesTest {
  private final FakeClock clock = FakeClock.at("2026-11-24T10:00:00Z");
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final Deque<TransportResponse> responses = new ArrayDeque<>();
  private final AtomicInteger sent = new AtomicInteger();
  private final Transport transport =
      request -> {
        sent.incrementAndGet();
        return responses.remove();
      };

  private WalletClient client(RetryPolicy policy, Sleeper sleeper) {
    return client(policy, sleeper, Timeouts.defaults());
  }

  private WalletClient client(RetryPolicy policy, Sleeper sleeper, Timeouts timeouts) {
    return WalletClient.builder()
        .baseUrl("https://wallet.example")
        .apiKey(ApiKey.of("sk_test_edges"))
        .transport(transport)
        .clock(clock)
        .sleeper(sleeper)
        .retries(policy)
        .timeouts(timeouts)
        .build();
  }

  private void enqueue(int status, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = status >= 400 ? "application/problem+json" : "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    responses.add(
        TransportResponse.of(status, Headers.of(all), body.getBytes(StandardCharsets.UTF_8)));
  }

  private void rateLimited(String retryAfter) {
    enqueue(
        429,
        "{\"type\":\"about:blank\",\"title\":\"Too many\",\"status\":429,\"code\":\"rate_limited\"}",
        "Retry-After",
        retryAfter);
  }

  private void unavailable() {
    enqueue(
        503,
        "{\"type\":\"about:blank\",\"title\":\"Busy\",\"status\":503,"
            + "\"code\":\"service_unavailable\"}");
  }

  private static void transfer(WalletClient client) {
    client
        .transfers()
        .create(
            r ->
                r.from(WalletId.of("wal_a"))
                    .to(WalletId.of("wal_b"))
                    .amount(Money.of("25.00", "EUR")));
  }

  @Test
  void retryAfterEqualToTheLimitIsWaitedAndEdgeDigitsAreSeconds() {
    RetryPolicy policy = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(10)).build();
    rateLimited("10");
    rateLimited("0");
    rateLimited("9");
    enqueue(201, WireJson.transfer("trf_1"));

    try (WalletClient client = client(policy, sleeper)) {
      transfer(client);
    }

    assertThat(sleeper.waits())
        .containsExactly(Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(9));
    assertThat(sent).hasValue(4);
  }

  @Test
  void interruptedWaitCancelsTheCallAndKeepsTheInterrupt() {
    unavailable();
    Sleeper interrupted =
        duration -> {
          throw new InterruptedException("shutting down");
        };

    try (WalletClient client = client(RetryPolicy.defaults(), interrupted)) {
      assertThatThrownBy(() -> transfer(client))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CANCELLED));
      assertThat(Thread.interrupted()).as("interrupt flag restored").isTrue();
    }
    assertThat(sent).hasValue(1);
  }

  @Test
  void interruptedThreadStillSendsTheFirstAttemptButNoRetry() {
    unavailable();
    unavailable();

    try (WalletClient client = client(RetryPolicy.defaults(), sleeper)) {
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> transfer(client))
            .isInstanceOfSatisfying(
                TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CANCELLED));
      } finally {
        Thread.interrupted();
      }
    }
    assertThat(sent).hasValue(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void waitThatOversleepsTheCallDeadlineEndsTheCallBeforeAnotherAttempt() {
    unavailable();
    Sleeper oversleeping = duration -> clock.advance(duration.plusSeconds(60));

    try (WalletClient client =
        client(
            RetryPolicy.defaults(),
            oversleeping,
            Timeouts.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)))) {
      assertThatThrownBy(() -> transfer(client))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT))
          .hasMessageEndingWith("(transfers.create) passed its deadline of PT30S after 1 attempt");
    }
    assertThat(sent).hasValue(1);
  }

  @Test
  void retryPolicyIsAValue() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxRetries(5)
            .baseDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofSeconds(2))
            .maxRetryAfter(Duration.ofSeconds(30))
            .build();

    assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(policy.toBuilder().maxRetries(4).build()).isNotEqualTo(policy);
    assertThat(policy.toBuilder().baseDelay(Duration.ofMillis(101)).build()).isNotEqualTo(policy);
    assertThat(policy.toBuilder().maxDelay(Duration.ofSeconds(3)).build()).isNotEqualTo(policy);
    assertThat(policy.toBuilder().maxRetryAfter(Duration.ofSeconds(31)).build())
        .isNotEqualTo(policy);
    assertThat(policy).isNotEqualTo(RetryPolicy.defaults()).isNotEqualTo("policy");
    assertThat(policy.maxRetries()).isEqualTo(5);
    assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.toString()).contains("maxRetries=5").contains("PT2S");
  }
}
