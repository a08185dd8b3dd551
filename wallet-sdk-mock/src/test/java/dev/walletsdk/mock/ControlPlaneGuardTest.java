/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.HandWrittenHttp.Answer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The control plane over HTTP answers only requests a test harness or the mock's own console makes:
 * a loopback {@code Host}, no {@code Origin} but the {@code Host}'s own (the console's), JSON
 * bodies, and the control token when one is set. A web page could otherwise drive it through the
 * browser (cross-site requests, DNS rebinding).
 */
class ControlPlaneGuardTest {
  private static final String TOKEN = "s3cr3t-control-token-0123456789";
  private static final String FUND = "{\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"}}";

  private static MockWalletServer plainMock;
  private static MockHttpServer plain;
  private static MockWalletServer guardedMock;
  private static MockHttpServer guarded;

  private MockWalletServer mock;
  private WalletId alice;

  @BeforeAll
  static void startServers() {
    plainMock = MockWalletServer.builder().build();
    plain = plainMock.start(0);
    guardedMock = MockWalletServer.builder().controlToken(TOKEN).build();
    guarded = guardedMock.start(0);
  }

  @AfterAll
  static void stopServers() {
    for (MockWalletServer each : new MockWalletServer[] {plainMock, guardedMock}) {
      assertThat(each.ledger().audit().violations()).isEmpty();
    }
    plain.close();
    guarded.close();
    plainMock.close();
    guardedMock.close();
  }

  /** Picks the plain server, or the one with a control token, and opens a wallet on it. */
  private MockHttpServer start(boolean withToken) {
    mock = withToken ? guardedMock : plainMock;
    alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    return withToken ? guarded : plain;
  }

  private Answer fund(MockHttpServer server, Map<String, String> headers) {
    return HandWrittenHttp.send(
        server, "POST", "/_mock/wallets/" + alice.value() + "/fund", headers, FUND);
  }

  private static Map<String, String> headers(String... namesAndValues) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return headers;
  }

  private void assertNothingMoved() {
    assertThat(mock.control().balance(alice, CurrencyCode.EUR)).isEqualTo(Money.of("0", "EUR"));
  }

  @Test
  void pageOnAForeignHostCannotFundAWallet() {
    MockHttpServer http = start(false);

    Answer answer =
        fund(
            http,
            headers(
                "Host", "attacker.example:" + http.port(),
                "Origin", "http://attacker.example:" + http.port(),
                "Content-Type", "text/plain"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.text("/code")).isEqualTo("host_not_allowed");
    assertThat(answer.text("/detail"))
        .isEqualTo(
            "Host \"attacker.example:"
                + http.port()
                + "\" is not allowed: the mock answers only to localhost, 127.x.x.x or [::1]");
    assertNothingMoved();
  }

  @Test
  void apiRequestWithAForeignHostIsRefusedBeforeItsKeyIsChecked() {
    MockHttpServer http = start(false);

    Answer answer =
        HandWrittenHttp.send(
            http,
            "GET",
            "/v1/wallets/" + alice.value(),
            headers(
                "Host", "rebound.example:" + http.port(),
                "Authorization", "Bearer " + mock.apiKey().reveal(),
                "Wallet-Api-Version", "2026-11-01"),
            null);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.text("/code")).isEqualTo("host_not_allowed");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"localhost", "LOCALHOST:9000", "127.0.0.1", "127.1.2.3:1", "[::1]", "[::1]:8080"})
  void loopbackHostWithAnyPortOrNoneIsServed(String name) {
    MockHttpServer http = start(false);

    Answer answer = fund(http, headers("Host", name, "Content-Type", "application/json"));

    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    assertThat(mock.control().balance(alice, CurrencyCode.EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.256:PORT",
        "128.0.0.1:PORT",
        "localhost.attacker.example:PORT",
        "[::2]:PORT"
      })
  void hostThatIsNotThisServersLoopbackAddressIsRefused(String host) {
    MockHttpServer http = start(false);
    Map<String, String> headers = headers("Content-Type", "application/json");
    headers.put("Host", host.replace("PORT", Integer.toString(http.port())));

    Answer answer = fund(http, headers);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.text("/code")).isEqualTo("host_not_allowed");
    assertNothingMoved();
  }

  @Test
  void requestWithoutHostIsRefusedBeforeTheControlPlane() {
    MockHttpServer http = start(false);

    Answer answer = fund(http, headers("Content-Type", "application/json"));

    // HTTP/1.1 requires Host (RFC 9112 §3.2): the server refuses the request as malformed.
    assertThat(answer.status()).isEqualTo(400);
    assertNothingMoved();
  }

  @Test
  void originOfAnotherPageIsRefusedEvenALoopbackOne() {
    MockHttpServer http = start(false);

    Answer answer =
        fund(
            http,
            headers(
                "Host", HandWrittenHttp.host(http),
                "Origin", "http://localhost:3000",
                "Content-Type", "application/json"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.text("/code")).isEqualTo("origin_not_allowed");
    assertThat(answer.text("/detail"))
        .isEqualTo(
            "the control plane refuses requests from other pages than its own console (an Origin"
                + " other than the Host's), here \"http://localhost:3000\"");
    assertNothingMoved();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:PORT/", "null", "http://127.0.0.1:PORT.evil"})
  void originThatIsNotExactlyTheHostsIsRefused(String origin) {
    MockHttpServer http = start(false);

    Answer answer =
        fund(
            http,
            headers(
                "Host", HandWrittenHttp.host(http),
                "Origin", origin.replace("PORT", Integer.toString(http.port())),
                "Content-Type", "application/json"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.text("/code")).isEqualTo("origin_not_allowed");
    assertNothingMoved();
  }

  @Test
  void consoleOfTheMockItselfMayUseTheControlPlaneWithTheToken() {
    MockHttpServer http = start(true);

    Answer answer =
        fund(
            http,
            headers(
                "Host",
                HandWrittenHttp.host(http),
                "Origin",
                "http://" + HandWrittenHttp.host(http),
                "Content-Type",
                "application/json",
                "Mock-Control-Token",
                TOKEN));

    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    assertThat(mock.control().balance(alice, CurrencyCode.EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void consoleOfTheMockItselfStillNeedsTheToken() {
    MockHttpServer http = start(true);

    Answer answer =
        fund(
            http,
            headers(
                "Host",
                HandWrittenHttp.host(http),
                "Origin",
                "http://" + HandWrittenHttp.host(http),
                "Content-Type",
                "application/json"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.text("/code")).isEqualTo("control_token_required");
    assertNothingMoved();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"})
  void bodyThatIsNotJsonIsRefusedWith415(String type) {
    MockHttpServer http = start(false);

    Answer answer = fund(http, headers("Host", HandWrittenHttp.host(http), "Content-Type", type));

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.text("/code")).isEqualTo("unsupported_media_type");
    assertThat(answer.text("/detail"))
        .isEqualTo("a control-plane body must be application/json, not \"" + type + "\"");
    assertNothingMoved();
  }

  @Test
  void bodyWithoutAContentTypeIsRefusedWith415() {
    MockHttpServer http = start(false);

    Answer answer = fund(http, headers("Host", HandWrittenHttp.host(http)));

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.text("/detail"))
        .isEqualTo("a control-plane body must be application/json, not without a Content-Type");
    assertNothingMoved();
  }

  @Test
  void jsonWithACharsetIsServed() {
    MockHttpServer http = start(false);

    Answer answer =
        fund(
            http,
            headers(
                "Host",
                HandWrittenHttp.host(http),
                "Content-Type",
                "application/json; charset=utf-8"));

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void controlTokenWhenSetIsRequired() {
    MockHttpServer http = start(true);

    Answer answer =
        fund(http, headers("Host", HandWrittenHttp.host(http), "Content-Type", "application/json"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.text("/code")).isEqualTo("control_token_required");
    assertThat(answer.text("/detail"))
        .isEqualTo("this mock's control plane needs the Mock-Control-Token header");
    assertNothingMoved();
  }

  @Test
  void wrongControlTokenIsRefusedWithoutEchoingIt() {
    MockHttpServer http = start(true);

    Answer answer =
        fund(
            http,
            headers(
                "Host",
                HandWrittenHttp.host(http),
                "Content-Type",
                "application/json",
                "Mock-Control-Token",
                TOKEN + "x"));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.text("/code")).isEqualTo("control_token_invalid");
    assertThat(answer.body().toString()).doesNotContain(TOKEN);
    assertNothingMoved();
  }

  @Test
  void rightControlTokenIsServed() {
    MockHttpServer http = start(true);

    Answer answer =
        fund(
            http,
            headers(
                "Host",
                HandWrittenHttp.host(http),
                "Content-Type",
                "application/json",
                "Mock-Control-Token",
                TOKEN));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(mock.control().balance(alice, CurrencyCode.EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void apiRoutesDoNotNeedTheControlToken() {
    MockHttpServer http = start(true);

    Answer answer =
        HandWrittenHttp.send(
            http,
            "GET",
            "/v1/wallets/" + alice.value(),
            headers(
                "Host",
                HandWrittenHttp.host(http),
                "Authorization",
                "Bearer " + mock.apiKey().reveal(),
                "Wallet-Api-Version",
                "2026-11-01"),
            null);

    assertThat(answer.status()).isEqualTo(200);
  }
}
