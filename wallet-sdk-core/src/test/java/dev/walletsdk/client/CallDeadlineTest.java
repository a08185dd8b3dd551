/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.ServiceUnavailableException;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.support.FakeClock;
import dev.walletsdk.client.support.RecordingSleeper;
import dev.walletsdk.client.support.RecordingTransport;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Sleeper;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The per-call deadline set with withOptions covers every attempt and every wait before a retry, on
 * the injected clock and sleeper: nothing here sleeps.
 */
class CallDeadlineTest {
  private static final TransferId ID = TransferId.of("trf_1");
  private static final Duration ATTEMPT = Duration.ofMillis(500);

  private final FakeClock clock = FakeClock.at("2026-11-24T10:00:00Z");
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  /** Every attempt takes half a second of the fake clock and is answered 503, retry after 1 s. */
  private final RecordingTransport transport =
      new RecordingTransport(
          request -> {
            clock.advance(ATTEMPT);
            return unavailable(request);
          });

  private static TransportResponse unavailable(TransportRequest request) {
    String body =
        "{\"type\":\"https://walletsdk.dev/problems/service_unavailable\",\"title\":\"Down\","
            + "\"status\":503,\"code\":\"service_unavailable\",\"detail\":\"down\"}";
    return TransportResponse.of(
        503,
        Headers.of(
            "Content-Type", "application/problem+json", "Request-Id", "req_1", "Retry-After", "1"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private WalletClient client(Sleeper sleeper) {
    return WalletClient.builder()
        .baseUrl("https://wallet.bank.example")
        .apiKey(ApiKey.of("sk_test_deadline"))
        .transport(transport)
        .clock(clock)
        .sleeper(sleeper)
        .asyncExecutor(Runnable::run)
        .build();
  }

  @Test
  void perCallDeadlineStopsTheRetriesTheClientWouldMake() {
    WalletClient client = client(sleeper).withOptions(o -> o.timeout(Duration.ofSeconds(3)));

    assertThatThrownBy(() -> client.transfers().get(ID))
        .isInstanceOf(ServiceUnavailableException.class);

    assertThat(transport.sent()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void withoutTheOptionTheClientsDeadlineAllowsEveryRetry() {
    WalletClient client = client(sleeper);

    assertThatThrownBy(() -> client.transfers().get(ID))
        .isInstanceOf(ServiceUnavailableException.class);

    assertThat(transport.sent()).hasSize(4);
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void eachAttemptGetsOnlyTheTimeLeftBeforeTheDeadline() {
    WalletClient client = client(sleeper).withOptions(o -> o.timeout(Duration.ofSeconds(3)));

    assertThatThrownBy(() -> client.transfers().get(ID))
        .isInstanceOf(ServiceUnavailableException.class);

    assertThat(transport.sent())
        .extracting(request -> request.timeout().orElseThrow())
        .containsExactly(Duration.ofSeconds(3), Duration.ofMillis(1500));
  }

  @Test
  void waitThatOverrunsTheDeadlineEndsTheCallWithoutAnotherAttempt() {
    Sleeper overrunning = duration -> clock.advance(duration.plusSeconds(5));
    WalletClient client = client(overrunning).withOptions(o -> o.timeout(Duration.ofSeconds(3)));

    assertThatThrownBy(() -> client.transfers().get(ID))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT))
        .hasMessageMatching(
            "call [0-9a-f]{8} \\(transfers\\.get\\) passed its deadline of PT3S after 1 attempt");
    assertThat(transport.sent()).hasSize(1);
  }

  @Test
  void perCallDeadlineOfTheAsyncClientStopsTheRetries() {
    AsyncWalletClient client =
        client(sleeper).async().withOptions(o -> o.timeout(Duration.ofSeconds(3)));

    assertThatThrownBy(() -> client.transfers().get(ID).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(transport.sent()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void laterTimeoutsReplacesTheDeadlineSetBefore() {
    WalletClient client =
        client(sleeper)
            .withOptions(
                o ->
                    o.timeout(Duration.ofSeconds(3))
                        .timeouts(
                            Timeouts.of(
                                Duration.ofSeconds(1),
                                Duration.ofSeconds(20),
                                Duration.ofSeconds(60))));

    assertThatThrownBy(() -> client.transfers().get(ID))
        .isInstanceOf(ServiceUnavailableException.class);

    assertThat(transport.sent()).hasSize(4);
  }
}
