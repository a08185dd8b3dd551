/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.mock.MockWalletServer;
import java.net.Proxy;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Connection pool settings are refused when out of range, and refused where they cannot be
 * honoured: by the JDK transport (JVM-wide pool) and with the caller's own transport.
 */
class ConnectionPoolingTest {
  private static FieldError refusal(ThrowingCallable call, String message) {
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, call);
    assertThat(e).hasMessage(message);
    assertThat(e.fieldErrors()).hasSize(1);
    return e.fieldErrors().get(0);
  }

  private static TransportSettings settings(ConnectionPooling pooling) {
    return new TransportSettings(Timeouts.defaults(), Proxy.NO_PROXY, null, null, pooling);
  }

  @Test
  void maxIdleConnectionsBelowOneIsRefused() {
    FieldError error =
        refusal(
            () -> ConnectionPooling.defaults().withMaxIdleConnections(0),
            "maxIdleConnections must be at least 1 but was 0");

    assertThat(error.field()).isEqualTo("maxIdleConnections");
    assertThat(error.code()).isEqualTo("out_of_range");
  }

  @Test
  void maxRequestsPerHostBelowOneIsRefused() {
    refusal(
        () -> ConnectionPooling.defaults().withMaxRequestsPerHost(-1),
        "maxRequestsPerHost must be at least 1 but was -1");
  }

  @Test
  void maxRequestsBelowOneIsRefused() {
    refusal(
        () -> ConnectionPooling.defaults().withMaxRequests(0),
        "maxRequests must be at least 1 but was 0");
  }

  @Test
  void keepAliveThatIsNotPositiveIsRefused() {
    refusal(
        () -> ConnectionPooling.defaults().withKeepAlive(Duration.ZERO),
        "keepAlive must be positive but was PT0S");
    refusal(
        () -> ConnectionPooling.defaults().withKeepAlive(Duration.ofSeconds(-1)),
        "keepAlive must be positive but was PT-1S");
  }

  @Test
  void settingsAreKeptAndUnsetOnesAreEmpty() {
    ConnectionPooling pooling =
        ConnectionPooling.defaults().withMaxIdleConnections(3).withMaxRequestsPerHost(7);

    assertThat(pooling.maxIdleConnections()).hasValue(3);
    assertThat(pooling.maxRequestsPerHost()).hasValue(7);
    assertThat(pooling.keepAlive()).isEmpty();
    assertThat(pooling.maxRequests()).isEmpty();
    assertThat(pooling)
        .hasToString(
            "ConnectionPooling{maxIdleConnections=3, keepAlive=null, maxRequestsPerHost=7,"
                + " maxRequests=null}")
        .isEqualTo(
            ConnectionPooling.defaults().withMaxRequestsPerHost(7).withMaxIdleConnections(3));
  }

  @Test
  void jdkTransportRefusesAPoolSize() {
    ConnectionPooling pooling = ConnectionPooling.defaults().withMaxIdleConnections(2);

    FieldError error =
        refusal(
            () -> JdkHttpTransport.create(settings(pooling)),
            "maxIdleConnections cannot be set per client on the JDK HttpClient transport, whose"
                + " pool takes it from the JVM-wide system property"
                + " jdk.httpclient.connectionPoolSize; set that property, or put OkHttp on the"
                + " class path");

    assertThat(error.code()).isEqualTo("not_supported");
  }

  @Test
  void jdkTransportRefusesAKeepAlive() {
    ConnectionPooling pooling = ConnectionPooling.defaults().withKeepAlive(Duration.ofSeconds(30));

    refusal(
        () -> JdkHttpTransport.create(settings(pooling)),
        "keepAlive cannot be set per client on the JDK HttpClient transport, whose pool takes it"
            + " from the JVM-wide system property jdk.httpclient.keepalive.timeout; set that"
            + " property, or put OkHttp on the class path");
  }

  @Test
  void jdkTransportHonoursRequestLimits() {
    ConnectionPooling pooling =
        ConnectionPooling.defaults().withMaxRequestsPerHost(2).withMaxRequests(4);

    JdkHttpTransport transport = JdkHttpTransport.create(settings(pooling));

    assertThat(transport.requestLimiter().waiting()).isZero();
    assertThat(transport.requestLimiter()).hasToString("RequestLimiter{perHost=2, overall=4}");
  }

  @Test
  void connectionPoolingCannotBeCombinedWithTheCallersTransport() {
    MockWalletServer mock = MockWalletServer.inProcess();
    WalletClient.Builder builder =
        WalletClient.builder()
            .apiKey(mock.apiKey())
            .transport(mock.transport())
            .connectionPooling(ConnectionPooling.defaults().withMaxRequests(8));

    FieldError error =
        refusal(
            builder::build,
            "connection pooling applies to the default transports only; configure the HTTP"
                + " client wrapped by the transport passed to transport(...) instead");

    assertThat(error.field()).isEqualTo("connectionPooling");
    assertThat(error.code()).isEqualTo("conflict");
  }
}
