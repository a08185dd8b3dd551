/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.opentelemetry;

import static dev.walletsdk.opentelemetry.Tracing.RESEND_COUNT;
import static dev.walletsdk.opentelemetry.Tracing.STATUS_CODE;
import static dev.walletsdk.opentelemetry.Tracing.URL_FULL;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.client.JdkHttpTransports;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.okhttp.OkHttpTransports;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Transport;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spans and trace context over loopback HTTP, with both transports. */
class LoopbackTracingTest {
  /** W3C trace context level 1/2: version 00, trace id, parent id, flags; lower-case hex. */
  private static final Pattern TRACEPARENT =
      Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

  private static Transport transport(String kind) {
    return kind.equals("okhttp")
        ? OkHttpTransports.wrap(new OkHttpClient())
        : JdkHttpTransports.wrap(HttpClient.newHttpClient());
  }

  private static WalletClient.Builder builder(String baseUrl, Transport transport) {
    return WalletClient.builder()
        .baseUrl(baseUrl)
        .transport(transport)
        .sleeper(delay -> {})
        .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(5)));
  }

  private static MockResponse problem(int status, String code) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/problem+json")
        .addHeader("Request-Id", "req_" + status)
        .body(
            "{\"type\":\"https://walletsdk.dev/problems/"
                + code
                + "\",\"title\":\"Problem\",\"status\":"
                + status
                + ",\"code\":\""
                + code
                + "\",\"detail\":\"scripted\"}")
        .build();
  }

  private static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the server received no request within 5 s");
    }
    return request;
  }

  @ParameterizedTest
  @ValueSource(strings = {"okhttp", "jdk"})
  void serverReceivesOnEveryAttemptAValidTraceparentOfThatAttemptsSpan(String kind)
      throws IOException, InterruptedException {
    try (Tracing tracing = new Tracing();
        MockWebServer server = new MockWebServer();
        Transport transport = transport(kind)) {
      server.start(InetAddress.getLoopbackAddress(), 0);
      server.enqueue(problem(503, "service_unavailable"));
      server.enqueue(problem(404, "not_found"));
      try (WalletClient client =
          WalletTelemetry.create(tracing.sdk)
              .instrument(
                  builder("http://127.0.0.1:" + server.getPort(), transport)
                      .apiKey(ApiKey.of("sk_test_tracing")))
              .build()) {
        assertThatThrownBy(() -> client.wallets().get(WalletId.of("wal_1")))
            .isInstanceOf(NotFoundException.class);
      }
      List<SpanData> attempts = tracing.attempts();
      assertThat(attempts).hasSize(2);
      for (SpanData attempt : attempts) {
        Matcher traceparent = TRACEPARENT.matcher(take(server).getHeaders().get("traceparent"));
        assertThat(traceparent.matches()).isTrue();
        assertThat(traceparent.group(1))
            .isEqualTo(attempt.getTraceId())
            .isEqualTo(tracing.call().getTraceId());
        assertThat(traceparent.group(2)).isEqualTo(attempt.getSpanId());
        assertThat(traceparent.group(3))
            .isEqualTo(attempt.getSpanContext().getTraceFlags().asHex());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"okhttp", "jdk"})
  void attemptSpansOverHttpHaveTheHttpClientAttributes(String kind) throws IOException {
    try (Tracing tracing = new Tracing();
        MockWebServer server = new MockWebServer();
        Transport transport = transport(kind)) {
      server.start(InetAddress.getLoopbackAddress(), 0);
      server.enqueue(problem(502, "service_unavailable"));
      server.enqueue(problem(404, "not_found"));
      String base = "http://127.0.0.1:" + server.getPort();
      try (WalletClient client =
          WalletTelemetry.create(tracing.sdk)
              .instrument(builder(base, transport).apiKey(ApiKey.of("sk_test_tracing")))
              .build()) {
        assertThatThrownBy(() -> client.wallets().get(WalletId.of("wal_1")))
            .isInstanceOf(NotFoundException.class);
      }
      SpanData call = tracing.call();
      List<SpanData> attempts = tracing.attempts();
      assertThat(attempts).hasSize(2);
      for (SpanData attempt : attempts) {
        assertThat(attempt)
            .hasParent(call)
            .hasAttribute(stringKey("http.request.method"), "GET")
            .hasAttribute(URL_FULL, base + "/v1/wallets/wal_1")
            .hasAttribute(stringKey("server.address"), "127.0.0.1")
            .hasAttribute(longKey("server.port"), (long) server.getPort());
      }
      assertThat(attempts.get(0))
          .hasAttribute(STATUS_CODE, 502L)
          .hasAttribute(stringKey("error.type"), "502");
      assertThat(attempts.get(0).getAttributes().get(RESEND_COUNT)).isNull();
      assertThat(attempts.get(1))
          .hasAttribute(STATUS_CODE, 404L)
          .hasAttribute(stringKey("error.type"), "404")
          .hasAttribute(RESEND_COUNT, 1L);
    }
  }
}
