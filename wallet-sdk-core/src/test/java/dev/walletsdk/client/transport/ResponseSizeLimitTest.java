/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.RawHttpServer;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each transport stops reading an oversized body at the limit and closes the connection: the server
 * can push far more, but the client takes no more than the limit plus what socket buffers hold.
 */
class ResponseSizeLimitTest {
  private static final int LIMIT = TransportContract.MAX_BODY_BYTES;
  private static final long OFFERED = LIMIT + 256L * 1024 * 1024;

  /** What the kernel's loopback socket buffers may take in on the client's behalf. */
  private static final long SOCKET_BUFFERS = 16L * 1024 * 1024;

  private RawHttpServer server;
  private Transport transport;

  @AfterEach
  void stop() {
    transport.close();
    server.close();
  }

  static Stream<Arguments> transports() {
    Timeouts timeouts = Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(20));
    Supplier<Transport> okHttp = () -> OkHttpTransport.create(TransportSettings.direct(timeouts));
    Supplier<Transport> jdk = () -> JdkHttpTransport.create(TransportSettings.direct(timeouts));
    return Stream.of(Arguments.of("OkHttp", okHttp), Arguments.of("JDK", jdk));
  }

  private URI serve(Supplier<Transport> transport, boolean chunked) {
    String head =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + OFFERED + "\r\n")
            + "\r\n";
    server =
        RawHttpServer.start(
            (out, raw) -> {
              out.write(head.getBytes(StandardCharsets.US_ASCII));
              raw.writeBody(out, OFFERED, chunked);
            });
    this.transport = transport.get();
    return URI.create(server.baseUrl() + "/v1/huge");
  }

  private static TransportRequest get(URI uri) {
    return TransportRequest.builder()
        .method("GET")
        .uri(uri)
        .timeout(Duration.ofSeconds(20))
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void declaredOversizedBodyIsRefusedBeforeItIsRead(String name, Supplier<Transport> transport) {
    URI uri = serve(transport, false);

    assertThatThrownBy(() -> this.transport.execute(get(uri)))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid HTTP response to GET "
                + uri
                + ": response body of "
                + OFFERED
                + " bytes exceeds the limit of 16777216 bytes");
    assertThat(server.bodyBytesAccepted()).isLessThan(LIMIT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void chunkedOversizedBodyIsReadNoFurtherThanTheLimit(String name, Supplier<Transport> transport) {
    URI uri = serve(transport, true);

    assertThatThrownBy(() -> this.transport.execute(get(uri)))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid HTTP response to GET "
                + uri
                + ": response body of more than 16777216 bytes exceeds the limit of 16777216"
                + " bytes");
    assertThat(server.bodyBytesAccepted()).isLessThanOrEqualTo(LIMIT + SOCKET_BUFFERS);
  }
}
