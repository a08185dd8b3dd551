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
import dev.walletsdk.WalletException;
import dev.walletsdk.client.logging.CapturedLogs;
import dev.walletsdk.client.support.FakeClock;
import dev.walletsdk.client.support.RecordingSleeper;
import dev.walletsdk.client.support.ScriptedRandom;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.RequestListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RequestListener sees start, every attempt, every retry and the end, in order. */
class RequestListenerTest {
  private final MockWebServer server = Servers.startLoopback();
  private final FakeClock clock = FakeClock.at("2026-11-24T10:00:00Z");
  private final RecordingListener recorder = new RecordingListener();
  private WalletClient client = client(List.of(recorder));

  private WalletClient client(List<RequestListener> listeners) {
    WalletClient.Builder builder =
        WalletClient.builder()
            .baseUrl(Servers.baseUrl(server))
            .apiKey(ApiKey.of("sk_test_listener"))
            .clock(clock)
            .sleeper(new RecordingSleeper(clock))
            .random(new ScriptedRandom());
    listeners.forEach(builder::addListener);
    return builder.build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  /** Records each callback as one line. */
  static final class RecordingListener implements RequestListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<CallInfo> calls = new CopyOnWriteArrayList<>();

    @Override
    public void onCallStart(CallInfo call) {
      calls.add(call);
      events.add("start " + call.operation() + " " + call.method());
    }

    @Override
    public void onAttempt(
        CallInfo call, int attempt, int status, Duration elapsed, @Nullable WalletException f) {
      events.add("attempt " + attempt + " status=" + status + " failure=" + name(f));
    }

    @Override
    public void onRetry(CallInfo call, int nextAttempt, Duration delay, WalletException cause) {
      events.add("retry " + nextAttempt + " after " + delay + " cause=" + name(cause));
    }

    @Override
    public void onCallEnd(
        CallInfo call, int attempts, Duration elapsed, @Nullable WalletException f) {
      events.add("end attempts=" + attempts + " elapsed=" + elapsed + " failure=" + name(f));
    }

    @Override
    public void onCallAborted(CallInfo call, int attempts, Duration elapsed, Throwable failure) {
      events.add(
          "aborted attempts="
              + attempts
              + " elapsed="
              + elapsed
              + " failure="
              + failure.getClass().getSimpleName());
    }

    private static String name(@Nullable WalletException e) {
      return e == null ? "-" : e.getClass().getSimpleName();
    }
  }

  @Test
  void successfulCallAfterOneRetryReportsEveryStepInOrder() {
    server.enqueue(problem(503, "service_unavailable", "down", "req_1"));
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_2"));

    client.transfers().get(TransferId.of("trf_1"));

    assertThat(recorder.events)
        .containsExactly(
            "start transfers.get GET",
            "attempt 1 status=503 failure=ServiceUnavailableException",
            "retry 2 after PT0.25S cause=ServiceUnavailableException",
            "attempt 2 status=200 failure=-",
            "end attempts=2 elapsed=PT0.25S failure=-");
  }

  @Test
  void failedCallReportsItsFailureAtTheEnd() {
    server.enqueue(problem(400, "invalid_request", "bad", "req_1"));

    assertThatThrownBy(() -> client.transfers().get(TransferId.of("trf_1")))
        .isInstanceOf(InvalidRequestException.class);

    assertThat(recorder.events)
        .containsExactly(
            "start transfers.get GET",
            "attempt 1 status=400 failure=InvalidRequestException",
            "end attempts=1 elapsed=PT0S failure=InvalidRequestException");
  }

  @Test
  void callEndedByAnInterceptorsExceptionIsReportedAsAborted() {
    client.close();
    client =
        WalletClient.builder()
            .baseUrl(Servers.baseUrl(server))
            .apiKey(ApiKey.of("sk_test_listener"))
            .clock(clock)
            .addListener(recorder)
            .addInterceptor(
                chain -> {
                  throw new IllegalStateException("interceptor bug");
                })
            .build();

    assertThatThrownBy(() -> client.transfers().get(TransferId.of("trf_1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("interceptor bug");

    assertThat(recorder.events)
        .containsExactly(
            "start transfers.get GET",
            "aborted attempts=1 elapsed=PT0S failure=IllegalStateException");
  }

  @Test
  void attemptWithoutResponseReportsStatusZero() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_2"));

    client.transfers().get(TransferId.of("trf_1"));

    assertThat(recorder.events)
        .containsExactly(
            "start transfers.get GET",
            "attempt 1 status=0 failure=TransportException",
            "retry 2 after PT0.25S cause=TransportException",
            "attempt 2 status=200 failure=-",
            "end attempts=2 elapsed=PT0.25S failure=-");
  }

  @Test
  void writeCallInfoCarriesTheIdempotencyKeyOfEveryAttempt() {
    server.enqueue(json(201, WireJson.transfer("trf_1"), "req_1"));

    client
        .transfers()
        .create(
            r ->
                r.from(dev.walletsdk.model.WalletId.of("wal_a"))
                    .to(dev.walletsdk.model.WalletId.of("wal_b"))
                    .amount(dev.walletsdk.model.Money.of("1.00", "EUR"))
                    .idempotencyKey(dev.walletsdk.model.IdempotencyKey.of("order-9")));

    assertThat(recorder.calls)
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.idempotencyKey()).contains("order-9");
              assertThat(call.uri().getPath()).isEqualTo("/v1/transfers");
            });
  }

  @Test
  void throwingListenerIsLoggedAndIgnored() {
    client.close();
    RequestListener throwing =
        new RequestListener() {
          @Override
          public void onCallStart(CallInfo call) {
            throw new IllegalStateException("listener bug");
          }

          @Override
          public void onCallEnd(
              CallInfo call, int attempts, Duration elapsed, @Nullable WalletException f) {
            throw new IllegalStateException("listener bug at end");
          }
        };
    client = client(List.of(throwing, recorder));
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    int mark = CapturedLogs.mark();

    assertThat(client.transfers().get(TransferId.of("trf_1")).id())
        .isEqualTo(TransferId.of("trf_1"));

    assertThat(recorder.events)
        .containsExactly(
            "start transfers.get GET",
            "attempt 1 status=200 failure=-",
            "end attempts=1 elapsed=PT0S failure=-");
    assertThat(CapturedLogs.since(mark))
        .filteredOn(e -> e.level().equals("WARN"))
        .extracting(e -> e.message().lines().findFirst().orElse(""))
        .containsExactly(
            "request listener " + throwing.getClass().getName() + " failed; ignored",
            "request listener " + throwing.getClass().getName() + " failed; ignored");
  }
}
