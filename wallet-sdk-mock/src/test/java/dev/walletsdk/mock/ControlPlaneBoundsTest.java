/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.TransportRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extreme values for every control-plane input: each is refused with a 400 naming the field, and
 * nothing moves — no journal entry, no command logged, the ledger audits clean, the clock and the
 * faults are as before, and the mock still answers.
 */
class ControlPlaneBoundsTest {
  private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
  private static MockWalletServer mock;
  private static String wallet;

  @BeforeAll
  static void start() {
    mock = MockWalletServer.builder().startAt(START).build();
    wallet = mock.control().openWallet("Alice", CurrencyCode.EUR).value();
    mock.control().fund(WalletId.of(wallet), Money.of("100.00", "EUR"));
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  private static Reply control(String path, String json) {
    return new MockApi(mock)
        .send(
            TransportRequest.builder()
                .method("POST")
                .uri(URI.create("http://localhost" + path))
                .header("Content-Type", "application/json")
                .body(json.getBytes(StandardCharsets.UTF_8))
                .build());
  }

  static Stream<Arguments> extremes() {
    String fund = "/_mock/wallets/{W}/fund";
    String longName = "n".repeat(101);
    return Stream.of(
        Arguments.of(
            "/_mock/clock/advance",
            "{\"seconds\":\"abc\"}",
            "clock.advance needs seconds as a whole number of zero or more"),
        Arguments.of(
            "/_mock/clock/advance",
            "{\"seconds\":1.5}",
            "clock.advance needs seconds as a whole number of zero or more"),
        Arguments.of(
            "/_mock/clock/advance",
            "{\"seconds\":9223372036854775807}",
            "clock.advance seconds is beyond the clock's range"),
        Arguments.of(
            "/_mock/clock/advance",
            "{\"millis\":9223372036854775807}",
            "the clock cannot go past 2100-01-01T00:00:00Z (now 2026-11-23T10:00:00Z, advance by"
                + " PT2562047788015H12M55.807S)"),
        Arguments.of(
            "/_mock/clock",
            "{\"at\":\"+1000000000-01-01T00:00:00Z\"}",
            "the clock must stay from 2000-01-01T00:00:00Z to 2100-01-01T00:00:00Z, not"
                + " +1000000000-01-01T00:00:00Z"),
        Arguments.of(
            "/_mock/clock",
            "{\"at\":\"2100-01-01T00:00:00.001Z\"}",
            "the clock must stay from 2000-01-01T00:00:00Z to 2100-01-01T00:00:00Z, not"
                + " 2100-01-01T00:00:00.001Z"),
        Arguments.of(
            "/_mock/fx/rates",
            "{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"1e999999999\"}",
            "fx.rate needs rate as a plain decimal string with at most 10 integer digits and 12"
                + " decimals"),
        Arguments.of(
            "/_mock/fx/rates",
            "{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"0.0000000000001\"}",
            "fx.rate needs rate as a plain decimal string with at most 10 integer digits and 12"
                + " decimals"),
        Arguments.of(
            "/_mock/fx/rates",
            "{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"1000000000.5\"}",
            "fx.rate rate must be at most 1000000000"),
        Arguments.of(
            "/_mock/fx/rates",
            "{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"1234567.1234567\"}",
            "fx.rate rate must have at most 12 significant digits and 12 decimals"),
        Arguments.of(
            "/_mock/fx/rates",
            "{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":1.5}",
            "fx.rate needs rate as a non-empty string"),
        Arguments.of(
            "/_mock/fx/settings",
            "{\"spreadBasisPoints\":\"10\"}",
            "fx.settings needs spreadBasisPoints as a whole number of zero or more"),
        Arguments.of(
            "/_mock/fx/settings",
            "{\"spreadBasisPoints\":10,\"feeBasisPoints\":10001}",
            "fx.settings needs feeBasisPoints between 0 and 10000"),
        Arguments.of(
            "/_mock/fx/settings",
            "{\"quoteTtlSeconds\":86401}",
            "fx.settings needs quoteTtlSeconds as a whole number from 1 to 86400"),
        Arguments.of(
            fund,
            "{\"amount\":{\"amount\":\"1000000000000.00\",\"currency\":\"EUR\"}}",
            "wallet.fund amount: must have at most 12 integer digits"),
        Arguments.of(
            fund,
            "{\"amount\":{\"amount\":\"1e3\",\"currency\":\"EUR\"}}",
            "wallet.fund amount: amount \"1e3\" is not a decimal number such as \"12.34\""),
        Arguments.of(
            "/_mock/wallets/{W}/limits",
            "{\"currency\":\"EUR\",\"perTransaction\":\"9999999999999\"}",
            "wallet.limits perTransaction: must have at most 12 integer digits"),
        Arguments.of(
            "/_mock/wallets/{W}/step-up",
            "{\"currency\":\"EUR\",\"threshold\":\"9999999999999\"}",
            "wallet.stepUp threshold: must have at most 12 integer digits"),
        Arguments.of(
            "/_mock/kyc/limits",
            "{\"level\":\"basic\",\"currency\":\"EUR\",\"rolling24h\":\"9999999999999\"}",
            "kyc.limits rolling24h: must have at most 12 integer digits"),
        Arguments.of(
            "/_mock/rewards/redemption-rates",
            "{\"currency\":\"EUR\",\"points\":1000000000001,"
                + "\"value\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}",
            "rewards.redemptionRate needs points as a whole number from 1 to 1000000000000"),
        Arguments.of(
            "/_mock/rewards/earn-rules",
            "{\"currency\":\"EUR\",\"pointsPerUnit\":\"5\"}",
            "rewards.earnRule needs pointsPerUnit as a whole number of zero or more"),
        Arguments.of(
            "/_mock/rate-limit",
            "{\"perSecond\":\"5\"}",
            "rateLimit.set needs perSecond as a whole number of zero or more"),
        Arguments.of(
            "/_mock/partners",
            "{\"name\":\"" + longName + "\"}",
            "partner.create needs name as 1 to 100 characters without control characters"),
        Arguments.of(
            "/_mock/wallets",
            "{\"displayName\":\"" + longName + "\",\"currencies\":[\"EUR\"]}",
            "wallet.open needs displayName as 1 to 100 characters without control characters"),
        Arguments.of(
            "/_mock/wallets",
            "{\"displayName\":\"Bob\",\"currencies\":[\"EUR\"],\"reference\":\""
                + "r".repeat(65)
                + "\"}",
            "wallet.open needs reference as 1 to 64 characters without control characters"),
        Arguments.of(
            "/_mock/merchants",
            "{\"name\":\"Shop\\u0007\"}",
            "merchant.register needs name as 1 to 100 characters without control characters"),
        Arguments.of(
            "/_mock/billers",
            "{\"name\":\"Gas\",\"category\":\"utilities\",\"customerReferenceFormat\":\"digits\","
                + "\"customerReferencePattern\":\""
                + "[0-9]".repeat(41)
                + "\",\"currencies\":[\"EUR\"]}",
            "biller.register needs customerReferencePattern as 1 to 200 characters without control"
                + " characters"),
        Arguments.of(
            "/_mock/faults",
            "{\"kind\":\"delay\",\"delayMillis\":\"abc\"}",
            "delayMillis must be a whole JSON number"),
        Arguments.of(
            "/_mock/faults",
            "{\"kind\":\"delay\",\"delayMillis\":600001}",
            "delay must be from 0 to 600000 ms but was 600001"),
        Arguments.of(
            "/_mock/faults",
            "{\"kind\":\"rate_limited\",\"retryAfterSeconds\":3601}",
            "retryAfter must be from 0 to 3600 s but was 3601"),
        Arguments.of(
            "/_mock/faults",
            "{\"kind\":\"server_error\",\"status\":\"503\"}",
            "status must be a whole JSON number"),
        Arguments.of(
            "/_mock/faults",
            "{\"kind\":\"server_error\",\"probability\":\"0.5\"}",
            "probability must be a JSON number"),
        Arguments.of(
            "/_mock/faults",
            "{\"kind\":\"server_error\",\"probability\":1.5}",
            "probability must be in (0, 1] but was 1.5"),
        Arguments.of(
            "/_mock/faults",
            "{\"kind\":\"server_error\",\"times\":2000000}",
            "times must be from 1 to 1000000 but was 2000000"),
        Arguments.of(
            "/_mock/faults",
            "{\"kind\":\"server_error\",\"path\":\"/*a*b*c*d*\"}",
            "pathPattern must start with / or *, be at most 200 visible characters and have at"
                + " most 4 *"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("extremes")
  void extremeValueIsRefusedNamingItsFieldAndMovesNothing(String path, String body, String detail) {
    MockSnapshot before = mock.control().snapshot();
    int journal = mock.ledger().journalSize();
    Instant now = mock.control().now();

    Reply reply = control(path.replace("{W}", wallet), body);

    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("invalid_control_request");
    assertThat(reply.text("/detail")).isEqualTo(detail);
    assertThat(mock.control().snapshot()).isEqualTo(before);
    assertThat(mock.ledger().journalSize()).isEqualTo(journal);
    assertThat(mock.control().now()).isEqualTo(now);
    assertThat(mock.control().faults()).isEmpty();
    assertThat(mock.ledger().audit().violations()).isEmpty();
    assertThat(new MockApi(mock).get("/_mock/health").status()).isEqualTo(200);
  }

  @Test
  void javaApiRefusesTheSameValuesNamingThem() {
    MockSnapshot before = mock.control().snapshot();

    assertThatThrownBy(
            () ->
                mock.control()
                    .setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1e999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate 1E+999999999 must be at most 1000000000");
    assertThatThrownBy(() -> mock.control().advanceClock(Duration.ofDays(365L * 200)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the clock cannot go past 2100-01-01T00:00:00Z (advance by PT1752000H)");
    assertThatThrownBy(() -> mock.control().setClock(Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the clock must stay from 2000-01-01T00:00:00Z to 2100-01-01T00:00:00Z, not "
                + Instant.MAX);
    assertThatThrownBy(() -> Fault.delay(Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delay must be from 0 to 600000 ms but was 86400000");
    assertThatThrownBy(
            () -> MockWalletServer.builder().startAt(Instant.parse("1999-12-31T23:59:59Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the clock must stay from 2000-01-01T00:00:00Z to 2100-01-01T00:00:00Z, not"
                + " 1999-12-31T23:59:59Z");
    assertThat(mock.control().snapshot()).isEqualTo(before);
  }

  @Test
  void catastrophicReferencePatternGivesUpQuicklyAndRefusesTheReference() {
    String biller =
        mock.control()
            .registerBiller("Slow Gas", "utilities", "(a+)+b", "a's then b", CurrencyCode.EUR)
            .value();
    String body =
        "{\"walletId\":\""
            + wallet
            + "\",\"billerId\":\""
            + biller
            + "\",\"customerReference\":\""
            + "a".repeat(34)
            + "!\",\"amount\":"
            + MockApi.money("1.00", "EUR")
            + "}";

    Reply bill =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> new MockApi(mock).post("/v1/bill-payments", body));

    assertThat(bill.status()).isEqualTo(400);
    assertThat(bill.text("/errors/0/code")).isEqualTo("invalid_customer_reference");
    assertThat(mock.control().balance(WalletId.of(wallet), CurrencyCode.EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
    assertThat(new MockApi(mock).get("/_mock/health").status()).isEqualTo(200);
  }
}
