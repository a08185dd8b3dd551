/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad request gets the documented 4xx problem, never a 5xx, and changes nothing: the
 * ledger journal and the wallet list are the same before and after.
 */
@ExtendWith(MockWalletExtension.class)
class BadRequestTableTest {
  private static final String TRANSFER_A_TO_B =
      "{\"sourceWalletId\":\"{A}\",\"destinationWalletId\":\"{B}\",\"amount\":";
  private static final String WRONG_TYPE = "a member has the wrong JSON type; see errors";

  /** What the row does to the otherwise well-formed headers of the request. */
  enum Tweak {
    NONE,
    NO_IDEMPOTENCY_KEY,
    LONG_IDEMPOTENCY_KEY,
    NO_API_VERSION,
    TEXT_PLAIN
  }

  /**
   * One bad request and its expected answer. {@code {A}} and {@code {B}} in the path and body stand
   * for two funded EUR wallets of the caller.
   */
  record Row(
      String name,
      String method,
      String path,
      @Nullable String body,
      Tweak tweak,
      int status,
      String code,
      @Nullable String field,
      @Nullable String fieldCode,
      @Nullable String detail) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Row row(
      String name,
      String method,
      String path,
      @Nullable String body,
      int status,
      String code,
      @Nullable String field,
      @Nullable String fieldCode,
      @Nullable String detail) {
    return new Row(name, method, path, body, Tweak.NONE, status, code, field, fieldCode, detail);
  }

  private static Row invalid(
      String name,
      String method,
      String path,
      @Nullable String body,
      Tweak tweak,
      String field,
      String code,
      @Nullable String message) {
    return new Row(
        name,
        method,
        path,
        body,
        tweak,
        400,
        "invalid_request",
        field,
        code,
        message == null ? null : field + ": " + message);
  }

  private static String transferOf(String amountJson) {
    return TRANSFER_A_TO_B + amountJson + "}";
  }

  private static String transferAmount(String amount, String currency) {
    return transferOf(MockApi.money(amount, currency));
  }

