/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.support.Servers;
import java.net.http.HttpClient;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A JDK client that follows redirects would resend the API key and the body to whatever origin a
 * redirect names; wrapping such a client is refused.
 */
class JdkRedirectTest {
  private static final ApiKey API_KEY = ApiKey.of("sk_test_redirect_key_0000000000");

  private final MockWebServer platform = Servers.startLoopback();
  private final MockWebServer elsewhere = Servers.startLoopback();

  @AfterEach
  void stopServers() {
    platform.close();
    elsewhere.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = HttpClient.Redirect.class,
      names = {"ALWAYS", "NORMAL"})
  void apiKeyAndBodyNeverReachTheOriginARedirectNames(HttpClient.Redirect policy) {
    platform.enqueue(
        new MockResponse.Builder()
            .code(307)
            .addHeader("Location", Servers.baseUrl(elsewhere) + "/v1/wallets")
            .build());
    elsewhere.enqueue(Servers.json(201, "{}", "req_elsewhere"));
    HttpClient following = HttpClient.newBuilder().followRedirects(policy).build();

    catchThrowable(
        () -> {
          try (WalletClient client =
              WalletClient.builder()
                  .baseUrl(Servers.baseUrl(platform))
                  .apiKey(API_KEY)
                  .retries(RetryPolicy.none())
                  .transport(JdkHttpTransports.wrap(following))
                  .build()) {
            client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
          }
        });

    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void clientThatFollowsRedirectsIsRefusedNamingThePolicy() {
    HttpClient following =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    assertThatThrownBy(() -> JdkHttpTransports.wrap(following))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "client follows redirects (HttpClient.Redirect.NORMAL), which would resend the API key"
                + " and the request body to the origin a redirect names; build it with"
                + " followRedirects(HttpClient.Redirect.NEVER)");
  }

  @Test
  void redirectToAClientThatNeverFollowsRedirectsIsAnErrorAndGoesNowhere() {
    platform.enqueue(
        new MockResponse.Builder()
            .code(307)
            .addHeader("Location", Servers.baseUrl(elsewhere) + "/v1/wallets")
            .build());
    HttpClient never = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    try (WalletClient client =
        WalletClient.builder()
            .baseUrl(Servers.baseUrl(platform))
            .apiKey(API_KEY)
            .retries(RetryPolicy.none())
            .transport(JdkHttpTransports.wrap(never))
            .build()) {
      assertThatThrownBy(() -> client.wallets().open(r -> r.displayName("Alice").currency("EUR")))
          .isInstanceOf(WalletException.class)
          .hasMessage("unexpected HTTP 307 response [HTTP 307]");
    }
    assertThat(platform.getRequestCount()).isEqualTo(1);
    assertThat(elsewhere.getRequestCount()).isZero();
  }
}
