/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.TransferId;
import java.net.InetSocketAddress;
import java.net.Proxy;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The default transports go through an authenticating HTTP proxy: a loopback server plays the
 * proxy, demands credentials with 407, then answers. The target host is never resolved.
 */
class ProxyTest {
  private static final String EXPECTED_BASIC = "Basic YWxpY2U6czNjcmV0"; // alice:s3cret

  private final MockWebServer proxyServer = Servers.startLoopback();
  private final ProxyCredentials credentials = ProxyCredentials.of("alice", "s3cret");
  private final Proxy proxy =
      new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxyServer.getPort()));
  private WalletClient client;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    proxyServer.close();
  }

  private void enqueueChallengeThenAnswer() {
    proxyServer.enqueue(
        new MockResponse.Builder()
            .code(407)
            .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
            .build());
    proxyServer.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
  }

  private void assertProxyWasAskedTwiceAndThenAuthorized() {
    RecordedRequest first = Servers.take(proxyServer);
    RecordedRequest second = Servers.take(proxyServer);
    assertThat(first.getTarget()).isEqualTo("http://wallet.test/v1/transfers/trf_1");
    assertThat(first.getHeaders().get("Proxy-Authorization")).isNull();
    assertThat(second.getTarget()).isEqualTo("http://wallet.test/v1/transfers/trf_1");
    assertThat(second.getHeaders().get("Proxy-Authorization")).isEqualTo(EXPECTED_BASIC);
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer sk_test_proxy");
  }

  @Test
  void okHttpTransportAnswersTheProxyChallengeWithBasic() {
    enqueueChallengeThenAnswer();
    client =
        WalletClient.builder()
            .baseUrl("http://wallet.test")
            .allowInsecureHttp()
            .apiKey(ApiKey.of("sk_test_proxy"))
            .proxy(proxy, credentials)
            .build();

    assertThat(client.transfers().get(TransferId.of("trf_1")).id())
        .isEqualTo(TransferId.of("trf_1"));
    assertProxyWasAskedTwiceAndThenAuthorized();
  }

  @Test
  void jdkTransportSendsBasicProxyCredentialsWithTheApiKey() {
    proxyServer.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    client =
        WalletClient.builder()
            .baseUrl("http://wallet.test")
            .allowInsecureHttp()
            .apiKey(ApiKey.of("sk_test_proxy"))
            .transport(
                JdkHttpTransport.create(
                    new TransportSettings(Timeouts.defaults(), proxy, credentials)))
            .build();

    assertThat(client.transfers().get(TransferId.of("trf_1")).id())
        .isEqualTo(TransferId.of("trf_1"));
    RecordedRequest request = Servers.take(proxyServer);
    assertThat(request.getTarget()).isEqualTo("http://wallet.test/v1/transfers/trf_1");
    assertThat(request.getHeaders().get("Proxy-Authorization")).isEqualTo(EXPECTED_BASIC);
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk_test_proxy");
  }

  @Test
  void okHttpTransportGivesUpWhenTheProxyRejectsTheCredentials() {
    for (int i = 0; i < 2; i++) {
      proxyServer.enqueue(
          new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic").build());
    }
    client =
        WalletClient.builder()
            .baseUrl("http://wallet.test")
            .allowInsecureHttp()
            .apiKey(ApiKey.of("sk_test_proxy"))
            .retries(RetryPolicy.none())
            .proxy(proxy, credentials)
            .build();

    assertThatThrownBy(() -> client.transfers().get(TransferId.of("trf_1")))
        .hasMessage(
            "the server answered HTTP 407 without a problem document (no content type, 0 bytes)"
                + " [HTTP 407, code invalid_request]");
    assertThat(proxyServer.getRequestCount()).isEqualTo(2);
  }

  @Test
  void socksProxyIsRejected() {
    Proxy socks = new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", 1080));

    assertThatThrownBy(() -> WalletClient.builder().proxy(socks, null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "proxy must be an HTTP proxy with a socket address, or Proxy.NO_PROXY, but was "
                + socks);
  }

  @Test
  void credentialsWithoutProxyAreRejected() {
    assertThatThrownBy(() -> WalletClient.builder().proxy(Proxy.NO_PROXY, credentials))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("proxy credentials need an HTTP proxy, not Proxy.NO_PROXY");
  }

  @Test
  void proxyCannotBeCombinedWithTheCallersTransport() {
    MockWalletServer mock = MockWalletServer.inProcess();
    WalletClient.Builder builder =
        WalletClient.builder().apiKey(mock.apiKey()).transport(mock.transport()).proxy(proxy, null);

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "proxy applies to the default transports only; configure the proxy of the transport"
                + " passed to transport(...) instead");
  }
}
