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
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.TransportKind;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Transport;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The synchronous withResponse: one call's result with its status, request id and headers. */
class WithResponseTest {
  private static final TransferId ID = TransferId.of("trf_1");
  private static final WalletId WALLET = WalletId.of("wal_a");

  private final MockWebServer server = Servers.startLoopback();
  private Transport transport = TransportKind.OKHTTP.open();
  private WalletClient client = client(WalletClient.builder());

  private WalletClient client(WalletClient.Builder builder) {
    return builder
        .baseUrl(Servers.baseUrl(server))
        .apiKey(ApiKey.of("sk_test_response"))
        .transport(transport)
        .sleeper(duration -> {})
        .build();
  }

  private void use(TransportKind kind) {
    transport.close();
    transport = kind.open();
    client = client(WalletClient.builder());
  }

  @AfterEach
  void stop() {
    client.close();
    transport.close();
    server.close();
  }

  private static MockResponse transferWithHeaders() {
    return new MockResponse.Builder()
        .code(201)
        .addHeader("Content-Type", "application/json")
        .addHeader("Request-Id", "req_42")
        .addHeader("X-Trace", "t-1")
        .addHeader("X-Trace", "t-2")
        .body(WireJson.transfer("trf_1"))
        .build();
  }

  private static Transfer createTransfer(WalletClient c) {
    return c.transfers()
        .create(r -> r.from(WALLET).to(WalletId.of("wal_b")).amount(Money.of("25.00", "EUR")));
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void responseCarriesTheValueStatusAndRequestId(TransportKind kind) {
    use(kind);
    server.enqueue(transferWithHeaders());

    ApiResponse<Transfer> response = client.withResponse(WithResponseTest::createTransfer);

    assertThat(response.value().id()).isEqualTo(ID);
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.requestId()).contains("req_42");
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void responseHeadersAreReadInAnyCase(TransportKind kind) {
    use(kind);
    server.enqueue(transferWithHeaders());

    ApiResponse<Transfer> response = client.withResponse(WithResponseTest::createTransfer);

    assertThat(response.headers().first("request-id")).contains("req_42");
    assertThat(response.headers().all("x-TRACE")).containsExactly("t-1", "t-2");
  }

  @Test
  void plainCallStillReturnsThePlainValue() {
    server.enqueue(transferWithHeaders());

    Transfer transfer = createTransfer(client);

    assertThat(transfer.id()).isEqualTo(ID);
  }

  @Test
  void retriedCallReportsTheLastAttempt() {
    server.enqueue(problem(503, "service_unavailable", "down", "req_1"));
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_2"));

    ApiResponse<Transfer> response = client.withResponse(c -> c.transfers().get(ID));

    assertThat(response.requestId()).contains("req_2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void callAnsweredByTheStepUpHandlerReportsTheConfirmation() {
    client.close();
    client = client(WalletClient.builder().stepUpHandler(challenge -> Optional.of("123456")));
    server.enqueue(json(401, WireJson.stepUpProblem("chl_1"), "req_held"));
    server.enqueue(
        json(200, WireJson.challengeResult("chl_1", WireJson.transfer("trf_1")), "req_confirm"));

    ApiResponse<Transfer> response = client.withResponse(WithResponseTest::createTransfer);

    assertThat(response.value().id()).isEqualTo(ID);
    assertThat(response.requestId()).contains("req_confirm");
  }

  @Test
  void failedCallThrowsItsTypedExceptionWithTheRequestId() {
    server.enqueue(problem(404, "not_found", "no such transfer", "req_404"));

    assertThatThrownBy(() -> client.withResponse(c -> c.transfers().get(ID)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.requestId()).isEqualTo("req_404"));
  }

  @Test
  void functionWithoutACallFails() {
    assertThatThrownBy(() -> client.withResponse(c -> "nothing"))
        .isInstanceOfSatisfying(
            ResponseCaptureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_CALL))
        .hasMessage(
            "withResponse: the function made no API call (a paged list fetches nothing until it"
                + " is iterated: capture firstPage() or page(...))");
  }

  @Test
  void secondCallIsRefusedBeforeItIsSent() {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));

    assertThatThrownBy(
            () ->
                client.withResponse(
                    c -> {
                      c.transfers().get(ID);
                      return c.transfers().get(ID);
                    }))
        .isInstanceOfSatisfying(
            ResponseCaptureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SECOND_CALL))
        .hasMessage(
            "withResponse: the function already called transfers.get and then called"
                + " transfers.get, which was not sent; capture one API call per withResponse");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void viewUsedAfterTheFunctionReturnedSendsNothing() {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    AtomicReference<WalletClient> escaped = new AtomicReference<>();
    client.withResponse(
        c -> {
          escaped.set(c);
          return c.transfers().get(ID);
        });

    assertThatThrownBy(() -> escaped.get().transfers().get(ID))
        .isInstanceOfSatisfying(
            ResponseCaptureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.VIEW_EXPIRED))
        .hasMessage(
            "withResponse: transfers.get was called through the view after the function"
                + " returned; it was not sent");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncOfTheViewIsRefused() {
    assertThatThrownBy(() -> client.withResponse(c -> c.async().transfers().get(ID)))
        .isInstanceOfSatisfying(
            ResponseCaptureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_IN_VIEW))
        .hasMessage(
            "withResponse: async() is not available on the view given to the function; capture"
                + " one call of this client, or use async().withResponse for futures");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void nestedWithResponseIsRefused() {
    assertThatThrownBy(
            () -> client.withResponse(c -> c.withResponse(inner -> inner.transfers().get(ID))))
        .isInstanceOfSatisfying(
            ResponseCaptureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_IN_VIEW));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void pagedListThatIsNotIteratedMakesNoCall() {
    assertThatThrownBy(() -> client.withResponse(c -> c.transactions().list(q -> q.wallet(WALLET))))
        .isInstanceOfSatisfying(
            ResponseCaptureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_CALL));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void firstPageOfAPagedListIsOneCall() {
    server.enqueue(json(200, WireJson.page("cur_2", WireJson.transaction("txn_1")), "req_p1"));

    ApiResponse<Page<Transaction>> response =
        client.withResponse(c -> c.transactions().list(q -> q.wallet(WALLET)).firstPage());

    assertThat(response.value().data()).hasSize(1);
    assertThat(response.requestId()).contains("req_p1");
  }

  @Test
  void iteratingPastTheFirstPageIsASecondCall() {
    server.enqueue(json(200, WireJson.page("cur_2", WireJson.transaction("txn_1")), "req_p1"));
    server.enqueue(json(200, WireJson.page(null, WireJson.transaction("txn_2")), "req_p2"));

    assertThatThrownBy(
            () ->
                client.withResponse(
                    c -> c.transactions().list(q -> q.wallet(WALLET)).stream().count()))
        .isInstanceOfSatisfying(
            ResponseCaptureException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SECOND_CALL));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void viewKeepsTheOptionsOfTheClientItCameFrom() {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    WalletClient tenant = client.withOptions(o -> o.header("X-Tenant", "t-7"));

    tenant.withResponse(c -> c.transfers().get(ID));

    assertThat(Servers.take(server).getHeaders().get("X-Tenant")).isEqualTo("t-7");
  }

  @Test
  void optionsDerivedInsideTheViewAreCapturedToo() {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));

    ApiResponse<Transfer> response =
        client.withResponse(
            c -> c.withOptions(o -> o.header("X-Tenant", "t-8")).transfers().get(ID));

    assertThat(response.requestId()).contains("req_1");
    assertThat(Servers.take(server).getHeaders().get("X-Tenant")).isEqualTo("t-8");
  }
}
