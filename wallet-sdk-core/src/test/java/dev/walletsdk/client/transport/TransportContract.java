/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every network {@link Transport} must do, checked over real loopback HTTP: carry status,
 * headers and body bytes exactly, return error statuses, and classify failures into the {@link
 * TransportException} kinds the retry loop relies on.
 */
abstract class TransportContract {
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  final MockWebServer server = Servers.startLoopback();
  private final Transport transport =
      create(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(5)));

  /** Creates the transport under test. */
  abstract Transport create(Timeouts timeouts);

  @AfterEach
  void stop() {
    transport.close();
    server.close();
  }

  URI uri(String path) {
    return URI.create(Servers.baseUrl(server) + path);
  }

  TransportResponse send(TransportRequest request) {
    return transport.execute(request);
  }

  static TransportRequest.Builder get(URI uri) {
    return TransportRequest.builder().method("GET").uri(uri).timeout(Duration.ofSeconds(5));
  }

  @Test
  void statusAndHeadersRoundTrip() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("Request-Id", "req_1")
            .addHeader("X-Multi", "one")
            .addHeader("X-Multi", "two")
            .build());

    TransportResponse response =
        send(
            get(uri("/v1/things?a=1"))
                .headers(Headers.of("X-Sent", "yes", "X-Sent", "twice"))
                .build());

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.headers().first("request-id")).contains("req_1");
    assertThat(response.headers().all("X-Multi")).containsExactly("one", "two");
    RecordedRequest recorded = Servers.take(server);
    assertThat(recorded.getMethod() + " " + recorded.getTarget()).isEqualTo("GET /v1/things?a=1");
    assertThat(recorded.getHeaders().values("X-Sent")).containsExactly("yes", "twice");
  }

  @Test
  void bodyBytesRoundTripExactly() {
    byte[] sent = new byte[256];
    for (int i = 0; i < sent.length; i++) {
      sent[i] = (byte) i;
    }
    byte[] answered = "{\"name\":\"Zoë 💶\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    server.enqueue(new MockResponse.Builder().body(new Buffer().write(answered)).build());

    TransportResponse response =
        send(
            TransportRequest.builder()
                .method("POST")
                .uri(uri("/v1/echo"))
                .header("Content-Type", "application/octet-stream")
                .body(sent)
                .timeout(Duration.ofSeconds(5))
                .build());

    assertThat(response.body()).isEqualTo(answered);
    assertThat(Servers.take(server).getBody().toByteArray()).isEqualTo(sent);
  }

  @Test
  void emptyBodyIsEmpty() {
    server.enqueue(new MockResponse.Builder().code(204).build());

    assertThat(send(get(uri("/v1/nothing")).build()).bodyLength()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 409, 422, 429, 500, 502, 503})
  void errorStatusIsReturnedNotThrown(int status) {
    server.enqueue(new MockResponse.Builder().code(status).body("{\"code\":\"x\"}").build());

    TransportResponse response = send(get(uri("/v1/fails")).build());

    assertThat(response.status()).isEqualTo(status);
    assertThat(response.bodyText()).isEqualTo("{\"code\":\"x\"}");
  }

  @Test
  void slowBodyTimesOut() {
    server.enqueue(
        new MockResponse.Builder().bodyDelay(3, TimeUnit.SECONDS).body("{\"late\":true}").build());
    URI uri = uri("/v1/slow");

    assertThatThrownBy(() -> send(get(uri).timeout(Duration.ofMillis(150)).build()))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
              assertThat(e.mayHaveBeenApplied()).isTrue();
              assertThat(e.isRetryable()).isTrue();
            })
        .hasMessage("no response in time for GET " + uri);
  }

  @Test
  void refusedConnectionIsConnectFailedAndCertainlyNotApplied() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + closedPort + "/v1/wallets");

    assertThatThrownBy(() -> send(get(uri).build()))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECT_FAILED);
              assertThat(e.mayHaveBeenApplied()).isFalse();
            })
        .hasMessageStartingWith("could not connect for GET " + uri);
  }

  @Test
  void connectionClosedAfterTheRequestWasReadIsConnectionFailed() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    URI uri = uri("/v1/transfers");

    assertThatThrownBy(
            () ->
                send(
                    TransportRequest.builder()
                        .method("POST")
                        .uri(uri)
                        .header("Content-Type", "application/json")
                        .body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .build()))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION_FAILED);
              assertThat(e.mayHaveBeenApplied()).isTrue();
            })
        .hasMessageStartingWith("connection failed during POST " + uri);
    assertThat(Servers.take(server).getBody().utf8()).isEqualTo("{}");
  }

  @Test
  void bodyOverTheLimitIsRefusedWithoutDeclaredLength() {
    Buffer huge = new Buffer().write(new byte[MAX_BODY_BYTES + 1]);
    server.enqueue(new MockResponse.Builder().chunkedBody(huge, 1 << 20).build());

    assertThatThrownBy(() -> send(get(uri("/v1/huge")).build()))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid HTTP response to GET "
                + uri("/v1/huge")
                + ": response body of more than 16777216 bytes exceeds the limit of 16777216"
                + " bytes");
  }

  @Test
  void bodyAtTheLimitIsAccepted() {
    server.enqueue(
        new MockResponse.Builder().body(new Buffer().write(new byte[MAX_BODY_BYTES])).build());

    assertThat(send(get(uri("/v1/big")).build()).bodyLength()).isEqualTo(MAX_BODY_BYTES);
  }

  @Test
  void headersOfTheResponseAreNotConfusedWithPseudoHeaders() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Request-Id", "req_2").build());

    Headers headers = send(get(uri("/v1/h")).build()).headers();

    assertThat(headers.names()).allSatisfy(name -> assertThat(name).doesNotStartWith(":"));
  }
}
