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
import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.support.ControllableExecutor;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The asynchronous client runs the same pipeline on the async executor, and can be cancelled. */
class AsyncClientTest {
  private static final WalletId A = WalletId.of("wal_a");
  private static final WalletId B = WalletId.of("wal_b");

  private final MockWebServer server = Servers.startLoopback();
  private final ControllableExecutor executor = new ControllableExecutor();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private WalletClient client = client(executor, waits::add);

  private WalletClient client(java.util.concurrent.Executor executor, Sleeper sleeper) {
    return WalletClient.builder()
        .baseUrl(Servers.baseUrl(server))
        .apiKey(ApiKey.of("sk_test_async"))
        .asyncExecutor(executor)
        .sleeper(sleeper)
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private CompletableFuture<Transfer> createTransfer() {
    return client.async().transfers().create(r -> r.from(A).to(B).amount(Money.of("25.00", "EUR")));
  }

  @Test
  void nothingIsSentUntilTheExecutorRunsTheCall() {
    server.enqueue(json(201, WireJson.transfer("trf_1"), "req_1"));

    CompletableFuture<Transfer> transfer = createTransfer();

    assertThat(transfer).isNotDone();
    assertThat(executor.pending()).isEqualTo(1);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void futureCompletesWithTheDecodedResult() {
    server.enqueue(json(201, WireJson.transfer("trf_1"), "req_1"));

    CompletableFuture<Transfer> transfer = createTransfer();
    executor.runAll();

    assertThat(transfer.join().id()).isEqualTo(TransferId.of("trf_1"));
  }

  @Test
  void failureCompletesTheFutureWithTheTypedException() {
    server.enqueue(problem(422, "insufficient_funds", "not enough money", "req_1"));

    CompletableFuture<Transfer> transfer = createTransfer();
    executor.runAll();

    assertThat(transfer).isCompletedExceptionally();
    assertThatThrownBy(transfer::join)
        .isExactlyInstanceOf(CompletionException.class)
        .cause()
        .isExactlyInstanceOf(InsufficientFundsException.class)
        .hasMessage("not enough money [HTTP 422, code insufficient_funds, request req_1]");
  }

  @Test
  void retriesRunOnTheExecutorThroughTheSamePipeline() {
    server.enqueue(problem(503, "service_unavailable", "down", "req_1"));
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_2"));

    CompletableFuture<Transfer> transfer = client.async().transfers().get(TransferId.of("trf_1"));
    executor.runAll();

    assertThat(transfer.join().id()).isEqualTo(TransferId.of("trf_1"));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(waits).hasSize(1);
  }

  @Test
  void invalidArgumentThrowsOnTheCallingThreadAndSchedulesNothing() {
    assertThatThrownBy(() -> client.async().wallets().page(null, 0))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("limit must be between 1 and 100 but was 0");
    assertThat(executor.pending()).isZero();
  }

  @Test
  void callCancelledBeforeItRunsIsNeverSent() {
    CompletableFuture<Transfer> transfer = createTransfer();

    assertThat(transfer.cancel(true)).isTrue();
    executor.runAll();

    assertThat(transfer).isCancelled();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void rejectedCallFailsWithCancelledTransportException() {
    client.close();
    client =
        client(
            task -> {
              throw new RejectedExecutionException("shut down");
            },
            waits::add);

    CompletableFuture<Transfer> transfer = createTransfer();

    assertThatThrownBy(transfer::join)
        .cause()
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CANCELLED))
        .hasMessage("the async executor rejected call transfers.create");
  }

  @Test
  void cancellingDuringARetryWaitStopsFurtherAttemptsAndClearsTheInterrupt() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    Sleeper blockingSleeper =
        duration -> {
          waits.add(duration);
          waiting.countDown();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
          }
        };
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      client.close();
      client = client(thread, blockingSleeper);
      server.enqueue(problem(503, "service_unavailable", "down", "req_1"));
      server.enqueue(json(201, WireJson.transfer("trf_1"), "req_2"));

      CompletableFuture<Transfer> transfer = createTransfer();
      assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(transfer.cancel(true)).isTrue();

      assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
      Future<Boolean> nextTaskSeesInterrupt =
          thread.submit(() -> Thread.currentThread().isInterrupted());
      assertThat(nextTaskSeesInterrupt.get(5, TimeUnit.SECONDS)).isFalse();
      assertThat(transfer).isCancelled();
      assertThatThrownBy(transfer::join).isInstanceOf(CancellationException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(waits).hasSize(1);
    } finally {
      thread.shutdownNow();
    }
  }
}
