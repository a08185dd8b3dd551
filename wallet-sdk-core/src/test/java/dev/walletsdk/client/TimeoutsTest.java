/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.internal.DefaultWalletClient;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The builder's timeouts reach both default transports. */
class TimeoutsTest {
  private final Timeouts timeouts =
      Timeouts.of(Duration.ofMillis(1500), Duration.ofMillis(2500), Duration.ofSeconds(9));

  @Test
  void defaultOkHttpTransportGetsConnectAndReadTimeouts() {
    try (WalletClient client =
        WalletClient.builder()
            .baseUrl("http://127.0.0.1:9")
            .apiKey(ApiKey.of("sk_test_timeouts"))
            .timeouts(timeouts)
            .build()) {
      OkHttpClient okHttp = ((OkHttpTransport) ((DefaultWalletClient) client).transport()).client();

      assertThat(okHttp.connectTimeoutMillis()).isEqualTo(1500);
      assertThat(okHttp.readTimeoutMillis()).isEqualTo(2500);
      assertThat(okHttp.writeTimeoutMillis()).isEqualTo(2500);
      assertThat(okHttp.followRedirects()).isFalse();
      assertThat(okHttp.retryOnConnectionFailure()).isFalse();
    }
  }

  @Test
  void jdkTransportGetsTheConnectTimeout() {
    JdkHttpTransport jdk = JdkHttpTransport.create(TransportSettings.direct(timeouts));

    assertThat(jdk.client().connectTimeout()).contains(Duration.ofMillis(1500));
  }

  @Test
  void callTimeoutDefaultsToSixtySecondsOrTheReadTimeout() {
    assertThat(Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(90)).call())
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(Timeouts.of(Duration.ofSeconds(1), Duration.ofSeconds(2)).call())
        .isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void zeroTimeoutIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Timeouts.of(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("connect timeout must be positive but was PT0S");
  }
}
