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
import dev.walletsdk.ServiceUnavailableException;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.internal.DefaultWalletClient;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.TransferId;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** withOptions derives a client that shares the transport, with per-tenant or per-call options. */
class DerivedClientTest {
  private static final TransferId ID = TransferId.of("trf_1");

  private final MockWebServer server = Servers.startLoopback();
  private final WalletClient parent =
      WalletClient.builder()
          .baseUrl(Servers.baseUrl(server))
          .apiKey(ApiKey.of("sk_test_parent"))
          .sleeper(duration -> {})
          .build();

  @AfterEach
  void stop() {
    parent.close();
    server.close();
  }

  private RecordedRequest getAndRecord(WalletClient client) {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    client.transfers().get(ID);
    return Servers.take(server);
  }

  private static OkHttpClient okHttp(WalletClient client) {
    return ((OkHttpTransport) ((DefaultWalletClient) client).transport()).client();
  }

  @Test
  void derivedClientAuthenticatesWithItsOwnKey() {
    WalletClient tenant = parent.withOptions(o -> o.apiKey(ApiKey.of("sk_test_tenant")));

    assertThat(getAndRecord(tenant).getHeaders().get("Authorization"))
        .isEqualTo("Bearer sk_test_tenant");
    assertThat(getAndRecord(parent).getHeaders().get("Authorization"))
        .isEqualTo("Bearer sk_test_parent");
  }

  @Test
  void derivedClientSendsItsDefaultHeadersAndTheParentDoesNot() {
    WalletClient tenant = parent.withOptions(o -> o.header("X-Tenant", "t-42"));

    assertThat(getAndRecord(tenant).getHeaders().get("X-Tenant")).isEqualTo("t-42");
    assertThat(getAndRecord(parent).getHeaders().get("X-Tenant")).isNull();
  }

  @Test
  void clientDerivedFromADerivedClientKeepsTheInheritedHeaders() {
    WalletClient twice =
        parent
            .withOptions(o -> o.header("X-Tenant", "t-42"))
            .withOptions(o -> o.header("X-Flow", "b"));

    RecordedRequest request = getAndRecord(twice);

    assertThat(request.getHeaders().get("X-Tenant")).isEqualTo("t-42");
    assertThat(request.getHeaders().get("X-Flow")).isEqualTo("b");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "authorization",
        "Idempotency-Key",
        "Wallet-Api-Version",
        "Content-Type",
        "Signature",
        "Signature-Input",
        "Content-Digest",
        "Proxy-Authorization",
        "Host"
      })
  void headerThePipelineOwnsIsRefused(String name) {
    assertThatThrownBy(() -> parent.withOptions(o -> o.header(name, "x")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("header " + name + " is set by the client and cannot be a default header");
  }

  @Test
  void headerValueWithLineBreakIsRefused() {
    assertThatThrownBy(() -> parent.withOptions(o -> o.header("X-Tenant", "a\r\nX-Evil: 1")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("value of header X-Tenant contains a control character at index 1");
  }

  @Test
  void derivedRetryPolicyApplies() {
    WalletClient once = parent.withOptions(o -> o.retries(RetryPolicy.none()));
    server.enqueue(problem(503, "service_unavailable", "down", "req_1"));

    assertThatThrownBy(() -> once.transfers().get(ID))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void derivedClientSharesTheTransportWhenTimeoutsAreUnchanged() {
    WalletClient tenant = parent.withOptions(o -> o.apiKey(ApiKey.of("sk_test_tenant")));

    assertThat(((DefaultWalletClient) tenant).transport())
        .isSameAs(((DefaultWalletClient) parent).transport());
  }

  @Test
  void derivedTimeoutsUseAnOkHttpClientSharingThePoolAndDispatcher() {
    WalletClient fast =
        parent.withOptions(
            o -> o.timeouts(Timeouts.of(Duration.ofMillis(700), Duration.ofMillis(900))));

    assertThat(okHttp(fast).connectTimeoutMillis()).isEqualTo(700);
    assertThat(okHttp(fast).readTimeoutMillis()).isEqualTo(900);
    assertThat(okHttp(fast).connectionPool()).isSameAs(okHttp(parent).connectionPool());
    assertThat(okHttp(fast).dispatcher()).isSameAs(okHttp(parent).dispatcher());
  }

  @Test
  void closingADerivedClientLeavesTheSharedTransportOpen() {
    WalletClient fast =
        parent.withOptions(
            o -> o.timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(2))));

    fast.close();

    assertThat(okHttp(parent).dispatcher().executorService().isShutdown()).isFalse();
    assertThat(getAndRecord(parent).getTarget()).isEqualTo("/v1/transfers/trf_1");
  }

  @Test
  void closingTheParentShutsTheSharedTransportDown() {
    WalletClient tenant = parent.withOptions(o -> o.header("X-Tenant", "t"));

    parent.close();

    assertThat(okHttp(tenant).dispatcher().executorService().isShutdown()).isTrue();
  }

  @Test
  void derivedReadTimeoutEndsAnAttemptWithTheOkHttpTransport() {
    WalletClient fast =
        parent.withOptions(
            o ->
                o.retries(RetryPolicy.none())
                    .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(150))));
    server.enqueue(new MockResponse.Builder().bodyDelay(3, TimeUnit.SECONDS).body("{}").build());

    assertThatThrownBy(() -> fast.transfers().get(ID))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT));
  }

  @Test
  void derivedReadTimeoutEndsAnAttemptWithTheJdkTransport() {
    JdkHttpTransport jdk = JdkHttpTransport.create(TransportSettings.direct(Timeouts.defaults()));
    WalletClient jdkParent =
        WalletClient.builder()
            .baseUrl(Servers.baseUrl(server))
            .apiKey(ApiKey.of("sk_test_parent"))
            .transport(jdk)
            .build();
    WalletClient fast =
        jdkParent.withOptions(
            o ->
                o.retries(RetryPolicy.none())
                    .timeouts(Timeouts.of(Duration.ofSeconds(1), Duration.ofMillis(150))));
    server.enqueue(new MockResponse.Builder().bodyDelay(3, TimeUnit.SECONDS).body("{}").build());

    assertThatThrownBy(() -> fast.transfers().get(ID))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT));
  }
}
