/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The part of the transport contract that applies to the mock's in-process transport, which has no
 * sockets (so no timeouts or connection failures) and answers with the mock's real routes: status,
 * headers and body bytes round-trip, and error statuses are returned, not thrown.
 */
class InProcessTransportRoundTripTest {
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final Transport transport = mock.transport();
  private final URI base = transport.defaultBaseUri().orElseThrow();

  private TransportRequest.Builder request(String method, String path) {
    return TransportRequest.builder()
        .method(method)
        .uri(URI.create(base + path))
        .header("Authorization", "Bearer " + mock.apiKey().reveal())
        .header("Wallet-Api-Version", "2026-11-01")
        .header("Accept", "application/json");
  }

  @Test
  void statusHeadersAndUtf8BodyRoundTrip() {
    byte[] body =
        "{\"displayName\":\"Zoë €\",\"currencies\":[\"EUR\"]}".getBytes(StandardCharsets.UTF_8);

    TransportResponse response =
        transport.execute(
            request("POST", "/v1/wallets")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "key-1")
                .body(body)
                .build());

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.headers().first("Request-Id"))
        .hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
    assertThat(response.headers().first("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.bodyText()).contains("\"displayName\":\"Zoë €\"");
  }

  @Test
  void errorStatusIsReturnedNotThrown() {
    TransportResponse response =
        transport.execute(request("GET", "/v1/wallets/wal_missing").build());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers().first("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.bodyText()).contains("\"code\":\"not_found\"");
  }
}
