/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.AuthenticationException;
import dev.walletsdk.ConflictException;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.FieldError;
import dev.walletsdk.IdempotencyConflictException;
import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.LimitExceededException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.PermissionException;
import dev.walletsdk.QuoteExpiredException;
import dev.walletsdk.RateLimitedException;
import dev.walletsdk.ServiceUnavailableException;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.WalletException;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every problem code of docs/openapi.yaml maps to its exception class, with all it carries. */
class ErrorMapperTest {
  private static final Map<String, Class<? extends WalletException>> EXPECTED =
      Map.ofEntries(
          entry("invalid_request", InvalidRequestException.class),
          entry("malformed_request", InvalidRequestException.class),
          entry("unsupported_api_version", InvalidRequestException.class),
          entry("field_decryption_failed", DecryptionException.class),
          entry("authentication_failed", AuthenticationException.class),
          entry("signature_invalid", AuthenticationException.class),
          entry("step_up_required", StepUpRequiredException.class),
          entry("otp_invalid", AuthenticationException.class),
          entry("permission_denied", PermissionException.class),
          entry("not_found", NotFoundException.class),
          entry("route_not_found", NotFoundException.class),
          entry("method_not_allowed", InvalidRequestException.class),
          entry("conflict", ConflictException.class),
          entry("idempotency_in_flight", IdempotencyConflictException.class),
          entry("quote_expired", QuoteExpiredException.class),
          entry("quote_already_used", ConflictException.class),
          entry("challenge_expired", ConflictException.class),
          entry("wallet_not_active", ConflictException.class),
          entry("payment_token_used", ConflictException.class),
          entry("payment_token_expired", ConflictException.class),
          entry("payload_too_large", InvalidRequestException.class),
          entry("unsupported_media_type", InvalidRequestException.class),
          entry("idempotency_key_reused", IdempotencyConflictException.class),
          entry("insufficient_funds", InsufficientFundsException.class),
          entry("insufficient_points", InsufficientFundsException.class),
          entry("limit_exceeded", LimitExceededException.class),
          entry("refund_exceeds_payment", InvalidRequestException.class),
          entry("rate_limited", RateLimitedException.class),
          entry("internal_error", ServiceUnavailableException.class),
          entry("service_unavailable", ServiceUnavailableException.class),
          entry("encryption_required", InvalidRequestException.class),
          entry("kyc_rejected", InvalidRequestException.class),
          entry("business_wallet_required", InvalidRequestException.class),
          entry("kyc_level_not_higher", ConflictException.class),
          entry("erasure_balance_remaining", ConflictException.class),
          entry("erasure_schedule_active", ConflictException.class),
          entry("wallet_erased", ConflictException.class),
          entry("budget_exists", ConflictException.class),
          entry("pending_review", dev.walletsdk.PendingReviewException.class),
          entry("risk_declined", dev.walletsdk.RiskDeclinedException.class),
          entry("pot_not_empty", ConflictException.class),
          entry("pot_closed", ConflictException.class),
          entry("offer_ended", ConflictException.class),
          entry("voucher_not_redeemable", ConflictException.class),
          entry("voucher_not_applicable", InvalidRequestException.class),
          entry("voucher_limit_reached", InvalidRequestException.class),
          entry("invoice_not_payable", ConflictException.class),
          entry("invoice_not_voidable", ConflictException.class),
          // The HTTP layer's own codes, mapped by status.
          entry("host_not_allowed", PermissionException.class),
          entry("request_timeout", ServiceUnavailableException.class),
          entry("uri_too_long", InvalidRequestException.class),
          entry("headers_too_large", InvalidRequestException.class),
          entry("not_implemented", ServiceUnavailableException.class),
          entry("http_version_not_supported", ServiceUnavailableException.class));

  private static final String CHALLENGE =
      "{\"object\":\"challenge\",\"id\":\"chl_1\",\"method\":\"totp\",\"status\":\"pending\","
          + "\"operation\":\"transfers.create\",\"createdAt\":\"2026-11-24T10:00:00Z\","
          + "\"expiresAt\":\"2026-11-24T10:05:00Z\"}";

