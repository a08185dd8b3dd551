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
import dev.walletsdk.NotFoundException;
import dev.walletsdk.client.ResponseCaptureException.Reason;
import dev.walletsdk.client.support.ControllableExecutor;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.TransportKind;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.spi.Transport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The asynchronous withResponse: a future of one call's result with its response. */
class AsyncWithResponseTest {
  private static final TransferId ID = TransferId.of("trf_1");

  private final MockWebServer server = Servers.startLoopback();
  private final ControllableExecutor executor = new ControllableExecutor();
  private Transport transport = TransportKind.OKHTTP.open();
  private WalletClient client = client();

  private WalletClient client() {
    return WalletClient.builder()
        .baseUrl(Servers.baseUrl(server))
        .apiKey(ApiKey.of("sk_test_async_response"))
        .transport(transport)
        .sleeper(duration -> {})
        .asyncExecutor(executor)
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    transport.close();
    server.close();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(5, TimeUnit.SECONDS);
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void futureCarriesTheValueStatusAndRequestId(TransportKind kind) throws Exception {
    transport.close();
    transport = kind.open();
    client = client();
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_7"));

    CompletableFuture<ApiResponse<Transfer>> future =
        client.async().withResponse(c -> c.transfers().get(ID));
    executor.runAll();
    ApiResponse<Transfer> response = await(future);

    assertThat(response.value().id()).isEqualTo(ID);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.requestId()).contains("req_7");
    assertThat(response.headers().first("content-type")).contains("application/json");
  }

  @Test
  void derivedStageOfTheCallIsCapturedWithItsValue() throws Exception {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_7"));

    CompletableFuture<ApiResponse<TransferId>> future =
        client.async().withResponse(c -> c.transfers().get(ID).thenApply(Transfer::id));
    executor.runAll();

    assertThat(await(future).value()).isEqualTo(ID);
    assertThat(await(future).requestId()).contains("req_7");
  }

  @Test
  void failedCallFailsTheFutureWithItsTypedException() {
    server.enqueue(problem(404, "not_found", "no such transfer", "req_404"));

    CompletableFuture<ApiResponse<Transfer>> future =
        client.async().withResponse(c -> c.transfers().get(ID));
    executor.runAll();

    assertThatThrownBy(() -> await(future))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.requestId()).isEqualTo("req_404"));
  }

  @Test
  void functionWithoutACallThrowsAtOnce() {
    assertThatThrownBy(
            () -> client.async().withResponse(c -> CompletableFuture.completedFuture("x")))
        .isInstanceOfSatisfying(
            ResponseCaptureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_CALL));
    assertThat(executor.pending()).isZero();
  }

  @Test
  void secondCallThrowsAtOnceAndIsNotScheduled() {
    assertThatThrownBy(
            () ->
                client
                    .async()
                    .withResponse(
                        c -> {
                          c.transfers().get(ID);
                          return c.transfers().get(ID);
                        }))
        .isInstanceOfSatisfying(
            ResponseCaptureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SECOND_CALL));
    assertThat(executor.pending()).isEqualTo(1);
  }

  @Test
  void callStartedAfterTheFunctionReturnedIsRefused() {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));

    CompletableFuture<ApiResponse<Transfer>> future =
        client
            .async()
            .withResponse(c -> c.transfers().get(ID).thenCompose(t -> c.transfers().get(ID)));
    executor.runAll();

    assertThatThrownBy(() -> await(future))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            ResponseCaptureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.VIEW_EXPIRED));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void futureThatDoesNotWaitForTheCallFails() throws Exception {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));

    CompletableFuture<ApiResponse<String>> future =
        client
            .async()
            .withResponse(
                c -> {
                  c.transfers().get(ID);
                  return CompletableFuture.completedFuture("early");
                });

    assertThatThrownBy(() -> await(future))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            ResponseCaptureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.CALL_NOT_AWAITED))
        .hasMessage(
            "withResponse: the function's result was ready before transfers.get completed;"
                + " return the call's own future");
    executor.runAll();
  }

  @Test
  void cancellingTheResponseFutureCancelsTheCall() {
    CompletableFuture<ApiResponse<Transfer>> future =
        client.async().withResponse(c -> c.transfers().get(ID));

    future.cancel(true);
    executor.runAll();

    assertThat(future).isCancelled();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void viewOfADerivedAsyncClientSendsItsOptions() throws Exception {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    AsyncWalletClient tenant = client.async().withOptions(o -> o.header("X-Tenant", "t-9"));

    CompletableFuture<ApiResponse<Transfer>> future =
        tenant.withResponse(c -> c.transfers().get(ID));
    executor.runAll();

    assertThat(await(future).requestId()).contains("req_1");
    assertThat(Servers.take(server).getHeaders().get("X-Tenant")).isEqualTo("t-9");
  }

  @Test
  void nestedWithResponseIsRefused() {
    assertThatThrownBy(
            () ->
                client
                    .async()
                    .withResponse(c -> c.withResponse(inner -> inner.transfers().get(ID))))
        .isInstanceOfSatisfying(
            ResponseCaptureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_IN_VIEW));
    assertThat(executor.pending()).isZero();
  }
}
