/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.FakeClock;
import dev.walletsdk.client.support.RawHttpServer;
import dev.walletsdk.client.support.RecordingSleeper;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A status outside 100 to 599 is an invalid response naming the status, on every transport, and is
 * not retried; a status line the HTTP library refuses is a typed transport failure quoting it.
 */
class HostileStatusTest {
  private static final WalletId WALLET = WalletId.of("wal_1");
  private final FakeClock clock = FakeClock.at("2026-11-24T10:00:00Z");
  private RawHttpServer server;
  private WalletClient client;

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private void serve(String statusLine, Transport transport) {
    server =
        RawHttpServer.start(
            RawHttpServer.text(
                statusLine
                    + "\r\nContent-Length: 0\r\nConnection: close\r\nRequest-Id: req_s\r\n\r\n"));
    client =
        WalletClient.builder()
            .baseUrl(server.baseUrl())
            .apiKey(ApiKey.of("sk_test_status"))
            .transport(transport)
            .clock(clock)
            .sleeper(new RecordingSleeper(clock))
            .build();
  }

  private static Transport okHttp() {
    return OkHttpTransport.create(TransportSettings.direct(Timeouts.defaults()));
  }

  private static Transport jdk() {
    return JdkHttpTransport.create(TransportSettings.direct(Timeouts.defaults()));
  }

  @ParameterizedTest
  @ValueSource(ints = {600, 99})
  void statusOutsideTheHttpRangeIsAnInvalidResponseOverOkHttp(int status) {
    serve(String.format("HTTP/1.1 %03d X", status), okHttp());

    assertThatThrownBy(() -> client.wallets().get(WALLET))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "the server answered with status "
                + status
                + ", which is not an HTTP status from 100 to 599"
                + " [HTTP "
                + status
                + ", code invalid_response, request req_s]");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void status600IsAnInvalidResponseOverTheJdkClient() {
    serve("HTTP/1.1 600 X", jdk());

    assertThatThrownBy(() -> client.wallets().get(WALLET))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "the server answered with status 600, which is not an HTTP status from 100 to 599"
                + " [HTTP 600, code invalid_response, request req_s]");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void status099RefusedByTheJdkClientIsATransportFailureQuotingTheStatusLine() {
    serve("HTTP/1.1 099 X", jdk());

    // The JDK refuses the status line itself; a line cut off by a broken connection reads the same,
    // so it is retried like one.
    assertThatThrownBy(() -> client.wallets().get(WALLET))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessage(
            "connection failed during GET "
                + server.baseUrl()
                + "/v1/wallets/wal_1: Invalid status line: \"HTTP/1.1 099 X\"");
    assertThat(server.requests()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 99, 600, 1000})
  void statusOutsideTheHttpRangeFromAnyTransportIsAnInvalidResponse(int status) {
    server = RawHttpServer.start(RawHttpServer.text(""));
    client =
        WalletClient.builder()
            .baseUrl("https://wallet.example")
            .apiKey(ApiKey.of("sk_test_status"))
            .transport(request -> TransportResponse.of(status, Headers.of(), new byte[0]))
            .build();

    assertThatThrownBy(() -> client.wallets().get(WALLET))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(status);
              assertThat(e.isRetryable()).isFalse();
            })
        .hasMessage(
            "the server answered with status "
                + status
                + ", which is not an HTTP status from 100 to 599 [HTTP "
                + status
                + ", code invalid_response]");
  }
}
