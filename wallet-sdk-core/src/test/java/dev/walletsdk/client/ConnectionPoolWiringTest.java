/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.internal.DefaultWalletClient;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.client.internal.transport.RequestLimiter;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.Conditions;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import java.net.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pool settings reach the transport: OkHttp's pool keeps no more idle connections than allowed
 * and closes them after the keep-alive, and a request beyond the per-host limit waits, unsent,
 * until a slot frees, on both transports.
 */
class ConnectionPoolWiringTest {
  private static final TransferId TRANSFER = TransferId.of("trf_1");
  private final MockWebServer server = Servers.startLoopback();
  private final CountDownLatch release = new CountDownLatch(1);
  private WalletClient client;

  /** The two transports the builder can make. */
  enum Kind {
    OKHTTP,
    JDK
  }

  @AfterEach
  void stop() {
    release.countDown();
    if (client != null) {
      client.close();
    }
    server.close();
  }

  /** Counts each request down on {@code arrivals}, then answers it once {@code gate} is open. */
  private void answerWhenOpen(CountDownLatch arrivals, CountDownLatch gate) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            arrivals.countDown();
            if (!gate.await(5, TimeUnit.SECONDS)) {
              throw new AssertionError("the gate did not open within 5 s");
            }
            return json(200, WireJson.transfer("trf_1"), "req_1");
          }
        });
  }

  private WalletClient client(Kind kind, ConnectionPooling pooling) {
    WalletClient.Builder builder =
        WalletClient.builder()
            .baseUrl(Servers.baseUrl(server))
            .apiKey(ApiKey.of("sk_test_pool"))
            .retries(RetryPolicy.none());
    if (kind == Kind.OKHTTP) {
      builder.connectionPooling(pooling);
    } else {
      builder.transport(
          JdkHttpTransport.create(
              new TransportSettings(Timeouts.defaults(), Proxy.NO_PROXY, null, null, pooling)));
    }
    client = builder.build();
    return client;
  }

  private ConnectionPool okHttpPool() {
    return ((OkHttpTransport) ((DefaultWalletClient) client).transport()).client().connectionPool();
  }

  private void twoConcurrentCalls() {
    CountDownLatch bothArrived = new CountDownLatch(2);
    answerWhenOpen(bothArrived, bothArrived);
    CompletableFuture<Transfer> first = client.async().transfers().get(TRANSFER);
    CompletableFuture<Transfer> second = client.async().transfers().get(TRANSFER);
    assertThat(first.join().id()).isEqualTo(TRANSFER);
    assertThat(second.join().id()).isEqualTo(TRANSFER);
  }

  @Test
  void okHttpPoolKeepsNoMoreThanMaxIdleConnections() {
    client(Kind.OKHTTP, ConnectionPooling.defaults().withMaxIdleConnections(1));

    twoConcurrentCalls();

    assertThat(Servers.take(server).getConnectionIndex())
        .isNotEqualTo(Servers.take(server).getConnectionIndex());
    Conditions.await("one idle connection left", () -> okHttpPool().connectionCount() == 1);
    assertThat(okHttpPool().idleConnectionCount()).isEqualTo(1);
  }

  @Test
  void okHttpPoolClosesAConnectionIdleLongerThanTheKeepAlive() {
    client(Kind.OKHTTP, ConnectionPooling.defaults().withKeepAlive(Duration.ofMillis(1)));
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_2"));

    client.transfers().get(TRANSFER);
    Conditions.await("the idle connection closed", () -> okHttpPool().connectionCount() == 0);
    client.transfers().get(TRANSFER);

    assertThat(Servers.take(server).getConnectionIndex()).isEqualTo(0);
    assertThat(Servers.take(server).getConnectionIndex()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void requestBeyondTheLimitPerHostWaitsUnsentForASlot(Kind kind) {
    client(kind, ConnectionPooling.defaults().withMaxRequestsPerHost(1));
    RequestLimiter limiter =
        kind == Kind.OKHTTP
            ? ((OkHttpTransport) ((DefaultWalletClient) client).transport()).requestLimiter()
            : ((JdkHttpTransport) ((DefaultWalletClient) client).transport()).requestLimiter();
    answerWhenOpen(new CountDownLatch(2), release);

    CompletableFuture<Transfer> first = client.async().transfers().get(TRANSFER);
    Conditions.await("the first request at the server", () -> server.getRequestCount() == 1);
    CompletableFuture<Transfer> second = client.async().transfers().get(TRANSFER);
    Conditions.await("the second request waiting for a slot", () -> limiter.waiting() == 1);

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(second).isNotDone();
    release.countDown();
    assertThat(first.join().id()).isEqualTo(TRANSFER);
    assertThat(second.join().id()).isEqualTo(TRANSFER);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
