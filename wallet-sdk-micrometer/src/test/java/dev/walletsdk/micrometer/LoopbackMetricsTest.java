/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.JdkHttpTransports;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.okhttp.OkHttpTransports;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Transport;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same meters over loopback HTTP to the mock's server, with both transports. */
class LoopbackMetricsTest {
  private static Transport transport(String kind) {
    return kind.equals("okhttp")
        ? OkHttpTransports.wrap(new OkHttpClient())
        : JdkHttpTransports.wrap(HttpClient.newHttpClient());
  }

  @ParameterizedTest
  @ValueSource(strings = {"okhttp", "jdk"})
  void retriedCallOverHttpIsMeasured(String kind) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (MockWalletServer mock = MockWalletServer.inProcess();
        MockHttpServer server = mock.start(0);
        Transport transport = transport(kind)) {
      WalletId wallet = mock.control().openWallet("Alice", CurrencyCode.EUR);
      mock.control().injectFault(Fault.serverError(502).on("GET", "/v1/wallets/*").times(1));
      try (WalletClient client =
          WalletMetrics.create(registry)
              .instrument(
                  WalletClient.builder()
                      .baseUrl(server.baseUrl().toString())
                      .transport(transport)
                      .apiKey(mock.apiKey())
                      .sleeper(delay -> {})
                      .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(5))))
              .build()) {
        client.wallets().get(wallet);
      }
    }
    Tags call = Tags.of("operation", "wallets.get", "method", "GET");
    Tags success = call.and("outcome", "SUCCESS", "status", "200", "exception", "none");
    assertThat(registry.get(WalletMetrics.REQUESTS).tags(success).timer().count()).isEqualTo(1);
    assertThat(registry.get(WalletMetrics.ATTEMPTS).tags(success).timer().count()).isEqualTo(1);
    assertThat(
            registry
                .get(WalletMetrics.ATTEMPTS)
                .tags(call.and("outcome", "SERVER_ERROR", "status", "502"))
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.get(WalletMetrics.RETRIES).tags(call).counter().count()).isEqualTo(1.0);
    assertThat(
            registry
                .get(WalletMetrics.FAULTS)
                .tags(call.and("fault", "server_error"))
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(registry.get(WalletMetrics.ACTIVE).tags(call).gauge().value()).isZero();
  }
}
