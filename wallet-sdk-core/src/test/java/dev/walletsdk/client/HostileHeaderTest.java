/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.FakeClock;
import dev.walletsdk.client.support.RawHttpServer;
import dev.walletsdk.client.support.RecordingSleeper;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A response header with a control character is malformed HTTP on every transport: a transport
 * failure quoting it escaped, retried like a broken connection, never an error blaming the caller's
 * input.
 */
class HostileHeaderTest {
  private static final WalletId WALLET = WalletId.of("wal_1");
  private final FakeClock clock = FakeClock.at("2026-11-24T10:00:00Z");
  private final RawHttpServer server =
      RawHttpServer.start(
          RawHttpServer.text(
              "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n"
                  + "Request-Id: req_\u001b[31m\r\n\r\n{}"));
  private WalletClient client;

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private WalletClient client(Transport transport) {
    client =
        WalletClient.builder()
            .baseUrl(server.baseUrl())
            .apiKey(ApiKey.of("sk_test_header"))
            .transport(transport)
            .clock(clock)
            .sleeper(new RecordingSleeper(clock))
            .build();
    return client;
  }

  @Test
  void controlCharacterInAHeaderIsATransportFailureOverOkHttp() {
    WalletClient client =
        client(OkHttpTransport.create(TransportSettings.direct(Timeouts.defaults())));

    assertThatThrownBy(() -> client.wallets().get(WALLET))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessage(
            "connection failed during GET "
                + server.baseUrl()
                + "/v1/wallets/wal_1: invalid response header: value of header Request-Id is"
                + " missing or contains a control character");
    assertThat(server.requests()).isEqualTo(4);
  }

  @Test
  void controlCharacterInAHeaderIsATransportFailureOverTheJdkClient() {
    WalletClient client =
        client(JdkHttpTransport.create(TransportSettings.direct(Timeouts.defaults())));

    assertThatThrownBy(() -> client.wallets().get(WALLET))
        .isExactlyInstanceOf(TransportException.class)
        .hasMessage(
            "connection failed during GET "
                + server.baseUrl()
                + "/v1/wallets/wal_1: Invalid header value \"Request-Id: req_\\u001b[31m\"");
    assertThat(server.requests()).isEqualTo(4);
  }
}