  static Stream<Row> rows() {
    String wallet = "{\"displayName\":\"Carol\",\"currencies\":[\"EUR\"]}";
    return Stream.of(
        row(
            "malformed JSON",
            "POST",
            "/v1/wallets",
            "{\"displayName\":",
            400,
            "malformed_request",
            null,
            null,
            null),
        row(
            "JSON array body",
            "POST",
            "/v1/wallets",
            "[" + wallet + "]",
            400,
            "malformed_request",
            null,
            null,
            "the body must be a JSON object"),
        row(
            "empty body",
            "POST",
            "/v1/wallets",
            "",
            400,
            "malformed_request",
            null,
            null,
            "the body is empty"),
        invalid(
            "unknown member",
            "POST",
            "/v1/wallets",
            "{\"displayName\":\"Carol\",\"currencies\":[\"EUR\"],\"colour\":\"red\"}",
            Tweak.NONE,
            "/colour",
            "unknown_field",
            "is not a member of this request"),
        invalid(
            "unknown member inside money",
            "POST",
            "/v1/transfers",
            transferOf("{\"amount\":\"1.00\",\"currency\":\"EUR\",\"rate\":\"1\"}"),
            Tweak.NONE,
            "/amount/rate",
            "unknown_field",
            "is not a member of this request"),
        new Row(
            "number for the money member",
            "POST",
            "/v1/transfers",
            transferOf("12"),
            Tweak.NONE,
            400,
            "malformed_request",
            "/amount",
            "invalid_type",
            WRONG_TYPE),
        new Row(
            "amount as a JSON number instead of a string",
            "POST",
            "/v1/transfers",
            transferOf("{\"amount\":12.50,\"currency\":\"EUR\"}"),
            Tweak.NONE,
            400,
            "malformed_request",
            "/amount/amount",
            "invalid_type",
            WRONG_TYPE),
        new Row(
            "object for displayName",
            "POST",
            "/v1/wallets",
            "{\"displayName\":{\"first\":\"Carol\"},\"currencies\":[\"EUR\"]}",
            Tweak.NONE,
            400,
            "malformed_request",
            "/displayName",
            "invalid_type",
            WRONG_TYPE),
        new Row(
            "number in the currency list",
            "POST",
            "/v1/wallets",
            "{\"displayName\":\"Carol\",\"currencies\":[\"EUR\",978]}",
            Tweak.NONE,
            400,
            "malformed_request",
            "/currencies/1",
            "invalid_type",
            WRONG_TYPE),
        invalid(
            "unknown currency in the currency list",
            "POST",
            "/v1/wallets",
            "{\"displayName\":\"Carol\",\"currencies\":[\"EUR\",\"XYZ\"]}",
            Tweak.NONE,
            "/currencies/1",
            "unknown_currency",
            "\"XYZ\" is not a known currency"),
        invalid(
            "unknown currency",
            "POST",
            "/v1/transfers",
            transferAmount("1.00", "XYZ"),
            Tweak.NONE,
            "/amount/currency",
            "unknown_currency",
            "\"XYZ\" is not a known currency"),
        invalid(
            "three decimals in EUR",
            "POST",
            "/v1/transfers",
            transferAmount("1.234", "EUR"),
            Tweak.NONE,
            "/amount/amount",
            "too_many_decimals",
            "has 3 decimals but EUR allows at most 2"),
        invalid(
            "trailing zero decimals in EUR",
            "POST",
            "/v1/transfers",
            transferAmount("1.230", "EUR"),
            Tweak.NONE,
            "/amount/amount",
            "too_many_decimals",
            "has 3 decimals but EUR allows at most 2"),
        invalid(
            "a decimal in JPY",
            "POST",
            "/v1/transfers",
            transferAmount("10.0", "JPY"),
            Tweak.NONE,
            "/amount/amount",
            "too_many_decimals",
            "has 1 decimals but JPY allows at most 0"),
        invalid(
            "negative amount",
            "POST",
            "/v1/transfers",
            transferAmount("-5.00", "EUR"),
            Tweak.NONE,
            "/amount/amount",
            "negative_amount",
            "must not be negative"),
        invalid(
            "zero amount",
            "POST",
            "/v1/transfers",
            transferAmount("0.00", "EUR"),
            Tweak.NONE,
            "/amount/amount",
            "zero_amount",
            "must be greater than zero"),
        invalid(
            "sixteen integer digits",
            "POST",
            "/v1/transfers",
            transferAmount("1234567890123456", "EUR"),
            Tweak.NONE,
            "/amount/amount",
            "amount_too_large",
            "must have at most 12 integer digits"),
        invalid(
            "thirteen integer digits, beyond the mock's bound",
            "POST",
            "/v1/transfers",
            transferAmount("1000000000000.00", "EUR"),
            Tweak.NONE,
            "/amount/amount",
            "amount_too_large",
            "must have at most 12 integer digits"),
        invalid(
            "exponent notation",
            "POST",
            "/v1/transfers",
            transferAmount("1e3", "EUR"),
            Tweak.NONE,
            "/amount/amount",
            "invalid_amount",
            "must be a plain decimal string such as \"12.34\""),
        invalid(
            "leading zero",
            "POST",
            "/v1/transfers",
            transferAmount("01.00", "EUR"),
            Tweak.NONE,
            "/amount/amount",
            "invalid_amount",
            "must be a plain decimal string such as \"12.34\""),
        invalid(
            "missing displayName",
            "POST",
            "/v1/wallets",
            "{\"currencies\":[\"EUR\"]}",
            Tweak.NONE,
            "/displayName",
            "required",
            "is required"),
        invalid(
            "missing currency of money",
            "POST",
            "/v1/transfers",
            transferOf("{\"amount\":\"1.00\"}"),
            Tweak.NONE,
            "/amount/currency",
            "required",
            "is required"),
        row(
            "empty transfer lists every missing member",
            "POST",
            "/v1/transfers",
            "{}",
            400,
            "invalid_request",
            "/sourceWalletId",
            "required",
            "3 fields are invalid; see errors"),
        invalid(
            "invalid wallet id in the body",
            "POST",
            "/v1/transfers",
            "{\"sourceWalletId\":\"wal_x-y\",\"destinationWalletId\":\"{B}\",\"amount\":"
                + MockApi.money("1.00", "EUR")
                + "}",
            Tweak.NONE,
            "/sourceWalletId",
            "invalid_id",
            "must be \"wal_\" followed by 1 to 64 letters or digits"),
        invalid(
            "invalid wallet id in the path",
            "GET",
            "/v1/wallets/wal_x-y",
            null,
            Tweak.NONE,
            "path:walletId",
            "invalid_id",
            "must be \"wal_\" followed by 1 to 64 letters or digits"),
        invalid(
            "id of another type",
            "POST",
            "/v1/transfers",
            "{\"sourceWalletId\":\"{A}\",\"destinationWalletId\":\"{B}\",\"quoteId\":\"pay_abc\"}",
            Tweak.NONE,
            "/quoteId",
            "invalid_id",
            "must be \"quo_\" followed by 1 to 64 letters or digits"),
        invalid(
            "both amount and quoteId",
            "POST",
            "/v1/transfers",
            "{\"sourceWalletId\":\"{A}\",\"destinationWalletId\":\"{B}\",\"amount\":"
                + MockApi.money("1.00", "EUR")
                + ",\"quoteId\":\"quo_abc\"}",
            Tweak.NONE,
            "/quoteId",
            "mutually_exclusive",
            "must not be combined with amount"),
        invalid(
            "neither amount nor quoteId",
            "POST",
            "/v1/transfers",
            "{\"sourceWalletId\":\"{A}\",\"destinationWalletId\":\"{B}\"}",
            Tweak.NONE,
            "/amount",
            "required",
            "exactly one of amount and quoteId is required"),
        invalid(
            "both destinations",
            "POST",
            "/v1/transfers",
            "{\"sourceWalletId\":\"{A}\",\"destinationWalletId\":\"{B}\",\"destinationAccount\":"
                + "{\"holderName\":\"Bob\",\"accountNumber\":\"GB29NWBK60161331926819\"},\"amount\":"
                + MockApi.money("1.00", "EUR")
                + "}",
            Tweak.NONE,
            "/destinationAccount",
            "mutually_exclusive",
            "must not be combined with destinationWalletId"),
        invalid(
            "lower-case account number",
            "POST",
            "/v1/transfers",
            "{\"sourceWalletId\":\"{A}\",\"destinationAccount\":"
                + "{\"holderName\":\"Bob\",\"accountNumber\":\"gb29nwbk60161331926819\"},\"amount\":"
                + MockApi.money("1.00", "EUR")
                + "}",
            Tweak.NONE,
            "/destinationAccount/accountNumber",
            "invalid_format",
            "must be 4 to 34 upper-case letters or digits"),
        invalid(
            "same source and destination wallet",
            "POST",
            "/v1/transfers",
            "{\"sourceWalletId\":\"{A}\",\"destinationWalletId\":\"{A}\",\"amount\":"
                + MockApi.money("1.00", "EUR")
                + "}",
            Tweak.NONE,
            "/destinationWalletId",
            "same_wallet",
            "must differ from sourceWalletId"),
        invalid(
            "quote of a currency into itself",
            "POST",
            "/v1/quotes",
            Bodies.sellQuote("{A}", "10.00", "EUR", "EUR"),
            Tweak.NONE,
            "/buyCurrency",
            "same_currency",
            "must differ from the fixed amount's currency"),
        invalid(
            "quote with sellCurrency beside sellAmount",
            "POST",
            "/v1/quotes",
            "{\"walletId\":\"{A}\",\"sellAmount\":"
                + MockApi.money("10.00", "EUR")
                + ",\"buyCurrency\":\"USD\",\"sellCurrency\":\"EUR\"}",
            Tweak.NONE,
            "/sellCurrency",
            "mutually_exclusive",
            "must not be sent with sellAmount"),
        invalid(
            "duplicate currency",
            "POST",
            "/v1/wallets",
            "{\"displayName\":\"Carol\",\"currencies\":[\"EUR\",\"USD\",\"EUR\"]}",
            Tweak.NONE,
            "/currencies/2",
            "duplicate",
            "names EUR twice"),
        invalid(
            "control character in displayName",
            "POST",
            "/v1/wallets",
            "{\"displayName\":\"Ca\\u0007rol\",\"currencies\":[\"EUR\"]}",
            Tweak.NONE,
            "/displayName",
            "invalid_character",
            "must not contain control characters"),
        invalid(
            "missing Idempotency-Key",
            "POST",
            "/v1/wallets",
            wallet,
            Tweak.NO_IDEMPOTENCY_KEY,
            "header:Idempotency-Key",
            "required",
            "is required on every POST"),
        invalid(
            "Idempotency-Key of 256 characters",
            "POST",
            "/v1/wallets",
            wallet,
            Tweak.LONG_IDEMPOTENCY_KEY,
            "header:Idempotency-Key",
            "invalid_format",
            "must be 1 to 255 visible ASCII characters"),
        invalid(
            "missing Wallet-Api-Version",
            "GET",
            "/v1/wallets",
            null,
            Tweak.NO_API_VERSION,
            "header:Wallet-Api-Version",
            "required",
            "is required (2026-11-01)"),
        invalid(
            "missing Wallet-Api-Version on a write",
            "POST",
            "/v1/wallets",
            wallet,
            Tweak.NO_API_VERSION,
            "header:Wallet-Api-Version",
            "required",
            "is required (2026-11-01)"),
        invalid(
            "unknown query parameter",
            "GET",
            "/v1/wallets?colour=red",
            null,
            Tweak.NONE,
            "query:colour",
            "unknown_field",
            "is not a parameter of this route"),
        invalid(
            "limit=0",
            "GET",
            "/v1/wallets?limit=0",
            null,
            Tweak.NONE,
            "query:limit",
            "out_of_range",
            "must be a whole number from 1 to 100"),
        invalid(
            "limit=101",
            "GET",
            "/v1/wallets?limit=101",
            null,
            Tweak.NONE,
            "query:limit",
            "out_of_range",
            "must be a whole number from 1 to 100"),
        invalid(
            "limit not a number",
            "GET",
            "/v1/wallets/{A}/transactions?limit=ten",
            null,
            Tweak.NONE,
            "query:limit",
            "out_of_range",
            "must be a whole number from 1 to 100"),
        invalid(
            "bad cursor",
            "GET",
            "/v1/wallets?cursor=not-a-cursor",
            null,
            Tweak.NONE,
            "query:cursor",
            "invalid_cursor",
            "is not a cursor of this list"),
        invalid(
            "bad since",
            "GET",
            "/v1/wallets/{A}/transactions?since=yesterday",
            null,
            Tweak.NONE,
            "query:since",
            "invalid_format",
            "must be an RFC 3339 timestamp"),
        invalid(
            "balance in an unknown currency",
            "GET",
            "/v1/wallets/{A}/balances?currency=XYZ",
            null,
            Tweak.NONE,
            "query:currency",
            "unknown_currency",
            "\"XYZ\" is not a known currency"),
        row(
            "unknown route",
            "GET",
            "/v1/nowhere",
            null,
            404,
            "route_not_found",
            null,
            null,
            "no route matches GET /v1/nowhere"),
        row(
            "wrong method",
            "DELETE",
            "/v1/wallets",
            null,
            405,
            "method_not_allowed",
            null,
            null,
            "DELETE is not allowed on /v1/wallets; allowed: POST, GET"),
        row(
            "GET-only route written to",
            "POST",
            "/v1/wallets/{A}",
            wallet,
            405,
            "method_not_allowed",
            null,
            null,
            "POST is not allowed on /v1/wallets/{A}; allowed: GET"),
        row(
            "body over 64 KiB",
            "POST",
            "/v1/wallets",
            "{\"displayName\":\"" + "x".repeat(64 * 1024) + "\",\"currencies\":[\"EUR\"]}",
            413,
            "payload_too_large",
            null,
            null,
            "the body exceeds 64 KiB"),
        new Row(
            "wrong content type",
            "POST",
            "/v1/wallets",
            wallet,
            Tweak.TEXT_PLAIN,
            415,
            "unsupported_media_type",
            null,
            null,
            "the body must be application/json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void badRequestGetsItsProblemAndChangesNothing(Row row, MockWalletServer mock) {
    Fixture fixture = new Fixture(mock);

    Reply reply = fixture.send(row);

    assertProblem(reply, row, fixture);
    fixture.assertNothingChanged();
  }

  private static void assertProblem(Reply reply, Row row, Fixture fixture) {
    assertThat(reply.status()).as("status").isEqualTo(row.status()).isLessThan(500);
    assertThat(reply.headers().first("Content-Type")).contains("application/problem+json");
    assertThat(reply.body().path("status").asInt()).isEqualTo(row.status());
    assertThat(reply.code()).as("code").isEqualTo(row.code());
    assertThat(reply.text("/type")).isEqualTo("https://walletsdk.dev/problems/" + row.code());
    if (row.detail() != null) {
      assertThat(reply.text("/detail")).as("detail").isEqualTo(fixture.resolve(row.detail()));
    }
    if (row.field() == null) {
      assertThat(reply.body().has("errors")).as("has errors").isFalse();
    } else {
      assertThat(reply.text("/errors/0/field")).as("field").isEqualTo(row.field());
      assertThat(reply.text("/errors/0/code")).as("field code").isEqualTo(row.fieldCode());
    }
  }

  /** Two funded EUR wallets of the default partner, and the state to compare against. */
  private static final class Fixture {
    private final MockWalletServer mock;
    private final MockApi api;
    private final String alice;
    private final String bob;
    private int journalBefore;
    private JsonNode walletsBefore;

    Fixture(MockWalletServer mock) {
      this.mock = mock;
      this.api = new MockApi(mock);
      this.alice = api.openWallet("Alice", "EUR");
      this.bob = api.openWallet("Bob", "EUR");
      mock.control().fund(WalletId.of(alice), Money.of("100.00", "EUR"));
    }

    String resolve(String text) {
      return text.replace("{A}", alice).replace("{B}", bob);
    }

    Reply send(Row row) {
      String body = row.body() == null ? null : resolve(row.body());
      TransportRequest.Builder request = api.request(row.method(), resolve(row.path()), null);
      if (body != null) {
        request.header("Content-Type", "application/json");
        request.body(body.getBytes(StandardCharsets.UTF_8));
      }
      if (row.method().equals("POST")) {
        request.header("Idempotency-Key", "key-" + row.name().hashCode());
      }
      switch (row.tweak()) {
        case NO_IDEMPOTENCY_KEY ->
            request.headers(request.build().headers().without("Idempotency-Key"));
        case LONG_IDEMPOTENCY_KEY -> request.header("Idempotency-Key", "k".repeat(256));
        case NO_API_VERSION ->
            request.headers(request.build().headers().without("Wallet-Api-Version"));
        case TEXT_PLAIN -> request.header("Content-Type", "text/plain");
        case NONE -> {}
      }
      journalBefore = mock.ledger().journalSize();
      walletsBefore = wallets();
      return api.send(request.build());
    }

    void assertNothingChanged() {
      assertThat(mock.ledger().journalSize()).as("journal size").isEqualTo(journalBefore);
      assertThat(wallets()).as("wallet list").isEqualTo(walletsBefore);
      assertThat(mock.control().balance(WalletId.of(alice), CurrencyCode.EUR))
          .isEqualTo(Money.of("100.00", "EUR"));
    }

    private JsonNode wallets() {
      Reply list = api.get("/v1/wallets?limit=100");
      assertThat(list.status()).isEqualTo(200);
      return list.body();
    }
  }
}
