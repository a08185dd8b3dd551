/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.FakeClock;
import dev.walletsdk.client.support.RawHttpServer;
import dev.walletsdk.client.support.RecordingSleeper;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Transport;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A response over the size limit is not a transient fault: it is refused once, never fetched again,
 * and a write says it may have been applied (its idempotency key lets the caller send it again).
 */
class OversizedResponseTest {
  private static final long OVERSIZED = 16L * 1024 * 1024 + 1;
  private static final WalletId A = WalletId.of("wal_a");
  private static final WalletId B = WalletId.of("wal_b");

  private final FakeClock clock = FakeClock.at("2026-11-24T10:00:00Z");
  private final RawHttpServer server =
      RawHttpServer.start(
          (out, raw) -> {
            out.write(
                ("HTTP/1.1 503 Unavailable\r\nContent-Type: application/problem+json\r\n"
                        + "Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            raw.writeBody(out, OVERSIZED, true);
          });
  private WalletClient client;

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  static Stream<Arguments> transports() {
    TransportSettings settings = TransportSettings.direct(Timeouts.defaults());
    Supplier<Transport> okHttp = () -> OkHttpTransport.create(settings);
    Supplier<Transport> jdk = () -> JdkHttpTransport.create(settings);
    return Stream.of(Arguments.of("OkHttp", okHttp), Arguments.of("JDK", jdk));
  }

  private WalletClient client(Supplier<Transport> transport) {
    client =
        WalletClient.builder()
            .baseUrl(server.baseUrl())
            .apiKey(ApiKey.of("sk_test_oversized"))
            .transport(transport.get())
            .clock(clock)
            .sleeper(new RecordingSleeper(clock))
            .build();
    return client;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void oversizedReadIsFetchedOnce(String name, Supplier<Transport> transport) {
    WalletClient client = client(transport);

    assertThatThrownBy(() -> client.wallets().get(A))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid HTTP response to GET "
                + server.baseUrl()
                + "/v1/wallets/wal_a: response body of more than 16777216 bytes exceeds the limit"
                + " of 16777216 bytes");
    assertThat(server.requests()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void oversizedAnswerToAWriteIsFetchedOnceAndMayHaveBeenApplied(
      String name, Supplier<Transport> transport) {
    WalletClient client = client(transport);

    assertThatThrownBy(
            () ->
                client
                    .transfers()
                    .create(
                        r ->
                            r.from(A)
                                .to(B)
                                .amount(Money.of("25.00", "EUR"))
                                .idempotencyKey(IdempotencyKey.of("key-oversized"))))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid HTTP response to POST "
                + server.baseUrl()
                + "/v1/transfers: response body of more than 16777216 bytes exceeds the limit"
                + " of 16777216 bytes; the request may have been applied");
    assertThat(server.requests()).isEqualTo(1);
  }
}
