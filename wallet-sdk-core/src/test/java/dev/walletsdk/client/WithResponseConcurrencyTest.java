/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * withResponse keeps no per-thread state: concurrent invocations on one client, and plain calls
 * around them, each see their own response.
 */
class WithResponseConcurrencyTest {
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 12;

  private final MockWebServer server = Servers.startLoopback();
  private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
  private final WalletClient client =
      WalletClient.builder()
          .baseUrl(Servers.baseUrl(server))
          .apiKey(ApiKey.of("sk_test_concurrent"))
          .asyncExecutor(threads)
          .build();

  /** Answers GET /v1/transfers/{id} with that transfer and the request id {@code req_{id}}. */
  WithResponseConcurrencyTest() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String id = request.getTarget().substring("/v1/transfers/".length());
            return json(200, WireJson.transfer(id), "req_" + id);
          }
        });
  }

  @AfterEach
  void stop() throws InterruptedException {
    client.close();
    threads.shutdownNow();
    assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    server.close();
  }

  @Test
  void concurrentInvocationsEachReportTheirOwnRequestId() throws Exception {
    List<Future<List<String>>> mismatches = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      mismatches.add(threads.submit(() -> callsOfOneThread(thread)));
    }

    for (Future<List<String>> result : mismatches) {
      assertThat(result.get(30, TimeUnit.SECONDS)).isEmpty();
    }
    assertThat(server.getRequestCount()).isEqualTo(THREADS * CALLS_PER_THREAD);
  }

  private List<String> callsOfOneThread(int thread) {
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < CALLS_PER_THREAD; i++) {
      String id = "trf_t" + thread + "x" + i;
      ApiResponse<Transfer> response =
          client.withResponse(c -> c.transfers().get(TransferId.of(id)));
      if (!response.requestId().equals(java.util.Optional.of("req_" + id))
          || !response.value().id().value().equals(id)) {
        mismatches.add(id + " got " + response);
      }
    }
    return mismatches;
  }

  @Test
  void plainCallsAfterAnInvocationOnTheSameThreadAreNotCaptured() {
    client.withResponse(c -> c.transfers().get(TransferId.of("trf_1")));

    Transfer second = client.transfers().get(TransferId.of("trf_2"));
    Transfer third = client.transfers().get(TransferId.of("trf_3"));

    assertThat(second.id()).isEqualTo(TransferId.of("trf_2"));
    assertThat(third.id()).isEqualTo(TransferId.of("trf_3"));
  }

  @Test
  void asyncInvocationsInFlightTogetherEachReportTheirOwnRequestId() throws Exception {
    List<CompletableFuture<ApiResponse<Transfer>>> futures = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      TransferId id = TransferId.of("trf_async" + i);
      futures.add(client.async().withResponse(c -> c.transfers().get(id)));
    }

    for (int i = 0; i < futures.size(); i++) {
      assertThat(futures.get(i).get(10, TimeUnit.SECONDS).requestId())
          .contains("req_trf_async" + i);
    }
  }
}
