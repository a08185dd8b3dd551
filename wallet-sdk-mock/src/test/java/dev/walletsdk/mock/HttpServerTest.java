/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mock served over real loopback HTTP, driven by the JDK's {@link HttpURLConnection} as curl
 * would. ({@code java.net.http.HttpClient} is out of reach: the tests compile inside the {@code
 * dev.walletsdk.mock} module, which does not read {@code java.net.http}.)
 */
@ExtendWith(MockWalletExtension.class)
class HttpServerTest {
  /** A response with its body parsed. */
  private record Answer(int status, Map<String, List<String>> headers, JsonNode body) {
    String text(String pointer) {
      return body.at(pointer).asText();
    }

    Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }
  }

  /** Talks to one running server with one API key, over a new loopback socket per request. */
  private static final class Curl {
    private final URI base;
    private final String apiKey;
    private final Duration readTimeout;

    Curl(MockHttpServer server, MockWalletServer mock) {
      this(server, mock, Duration.ofSeconds(5));
    }

    Curl(MockHttpServer server, MockWalletServer mock, Duration readTimeout) {
      this.base = server.baseUrl();
      this.apiKey = mock.apiKey().reveal();
      this.readTimeout = readTimeout;
    }

    /** A control-plane request: no API key, no version header. */
    Answer control(String method, String path, @Nullable String json) throws IOException {
      return send(method, path, json, Map.of());
    }

    Answer get(String path) throws IOException {
      return send("GET", path, null, apiHeaders());
    }

    Answer post(String path, String json, String idempotencyKey) throws IOException {
      Map<String, String> headers = new LinkedHashMap<>(apiHeaders());
      headers.put("Idempotency-Key", idempotencyKey);
      return send("POST", path, json, headers);
    }

    private Map<String, String> apiHeaders() {
      return Map.of("Authorization", "Bearer " + apiKey, "Wallet-Api-Version", "2026-11-01");
    }

    private Answer send(
        String method, String path, @Nullable String json, Map<String, String> headers)
        throws IOException {
      HttpURLConnection connection =
          (HttpURLConnection) base.resolve(path).toURL().openConnection();
      try {
        connection.setConnectTimeout(2_000);
        connection.setReadTimeout((int) readTimeout.toMillis());
        connection.setUseCaches(false);
        connection.setRequestMethod(method);
        headers.forEach(connection::setRequestProperty);
        if (json != null) {
          byte[] body = json.getBytes(StandardCharsets.UTF_8);
          connection.setRequestProperty("Content-Type", "application/json");
          connection.setDoOutput(true);
          // streaming mode: HttpURLConnection never silently retries the request
          connection.setFixedLengthStreamingMode(body.length);
          try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
          }
        }
        int status = connection.getResponseCode();
        InputStream stream =
            status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        byte[] bytes = stream == null ? new byte[0] : readAll(stream);
        JsonNode body =
            bytes.length == 0 ? MockApi.JSON.createObjectNode() : MockApi.JSON.readTree(bytes);
        return new Answer(status, connection.getHeaderFields(), body);
      } finally {
        connection.disconnect();
      }
    }

    private static byte[] readAll(InputStream stream) throws IOException {
      try (stream) {
        return stream.readAllBytes();
      }
    }
  }

  @Test
  void serverListensOnLoopback(MockWalletServer mock) throws Exception {
    try (MockHttpServer server = mock.start(0)) {
      Answer health = new Curl(server, mock).control("GET", "/_mock/health", null);

      assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
      assertThat(server.port()).isPositive().isEqualTo(server.baseUrl().getPort());
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.text("/status")).isEqualTo("ok");
    }
  }

  @Test
  void curlWalkthroughWorksOverRealHttp(MockWalletServer mock) throws Exception {
    try (MockHttpServer server = mock.start(0)) {
      Curl curl = new Curl(server, mock);

      // 1. set up two wallets and fund one, through the control plane
      String alice =
          curl.control(
                  "POST", "/_mock/wallets", "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\"]}")
              .text("/id");
      String bob =
          curl.control(
                  "POST", "/_mock/wallets", "{\"displayName\":\"Bob\",\"currencies\":[\"EUR\"]}")
              .text("/id");
      Answer funded =
          curl.control(
              "POST",
              "/_mock/wallets/" + alice + "/fund",
              "{\"amount\":" + MockApi.money("200.00", "EUR") + "}");
      curl.control(
          "POST", "/_mock/fx/rates", "{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"1.10\"}");
      curl.control(
          "POST",
          "/_mock/fx/settings",
          "{\"spreadBasisPoints\":0,\"feeBasisPoints\":100,\"quoteTtlSeconds\":60}");

      // 2. quote 100.00 EUR into USD: principal 99.01, fee 0.99, buy round(108.911) = 108.91
      Answer quote =
          curl.post("/v1/quotes", Bodies.sellQuote(alice, "100.00", "EUR", "USD"), "walk-quote-1");

      // 3. transfer at the quote, then send the same request again
      String transfer = Bodies.transferAtQuote(alice, bob, quote.text("/id"));
      Answer sent = curl.post("/v1/transfers", transfer, "walk-transfer-1");
      Answer replayed = curl.post("/v1/transfers", transfer, "walk-transfer-1");

      // 4. a second quote expires when the clock moves past its 60 s
      Answer late =
          curl.post("/v1/quotes", Bodies.sellQuote(alice, "10.00", "EUR", "USD"), "walk-quote-2");
      Answer advanced = curl.control("POST", "/_mock/clock/advance", "{\"seconds\":61}");
      Answer expired =
          curl.post(
              "/v1/transfers",
              Bodies.transferAtQuote(alice, bob, late.text("/id")),
              "walk-transfer-2");
      Answer balances = curl.get("/v1/wallets/" + bob + "/balances");

      assertThat(funded.status()).isEqualTo(200);
      assertThat(quote.status()).isEqualTo(201);
      assertThat(quote.text("/buyAmount/amount")).isEqualTo("108.91");
      assertThat(quote.text("/fee/amount")).isEqualTo("0.99");
      assertThat(sent.status()).isEqualTo(201);
      assertThat(sent.text("/status")).isEqualTo("completed");
      assertThat(sent.header("Idempotent-Replayed")).isEmpty();
      assertThat(sent.header("Request-Id")).isPresent();
      assertThat(replayed.status()).isEqualTo(201);
      assertThat(replayed.header("Idempotent-Replayed")).contains("true");
      assertThat(replayed.body()).isEqualTo(sent.body());
      assertThat(replayed.header("Request-Id")).isEqualTo(sent.header("Request-Id"));
      assertThat(advanced.text("/now")).isEqualTo(mock.control().now().toString());
      assertThat(expired.status()).isEqualTo(409);
      assertThat(expired.text("/code")).isEqualTo("quote_expired");
      assertThat(expired.header("Content-Type")).contains("application/problem+json");
      assertThat(balances.text("/balances/1/currency")).isEqualTo("USD");
      assertThat(balances.text("/balances/1/total/amount")).isEqualTo("108.91");
      assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
          .isEqualTo(Money.of("100.00", "EUR"));
    }
  }

  @Test
  void apiProblemsTravelOverHttp(MockWalletServer mock) throws Exception {
    try (MockHttpServer server = mock.start(0)) {
      Curl curl = new Curl(server, mock);

      Answer noRoute = curl.get("/v1/nowhere");
      Answer noKey = curl.control("GET", "/v1/wallets", null);

      assertThat(noRoute.status()).isEqualTo(404);
      assertThat(noRoute.text("/code")).isEqualTo("route_not_found");
      assertThat(noKey.status()).isEqualTo(401);
      assertThat(noKey.text("/code")).isEqualTo("authentication_failed");
    }
  }

  @Test
  void resetFaultClosesTheConnectionWithoutAnswer(MockWalletServer mock) throws Exception {
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    WalletId bob = mock.control().openWallet("Bob", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("100.00", "EUR"));
    mock.control().injectFault(Fault.resetBeforeProcessing().on("POST", "/v1/transfers"));
    try (MockHttpServer server = mock.start(0)) {
      Curl curl = new Curl(server, mock);
      String body = Bodies.transfer(alice.value(), bob.value(), "10.00", "EUR");

      assertThatThrownBy(() -> curl.post("/v1/transfers", body, "reset-1"))
          .isInstanceOf(IOException.class)
          .isNotInstanceOf(SocketTimeoutException.class);

      assertThat(mock.control().balance(alice, CurrencyCode.EUR))
          .isEqualTo(Money.of("100.00", "EUR"));
      assertThat(curl.get("/v1/wallets").status()).isEqualTo(200);
    }
  }

  @Test
  void truncatedBodyFaultBreaksTheResponseAfterTheCommit(MockWalletServer mock) throws Exception {
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    WalletId bob = mock.control().openWallet("Bob", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("100.00", "EUR"));
    mock.control().injectFault(Fault.truncatedBody().on("POST", "/v1/transfers").times(1));
    try (MockHttpServer server = mock.start(0)) {
      Curl curl = new Curl(server, mock, Duration.ofMillis(500));
      String body = Bodies.transfer(alice.value(), bob.value(), "10.00", "EUR");

      assertThatThrownBy(() -> curl.post("/v1/transfers", body, "cut-1"))
          .isInstanceOf(IOException.class);

      assertThat(mock.control().balance(alice, CurrencyCode.EUR))
          .isEqualTo(Money.of("90.00", "EUR"));
      Answer retried = curl.post("/v1/transfers", body, "cut-1");
      assertThat(retried.status()).isEqualTo(201);
      assertThat(retried.header("Idempotent-Replayed")).contains("true");
    }
  }

  @Test
  void truncatedBodyFaultClosesTheConnectionAtOnce(MockWalletServer mock) throws Exception {
    mock.control().injectFault(Fault.truncatedBody().on("GET", "/v1/wallets").times(1));
    try (MockHttpServer server = mock.start(0)) {
      Curl curl = new Curl(server, mock, Duration.ofSeconds(3));

      assertThatThrownBy(() -> curl.get("/v1/wallets"))
          .isInstanceOf(IOException.class)
          .isNotInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void serverErrorFaultAnswers503(MockWalletServer mock) throws Exception {
    mock.control().injectFault(Fault.serverError(503).on("GET", "/v1/wallets"));
    try (MockHttpServer server = mock.start(0)) {
      Curl curl = new Curl(server, mock);

      Answer answer = curl.get("/v1/wallets");
      Answer health = curl.control("GET", "/_mock/health", null);

      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.text("/code")).isEqualTo("service_unavailable");
      assertThat(answer.header("Content-Type")).contains("application/problem+json");
      assertThat(health.status()).isEqualTo(200);
    }
  }

  @Test
  void rateLimitedFaultSendsRetryAfterOverHttp(MockWalletServer mock) throws Exception {
    mock.control().injectFault(Fault.rateLimited(Duration.ofSeconds(2)));
    try (MockHttpServer server = mock.start(0)) {
      Answer answer = new Curl(server, mock).get("/v1/wallets");

      assertThat(answer.status()).isEqualTo(429);
      assertThat(answer.header("Retry-After")).contains("2");
    }
  }
}
