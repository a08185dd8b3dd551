/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.support.ControllableExecutor;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An invalid per-call option fails with an {@link InvalidRequestException} naming it, when the
 * options are set, and nothing is sent; an idempotency key option that cannot apply to a call is
 * refused before the call is sent.
 */
class RequestOptionsValidationTest {
  private static final TransferId ID = TransferId.of("trf_1");
  private static final IdempotencyKey KEY = IdempotencyKey.of("order-4711");

  private final MockWebServer server = Servers.startLoopback();
  private final ControllableExecutor executor = new ControllableExecutor();
  private final WalletClient client =
      WalletClient.builder()
          .baseUrl(Servers.baseUrl(server))
          .apiKey(ApiKey.of("sk_test_validation"))
          .sleeper(duration -> {})
          .asyncExecutor(executor)
          .stepUpHandler(challenge -> Optional.of("123456"))
          .build();

  @AfterEach
  void stop() {
    assertThat(executor.pending()).isZero();
    client.close();
    server.close();
  }

  private void assertRefused(
      Consumer<WalletClient.Options> options, String field, String code, String message) {
    assertThatThrownBy(() -> client.withOptions(options))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code)))
        .hasMessage(message);
    assertThatThrownBy(() -> client.async().withOptions(options))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message);
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"User-Agent", "Accept", "Expect", "Upgrade", "TE", "Keep-Alive", "Trailer"})
  void headerTheClientOrTransportOwnsIsRefused(String name) {
    assertRefused(
        o -> o.header(name, "x"),
        "headers",
        "reserved_header",
        "header " + name + " is set by the client and cannot be a default header");
  }

  @Test
  void headerNameThatIsNotATokenIsRefused() {
    assertRefused(
        o -> o.header("X Trace", "x"),
        "headers",
        "invalid_header_name",
        "header name \"X Trace\" is not an HTTP token (RFC 9110 §5.1)");
  }

  @Test
  void headerNameWithALineBreakIsRefusedWithTheBreakEscaped() {
    assertRefused(
        o -> o.header("X-Trace\r\nX-Evil", "x"),
        "headers",
        "invalid_header_name",
        "header name \"X-Trace\\u000d\\u000aX-Evil\" is not an HTTP token (RFC 9110 §5.1)");
  }

  @Test
  void emptyHeaderNameIsRefused() {
    assertRefused(
        o -> o.header("", "x"),
        "headers",
        "invalid_header_name",
        "header name \"\" is not an HTTP token (RFC 9110 §5.1)");
  }

  @Test
  void missingHeaderNameIsRefused() {
    assertRefused(
        o -> o.header(null, "x"),
        "headers",
        "invalid_header_name",
        "header name null is not an HTTP token (RFC 9110 §5.1)");
  }

  @Test
  void missingHeaderValueIsRefused() {
    assertRefused(
        o -> o.header("X-Trace", null),
        "headers",
        "invalid_header_value",
        "value of header X-Trace is missing");
  }

  @Test
  void headerValueWithANonAsciiCharacterIsRefusedWithoutRepeatingIt() {
    assertRefused(
        o -> o.header("X-Trace", "café"),
        "headers",
        "invalid_header_value",
        "value of header X-Trace contains a non-ASCII character at index 3");
  }

  @Test
  void headerValueWithDeleteIsRefused() {
    assertRefused(
        o -> o.header("X-Trace", "a\u007f"),
        "headers",
        "invalid_header_value",
        "value of header X-Trace contains a control character at index 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {" abc", "abc ", "\tabc", "abc\t"})
  void headerValueWithLeadingOrTrailingWhitespaceIsRefused(String value) {
    assertRefused(
        o -> o.header("X-Trace", value),
        "headers",
        "invalid_header_value",
        "value of header X-Trace has leading or trailing whitespace");
  }

  @Test
  void headerValueOverTheLimitIsRefused() {
    assertRefused(
        o -> o.header("X-Trace", "a".repeat(4097)),
        "headers",
        "invalid_header_value",
        "value of header X-Trace is longer than 4096 characters");
  }

  @Test
  void headerValueAtTheLimitWithInnerSpacesAndTabsIsAccepted() {
    String value = "a \tb" + "c".repeat(4092);

    client.withOptions(o -> o.header("X-Trace", value));

    assertThat(value).hasSize(4096);
  }

  @Test
  void zeroTimeoutIsRefused() {
    assertRefused(
        o -> o.timeout(Duration.ZERO),
        "timeout",
        "out_of_range",
        "timeout must be positive but was PT0S");
  }

  @Test
  void negativeTimeoutIsRefused() {
    assertRefused(
        o -> o.timeout(Duration.ofSeconds(-1)),
        "timeout",
        "out_of_range",
        "timeout must be positive but was PT-1S");
  }

  @Test
  void missingTimeoutIsRefused() {
    assertRefused(
        o -> o.timeout(null), "timeout", "out_of_range", "timeout must be positive but was null");
  }

  @Test
  void idempotencyKeyOnAReadIsRefusedBeforeItIsSent() {
    WalletClient keyed = client.withOptions(o -> o.idempotencyKey(KEY));

    assertThatThrownBy(() -> keyed.transfers().get(ID))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.fieldErrors().get(0).code()).isEqualTo("not_applicable"))
        .hasMessage(
            "idempotencyKey option applies to writes only, but transfers.get is a GET; it was not"
                + " sent");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void idempotencyKeyOnAnAsyncReadIsRefusedAtOnceAndNothingIsScheduled() {
    AsyncWalletClient keyed = client.async().withOptions(o -> o.idempotencyKey(KEY));

    assertThatThrownBy(() -> keyed.transfers().get(ID))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "idempotencyKey option applies to writes only, but transfers.get is a GET; it was not"
                + " sent");
    assertThat(executor.pending()).isZero();
  }

  @Test
  void idempotencyKeyDifferentFromTheRequestsOwnIsRefused() {
    WalletClient keyed = client.withOptions(o -> o.idempotencyKey(KEY));

    assertThatThrownBy(
            () ->
                keyed
                    .transfers()
                    .create(
                        r ->
                            r.from(WalletId.of("wal_a"))
                                .to(WalletId.of("wal_b"))
                                .amount(Money.of("25.00", "EUR"))
                                .idempotencyKey(IdempotencyKey.of("other-2"))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.fieldErrors().get(0).code()).isEqualTo("conflict"))
        .hasMessage(
            "idempotencyKey option order-4711 differs from the request's idempotency key other-2"
                + " for transfers.create; it was not sent");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void idempotencyKeyEqualToTheRequestsOwnIsSent() {
    server.enqueue(json(201, WireJson.transfer("trf_1"), "req_1"));

    client
        .withOptions(o -> o.idempotencyKey(KEY))
        .transfers()
        .create(
            r ->
                r.from(WalletId.of("wal_a"))
                    .to(WalletId.of("wal_b"))
                    .amount(Money.of("25.00", "EUR"))
                    .idempotencyKey(KEY));

    assertThat(Servers.take(server).getHeaders().get("Idempotency-Key")).isEqualTo("order-4711");
  }

  @Test
  void stepUpConfirmationSentByTheHandlerGetsAKeyOfItsOwn() {
    server.enqueue(json(401, WireJson.stepUpProblem("chl_1"), "req_held"));
    server.enqueue(
        json(200, WireJson.challengeResult("chl_1", WireJson.transfer("trf_1")), "req_confirm"));

    client
        .withOptions(o -> o.idempotencyKey(KEY))
        .transfers()
        .create(
            r ->
                r.from(WalletId.of("wal_a"))
                    .to(WalletId.of("wal_b"))
                    .amount(Money.of("5000.00", "EUR")));

    assertThat(Servers.take(server).getHeaders().get("Idempotency-Key")).isEqualTo("order-4711");
    assertThat(Servers.take(server).getHeaders().get("Idempotency-Key"))
        .isNotEqualTo("order-4711")
        .isNotBlank();
  }
}
