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
import dev.walletsdk.ServiceUnavailableException;
import dev.walletsdk.client.support.FakeClock;
import dev.walletsdk.client.support.RecordingTransport;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.TransportKind;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each per-call option reaches the wire, through the OkHttp and the JDK transport, for the
 * synchronous and the asynchronous client, and takes precedence over the client's setting.
 */
class RequestOptionsWireTest {
  private static final TransferId ID = TransferId.of("trf_1");
  private static final IdempotencyKey KEY = IdempotencyKey.of("order-4711-payout");

  private final MockWebServer server = Servers.startLoopback();
  private final FakeClock clock = FakeClock.at("2026-11-24T10:00:00Z");
  private RecordingTransport transport;
  private WalletClient client;

  private void start(TransportKind kind) {
    transport = new RecordingTransport(kind.open());
    client =
        WalletClient.builder()
            .baseUrl(Servers.baseUrl(server))
            .apiKey(ApiKey.of("sk_test_options"))
            .transport(transport)
            .clock(clock)
            .sleeper(duration -> {})
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    transport.close();
    server.close();
  }

  private static Transfer createTransfer(WalletClient c) {
    return c.transfers()
        .create(
            r ->
                r.from(WalletId.of("wal_a"))
                    .to(WalletId.of("wal_b"))
                    .amount(Money.of("25.00", "EUR")));
  }

  private RecordedRequest getThrough(Consumer<WalletClient.Options> options) {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    client.withOptions(options).transfers().get(ID);
    return Servers.take(server);
  }

  private RecordedRequest getAsyncThrough(Consumer<WalletClient.Options> options) throws Exception {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    client.async().withOptions(options).transfers().get(ID).get(5, TimeUnit.SECONDS);
    return Servers.take(server);
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void extraHeaderReachesTheWire(TransportKind kind) {
    start(kind);

    RecordedRequest request = getThrough(o -> o.header("X-Partner-Trace", "abc 123"));

    assertThat(request.getHeaders().values("X-Partner-Trace")).containsExactly("abc 123");
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void extraHeaderOfTheAsyncClientReachesTheWire(TransportKind kind) throws Exception {
    start(kind);

    RecordedRequest request = getAsyncThrough(o -> o.header("X-Partner-Trace", "abc"));

    assertThat(request.getHeaders().values("X-Partner-Trace")).containsExactly("abc");
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void perCallHeaderReplacesTheClientsHeaderOfTheSameName(TransportKind kind) {
    start(kind);
    client = client.withOptions(o -> o.header("X-Partner-Trace", "client"));

    RecordedRequest request = getThrough(o -> o.header("x-partner-trace", "call"));

    assertThat(request.getHeaders().values("X-Partner-Trace")).containsExactly("call");
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void secondValueSetInOneOptionsBlockIsAdded(TransportKind kind) {
    start(kind);

    RecordedRequest request =
        getThrough(o -> o.header("X-Partner-Trace", "a").header("X-Partner-Trace", "b"));

    assertThat(request.getHeaders().values("X-Partner-Trace")).containsExactly("a", "b");
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void idempotencyKeyReachesTheWireOnEveryAttempt(TransportKind kind) {
    start(kind);
    server.enqueue(problem(503, "service_unavailable", "down", "req_1"));
    server.enqueue(json(201, WireJson.transfer("trf_1"), "req_2"));

    createTransfer(client.withOptions(o -> o.idempotencyKey(KEY)));

    assertThat(Servers.take(server).getHeaders().get("Idempotency-Key")).isEqualTo(KEY.value());
    assertThat(Servers.take(server).getHeaders().get("Idempotency-Key")).isEqualTo(KEY.value());
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void idempotencyKeyOfTheAsyncClientReachesTheWire(TransportKind kind) throws Exception {
    start(kind);
    server.enqueue(json(201, WireJson.transfer("trf_1"), "req_1"));

    client
        .async()
        .withOptions(o -> o.idempotencyKey(KEY))
        .transfers()
        .create(
            r ->
                r.from(WalletId.of("wal_a"))
                    .to(WalletId.of("wal_b"))
                    .amount(Money.of("25.00", "EUR")))
        .get(5, TimeUnit.SECONDS);

    assertThat(Servers.take(server).getHeaders().get("Idempotency-Key")).isEqualTo(KEY.value());
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void perCallRetryPolicyReplacesTheClients(TransportKind kind) {
    start(kind);
    server.enqueue(problem(503, "service_unavailable", "down", "req_1"));
    server.enqueue(problem(503, "service_unavailable", "down", "req_2"));
    server.enqueue(problem(503, "service_unavailable", "down", "req_3"));
    WalletClient once =
        client.withOptions(o -> o.retries(RetryPolicy.builder().maxRetries(1).build()));

    assertThatThrownBy(() -> once.transfers().get(ID))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void perCallRetryPolicyOfTheAsyncClientReplacesTheClients(TransportKind kind) {
    start(kind);
    server.enqueue(problem(503, "service_unavailable", "down", "req_1"));

    assertThatThrownBy(
            () ->
                client
                    .async()
                    .withOptions(o -> o.retries(RetryPolicy.none()))
                    .transfers()
                    .get(ID)
                    .get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void perCallTimeoutBoundsTheAttemptTheTransportSends(TransportKind kind) {
    start(kind);

    getThrough(o -> o.timeout(Duration.ofMillis(1500)));

    assertThat(transport.sent().get(0).timeout()).contains(Duration.ofMillis(1500));
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void perCallTimeoutOfTheAsyncClientBoundsTheAttempt(TransportKind kind) throws Exception {
    start(kind);

    getAsyncThrough(o -> o.timeout(Duration.ofMillis(1500)));

    assertThat(transport.sent().get(0).timeout()).contains(Duration.ofMillis(1500));
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void clientWithoutOptionsSendsItsOwnPerAttemptTimeout(TransportKind kind) {
    start(kind);

    getThrough(o -> {});

    assertThat(transport.sent().get(0).timeout()).contains(Timeouts.defaults().read());
  }
}
