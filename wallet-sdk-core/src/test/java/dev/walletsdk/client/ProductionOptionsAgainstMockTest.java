/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.support.RecordingTransport;
import dev.walletsdk.client.support.TransportKind;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.spi.TransportRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * withResponse and the per-call options against the mock backend: in-process, and over loopback
 * HTTP with the OkHttp and the JDK transport.
 */
class ProductionOptionsAgainstMockTest {
  /** How the client reaches the mock. */
  enum Route {
    IN_PROCESS,
    OKHTTP,
    JDK
  }

  private final MockWalletServer mock = MockWalletServer.inProcess();
  private @Nullable MockHttpServer server;
  private RecordingTransport transport;
  private WalletClient client;
  private Wallet alice;
  private Wallet bob;

  private void start(Route route) {
    WalletClient.Builder builder = WalletClient.builder().apiKey(mock.apiKey());
    if (route == Route.IN_PROCESS) {
      transport = new RecordingTransport(mock.transport());
    } else {
      server = mock.start(0);
      builder.baseUrl(server.baseUrl().toString());
      transport =
          new RecordingTransport(
              (route == Route.OKHTTP ? TransportKind.OKHTTP : TransportKind.JDK).open());
    }
    client = builder.transport(transport).build();
    alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    bob = client.wallets().open(r -> r.displayName("Bob").currency("EUR"));
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
  }

  @AfterEach
  void stop() {
    client.close();
    transport.close();
    if (server != null) {
      server.close();
    }
    assertThat(mock.ledger().audit().violations()).isEmpty();
    mock.close();
  }

  private Transfer transfer(WalletClient c) {
    return c.transfers()
        .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("10.00", "EUR")));
  }

  private static void assertIdentified(ApiResponse<?> response, int status) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.requestId()).hasValueSatisfying(id -> assertThat(id).isNotBlank());
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void readsAndWritesOfSeveralResourcesReportTheirRequestIds(Route route) {
    start(route);

    ApiResponse<Transfer> created = client.withResponse(this::transfer);
    ApiResponse<Transfer> fetched =
        client.withResponse(c -> c.transfers().get(created.value().id()));
    ApiResponse<Balance> balance =
        client.withResponse(c -> c.balances().get(alice.id(), CurrencyCode.EUR));
    ApiResponse<Page<Transaction>> history =
        client.withResponse(c -> c.transactions().list(q -> q.wallet(alice.id())).firstPage());
    ApiResponse<List<ServerKey>> keys = client.withResponse(c -> c.keys().list());

    assertIdentified(created, 201);
    assertIdentified(fetched, 200);
    assertThat(fetched.value()).isEqualTo(created.value());
    assertThat(fetched.requestId()).isNotEqualTo(created.requestId());
    assertIdentified(balance, 200);
    assertThat(balance.value().available()).isEqualTo(Money.of("90.00", "EUR"));
    assertIdentified(history, 200);
    assertThat(history.value().data()).isNotEmpty();
    assertIdentified(keys, 200);
    assertThat(keys.value()).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void asyncWithResponseReportsTheRequestId(Route route) throws Exception {
    start(route);

    ApiResponse<Wallet> response =
        client.async().withResponse(c -> c.wallets().get(alice.id())).get(5, TimeUnit.SECONDS);

    assertIdentified(response, 200);
    assertThat(response.value().id()).isEqualTo(alice.id());
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void idempotencyKeyOptionMakesARepeatedWriteAReplay(Route route) {
    start(route);
    IdempotencyKey key = IdempotencyKey.of("order-4711-" + route);
    WalletClient once = client.withOptions(o -> o.idempotencyKey(key));

    ApiResponse<Transfer> first = once.withResponse(this::transfer);
    ApiResponse<Transfer> again = once.withResponse(this::transfer);

    assertThat(again.value().id()).isEqualTo(first.value().id());
    assertThat(first.headers().first("Idempotent-Replayed")).isEmpty();
    assertThat(again.headers().first("idempotent-replayed")).contains("true");
    assertThat(client.balances().get(alice.id(), CurrencyCode.EUR).available())
        .isEqualTo(Money.of("90.00", "EUR"));
  }

  @ParameterizedTest
  @EnumSource(Route.class)
  void extraHeaderAndDeadlineReachTheTransport(Route route) {
    start(route);

    client
        .withOptions(o -> o.header("X-Partner-Trace", "abc").timeout(Duration.ofMillis(1500)))
        .wallets()
        .get(alice.id());

    TransportRequest sent = transport.sent().get(transport.sent().size() - 1);
    assertThat(sent.headers().all("x-partner-trace")).containsExactly("abc");
    assertThat(sent.timeout())
        .hasValueSatisfying(
            timeout -> assertThat(timeout).isLessThanOrEqualTo(Duration.ofMillis(1500)));
  }
}