  private static final String REVIEW =
      "{\"object\":\"risk_review\",\"id\":\"rrv_1\",\"status\":\"pending_review\","
          + "\"walletId\":\"wal_1\",\"operation\":\"payments.create\","
          + "\"amount\":{\"amount\":\"300.00\",\"currency\":\"EUR\"},"
          + "\"reasons\":[{\"ruleId\":\"rul_1\",\"type\":\"velocity\",\"code\":\"too_fast\","
          + "\"outcome\":\"hold\",\"detail\":\"3 movements in 60 seconds\"}],"
          + "\"createdAt\":\"2026-11-24T10:00:00Z\"}";

  private final ErrorMapper mapper =
      new ErrorMapper(Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));

  /** The status and code rows of the Problem table in the contract. */
  static Map<String, Integer> contractCodes() throws IOException {
    String contract = Files.readString(Path.of("..", "docs", "openapi.yaml"));
    Matcher row = Pattern.compile("\\| (\\d{3}) \\| `([a-z_]+)` \\|").matcher(contract);
    Map<String, Integer> codes = new LinkedHashMap<>();
    while (row.find()) {
      codes.put(row.group(2), Integer.parseInt(row.group(1)));
    }
    return codes;
  }

  private static TransportResponse response(int status, String body, String... headers) {
    return TransportResponse.of(
        status,
        Headers.of(headers).with("Content-Type", "application/problem+json"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static String problem(int status, String code) {
    return "{\"type\":\"https://walletsdk.dev/problems/"
        + code
        + "\",\"title\":\"Title\",\"status\":"
        + status
        + ",\"code\":\""
        + code
        + "\",\"detail\":\"detail of "
        + code
        + "\",\"errors\":[{\"field\":\"/amount\",\"code\":\"negative_amount\",\"message\":\"must"
        + " not be negative\"}],\"challenge\":"
        + CHALLENGE
        + ",\"review\":"
        + REVIEW
        + "}";
  }

  @Test
  void tableCoversExactlyTheCodesOfTheContract() throws IOException {
    assertThat(contractCodes()).hasSize(54);
    assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(contractCodes().keySet());
  }

  @Test
  void pendingReviewCarriesTheReviewWithItsReasons() {
    WalletException e = mapper.map(response(409, problem(409, "pending_review")));

    dev.walletsdk.model.RiskReview review = ((dev.walletsdk.PendingReviewException) e).review();
    assertThat(review.id().value()).isEqualTo("rrv_1");
    assertThat(review.status()).isEqualTo(dev.walletsdk.model.RiskReviewStatus.PENDING_REVIEW);
    assertThat(review.amount()).isEqualTo(dev.walletsdk.model.Money.of("300.00", "EUR"));
    assertThat(review.reasons())
        .containsExactly(
            dev.walletsdk.model.RiskReason.of(
                "rul_1",
                "velocity",
                "too_fast",
                dev.walletsdk.model.RiskOutcome.HOLD,
                "3 movements in 60 seconds"));
  }

  @Test
  void pendingReviewWithoutAReviewIsAnInvalidResponse() {
    String body =
        "{\"type\":\"about:blank\",\"title\":\"Pending review\",\"status\":409,"
            + "\"code\":\"pending_review\"}";

    WalletException e = mapper.map(response(409, body));

    assertThat(e).isExactlyInstanceOf(dev.walletsdk.InvalidResponseException.class);
    assertThat(e.getMessage())
        .isEqualTo("pending_review response has no valid review [HTTP 409, code pending_review]");
  }

  @Test
  void riskDeclinedCarriesEveryReasonCode() {
    String body =
        "{\"type\":\"about:blank\",\"title\":\"Declined\",\"status\":422,"
            + "\"code\":\"risk_declined\",\"reasons\":["
            + "{\"ruleId\":\"rul_1\",\"type\":\"velocity\",\"code\":\"too_fast\","
            + "\"outcome\":\"step_up\",\"detail\":\"a\"},"
            + "{\"ruleId\":null,\"type\":\"review\",\"code\":\"review_rejected\","
            + "\"outcome\":\"decline\",\"detail\":\"b\"}]}";

    WalletException e = mapper.map(response(422, body));

    assertThat(((dev.walletsdk.RiskDeclinedException) e).reasons())
        .extracting(dev.walletsdk.model.RiskReason::code)
        .containsExactly("too_fast", "review_rejected");
    assertThat(((dev.walletsdk.RiskDeclinedException) e).reasons().get(1).ruleId()).isEmpty();
  }

  @Test
  void everyContractCodeMapsToItsExceptionWithStatusCodeAndRequestId() throws IOException {
    for (Map.Entry<String, Integer> row : contractCodes().entrySet()) {
      String code = row.getKey();
      int status = row.getValue();

      WalletException e =
          mapper.map(response(status, problem(status, code), "Request-Id", "req_" + code));

      assertThat(e).as(code).isExactlyInstanceOf(EXPECTED.get(code));
      assertThat(e.httpStatus()).as(code).isEqualTo(status);
      assertThat(e.code()).as(code).isEqualTo(code);
      assertThat(e.requestId()).as(code).isEqualTo("req_" + code);
      assertThat(e)
          .as(code)
          .hasMessage(
              "detail of "
                  + code
                  + " [HTTP "
                  + status
                  + ", code "
                  + code
                  + ", request req_"
                  + code
                  + "]");
      if (e instanceof InvalidRequestException invalid) {
        assertThat(invalid.fieldErrors())
            .as(code)
            .containsExactly(FieldError.of("/amount", "negative_amount", "must not be negative"));
      }
    }
  }

  @Test
  void retryableCodesAreExactlyTheTransientOnes() throws IOException {
    for (Map.Entry<String, Integer> row : contractCodes().entrySet()) {
      WalletException e =
          mapper.map(response(row.getValue(), problem(row.getValue(), row.getKey())));

      assertThat(e.isRetryable())
          .as(row.getKey())
          .isEqualTo(
              java.util.Set.of(
                      "idempotency_in_flight",
                      "rate_limited",
                      "request_timeout",
                      "internal_error",
                      "not_implemented",
                      "service_unavailable",
                      "http_version_not_supported")
                  .contains(row.getKey()));
    }
  }

  @Test
  void stepUpCarriesTheChallenge() {
    StepUpRequiredException e =
        (StepUpRequiredException) mapper.map(response(401, problem(401, "step_up_required")));

    assertThat(e.challenge().id().value()).isEqualTo("chl_1");
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    RateLimitedException e =
        (RateLimitedException)
            mapper.map(response(429, problem(429, "rate_limited"), "Retry-After", "3"));

    assertThat(e.retryAfter()).contains(java.time.Duration.ofSeconds(3));
  }

  @Test
  void unknownCodeMapsByStatus() {
    WalletException conflict = mapper.map(response(409, problem(409, "brand_new_conflict")));
    WalletException outage = mapper.map(response(502, problem(502, "brand_new_outage")));
    WalletException teapot = mapper.map(response(418, problem(418, "brand_new_thing")));

    assertThat(conflict).isExactlyInstanceOf(ConflictException.class);
    assertThat(conflict.code()).isEqualTo("brand_new_conflict");
    assertThat(outage).isExactlyInstanceOf(ServiceUnavailableException.class);
    assertThat(outage.isRetryable()).isTrue();
    assertThat(teapot).isExactlyInstanceOf(InvalidRequestException.class);
  }

  @Test
  void htmlFromAProxyStillYieldsATypedExceptionWithTheStatus() {
    TransportResponse html =
        TransportResponse.of(
            502,
            Headers.of("Content-Type", "text/html"),
            "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8));

    WalletException e = mapper.map(html);

    assertThat(e).isExactlyInstanceOf(ServiceUnavailableException.class);
    assertThat(e.httpStatus()).isEqualTo(502);
    assertThat(e)
        .hasMessage(
            "the server answered HTTP 502 without a problem document (text/html, 24 bytes)"
                + " [HTTP 502, code service_unavailable]");
  }

  @Test
  void malformedProblemJsonYieldsATypedExceptionWithTheStatus() {
    WalletException e = mapper.map(response(404, "{\"code\": ", "Request-Id", "req_9"));

    assertThat(e).isExactlyInstanceOf(NotFoundException.class);
    assertThat(e)
        .hasMessage(
            "the server answered HTTP 404 without a problem document (application/problem+json,"
                + " 9 bytes) [HTTP 404, code not_found, request req_9]");
  }
}
