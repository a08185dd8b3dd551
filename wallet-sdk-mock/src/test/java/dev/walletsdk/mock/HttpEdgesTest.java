/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP/1.1 edges over raw loopback sockets: legal but unusual header bytes, repeated single-value
 * headers, framing errors and 405. Each gets an answer, refusals are problem documents, and nothing
 * moves.
 */
@ExtendWith(MockWalletExtension.class)
class HttpEdgesTest {
  private MockWalletServer mock;
  private MockHttpServer server;
  private RawHttp raw;
  private WalletId alice;
  private WalletId bob;
  private Books before;

  @BeforeEach
  void setUp(MockWalletServer mock) {
    this.mock = mock;
    alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    bob = mock.control().openWallet("Bob", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("100.00", "EUR"));
    before = Books.of(mock, alice, bob);
    server = mock.start(0);
    raw = new RawHttp(server);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  @Test
  void obsTextInAnOrdinaryHeaderIsServed() throws Exception {
    // "5€" in UTF-8 is 0x35 0xE2 0x82 0xAC: obs-text, legal in a field value (RFC 9110 5.5)
    RawHttp.Answer answer =
        raw.send(
            RawHttp.apiGet(
                mock, "/v1/wallets/" + alice + "/balances", "X-Note: 5\u00e2\u0082\u00ac"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().at("/balances/0/available/amount").asText()).isEqualTo("100.00");
    assertNothingMoved();
  }

  @Test
  void latin1ObsTextInAnOrdinaryHeaderIsServed() throws Exception {
    RawHttp.Answer answer =
        raw.send(
            RawHttp.apiGet(
                mock, "/v1/wallets/" + alice + "/balances", "X-Note: caf\u00e9 \u0085\u00ff"));

    assertThat(answer.status()).isEqualTo(200);
    assertNothingMoved();
  }

  @Test
  void controlCharacterInAHeaderValueIsAnswered400Problem() throws Exception {
    RawHttp.Answer answer =
        raw.send(RawHttp.apiGet(mock, "/v1/wallets/" + alice + "/balances", "X-Note: a\u0001b"));

    assertProblem(answer, 400, "malformed_request");
    assertNothingMoved();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Idempotency-Key", "Authorization", "Content-Type", "Wallet-Api-Version"})
  void repeatedSingleValueHeaderIsAnswered400NamingIt(String header) throws Exception {
    String second =
        switch (header) {
          case "Idempotency-Key" -> "Idempotency-Key: dup-2";
          case "Authorization" -> "Authorization: Bearer " + mock.apiKey().reveal();
          case "Content-Type" -> "Content-Type: application/json";
          default -> "Wallet-Api-Version: 2026-11-01";
        };
    RawHttp.Answer answer = raw.send(transfer(List.of(second), "Content-Length"));

    assertProblem(answer, 400, "invalid_request");
    assertThat(answer.json().get("detail").asText())
        .isEqualTo("the " + header + " header appears 2 times; it must appear once");
    assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("header:" + header);
    assertThat(answer.json().at("/errors/0/code").asText()).isEqualTo("duplicate");
    assertNothingMoved();
  }

  @Test
  void conflictingContentLengthsAreAnswered400Problem() throws Exception {
    RawHttp.Answer answer = raw.send(transfer(List.of("Content-Length: 3"), "Content-Length"));

    assertProblem(answer, 400, "malformed_request");
    assertNothingMoved();
  }

  @Test
  void nonNumericContentLengthIsAnswered400Problem() throws Exception {
    RawHttp.Answer answer = raw.send(transfer(List.of("Content-Length: ten"), "none"));

    assertProblem(answer, 400, "malformed_request");
    assertNothingMoved();
  }

  @Test
  void badChunkedEncodingIsAnswered400Problem() throws Exception {
    String request =
        "POST /v1/transfers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + mock.apiKey().reveal()
            + "\r\nWallet-Api-Version: 2026-11-01\r\nIdempotency-Key: chunk-1\r\n"
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "zz\r\n{}\r\n0\r\n\r\n";

    RawHttp.Answer answer = raw.send(request);

    assertProblem(answer, 400, "malformed_request");
    assertNothingMoved();
  }

  @Test
  void methodNotAllowedNamesTheAllowedMethods() throws Exception {
    RawHttp.Answer answer =
        raw.send(RawHttp.apiGet(mock, "/v1/wallets").replaceFirst("GET", "DELETE"));

    assertProblem(answer, 405, "method_not_allowed");
    assertThat(answer.header("Allow")).contains("POST, GET");
    assertNothingMoved();
  }

  @Test
  void methodNotAllowedOnAControlRouteNamesTheAllowedMethods() throws Exception {
    RawHttp.Answer answer =
        raw.send(
            "GET /_mock/wallets/"
                + alice
                + "/fund HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    assertProblem(answer, 405, "method_not_allowed");
    assertThat(answer.header("Allow")).contains("POST");
    assertNothingMoved();
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTP/2.0", "HTTP/3.0", "HTTP/1.2"})
  void aRequestInAnotherHttpVersionIsAnswered505Problem(String version) throws Exception {
    RawHttp.Answer answer =
        raw.send(
            RawHttp.apiGet(mock, "/v1/wallets/" + alice + "/balances")
                .replaceFirst("HTTP/1.1", version));

    assertProblem(answer, 505, "http_version_not_supported");
    assertNothingMoved();
  }

  /** A transfer of 10.00 EUR from Alice to Bob with extra header lines. */
  private String transfer(List<String> extra, String lengthHeader) {
    String body = Bodies.transfer(alice.value(), bob.value(), "10.00", "EUR");
    StringBuilder request =
        new StringBuilder("POST /v1/transfers HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            .append("Authorization: Bearer ")
            .append(mock.apiKey().reveal())
            .append("\r\nWallet-Api-Version: 2026-11-01\r\nIdempotency-Key: dup-1\r\n")
            .append("Content-Type: application/json\r\nConnection: close\r\n");
    if (lengthHeader.equals("Content-Length")) {
      request.append("Content-Length: ").append(body.length()).append("\r\n");
    }
    extra.forEach(line -> request.append(line).append("\r\n"));
    return request.append("\r\n").append(body).toString();
  }

  private static void assertProblem(RawHttp.Answer answer, int status, String code) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).contains("application/problem+json");
    assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    assertThat(answer.json().get("code").asText()).isEqualTo(code);
    assertThat(answer.json().get("type").asText())
        .isEqualTo("https://walletsdk.dev/problems/" + code);
    assertThat(answer.json().get("title").asText()).isNotBlank();
    assertThat(answer.json().get("detail").asText()).isNotBlank();
  }

  private void assertNothingMoved() throws IOException {
    RawHttp.Answer answer = raw.send(RawHttp.apiGet(mock, "/v1/wallets/" + alice + "/balances"));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(Books.of(mock, alice, bob)).isEqualTo(before);
  }
}
