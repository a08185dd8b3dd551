/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.TransportException.Kind;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ExceptionsTest {
  // --- InvalidRequestException --------------------------------------------------------------

  @Test
  void forFieldDescribesClientSideValidation() {
    InvalidRequestException e =
        InvalidRequestException.forField("amount", "too_many_decimals", "amount is wrong");

    assertThat(e.httpStatus()).isZero();
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST).isEqualTo("invalid_request");
    assertThat(e.requestId()).isNull();
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getCause()).isNull();
  }

  @Test
  void forFieldHasOneFieldErrorWithTheExceptionMessage() {
    InvalidRequestException e =
        InvalidRequestException.forField("amount", "too_many_decimals", "amount is wrong");

    assertThat(e).hasMessage("amount is wrong");
    assertThat(e.fieldErrors())
        .containsExactly(FieldError.of("amount", "too_many_decimals", "amount is wrong"));
    assertThat(e.fieldErrors().get(0).message()).isEqualTo(e.getMessage());
  }

  @Test
  void serverSideInvalidRequestKeepsStatusRequestIdAndFieldErrors() {
    List<FieldError> errors =
        List.of(
            FieldError.of("amount", "required", "amount is required"),
            FieldError.of("currency", "unknown_currency", "currency is unknown"));
    InvalidRequestException e =
        new InvalidRequestException(
            "2 fields are invalid", 400, ErrorCode.INVALID_REQUEST, "req_123", errors);

    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.requestId()).isEqualTo("req_123");
    assertThat(e.fieldErrors()).containsExactlyElementsOf(errors);
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void fieldErrorsAreAnImmutableCopy() {
    List<FieldError> errors = new ArrayList<>();
    errors.add(FieldError.of("amount", "required", "amount is required"));
    InvalidRequestException e =
        new InvalidRequestException("invalid", 400, ErrorCode.INVALID_REQUEST, null, errors);

    errors.add(FieldError.of("currency", "required", "currency is required"));

    assertThat(e.fieldErrors()).hasSize(1);
    assertThatThrownBy(() -> e.fieldErrors().add(FieldError.of("x", "y", "z")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void invalidRequestWithoutFieldErrorsHasAnEmptyList() {
    InvalidRequestException e =
        new InvalidRequestException(
            "body is not JSON", 400, ErrorCode.MALFORMED_REQUEST, "req_1", List.of());

    assertThat(e.fieldErrors()).isEmpty();
  }

  // --- FieldError ---------------------------------------------------------------------------

  @Test
  void fieldErrorsAreEqualByFieldCodeAndMessage() {
    FieldError error = FieldError.of("amount", "required", "amount is required");

    assertThat(error)
        .isEqualTo(FieldError.of("amount", "required", "amount is required"))
        .hasSameHashCodeAs(FieldError.of("amount", "required", "amount is required"))
        .isNotEqualTo(FieldError.of("currency", "required", "amount is required"))
        .isNotEqualTo(FieldError.of("amount", "invalid", "amount is required"))
        .isNotEqualTo(FieldError.of("amount", "required", "amount is missing"));
  }

  @Test
  void fieldErrorToStringNamesFieldMessageAndCode() {
    assertThat(FieldError.of("amount", "required", "amount is required"))
        .hasToString("amount: amount is required (required)");
  }

  @Test
  void fieldErrorRequiresEveryPart() {
    assertThatNullPointerException()
        .isThrownBy(() -> FieldError.of(null, "c", "m"))
        .withMessage("field");
    assertThatNullPointerException()
        .isThrownBy(() -> FieldError.of("f", null, "m"))
        .withMessage("code");
    assertThatNullPointerException()
        .isThrownBy(() -> FieldError.of("f", "c", null))
        .withMessage("message");
  }

  // --- TransportException -------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "CONNECT_FAILED, connect_failed",
    "TIMEOUT, timeout",
    "CONNECTION_FAILED, connection_failed",
    "CANCELLED, cancelled"
  })
  void transportKindGivesTheCode(Kind kind, String code) {
    TransportException e = new TransportException("failed", kind, null);

    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.httpStatus()).isZero();
    assertThat(e.requestId()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void onlyAFailedConnectCertainlyWasNotApplied(Kind kind) {
    assertThat(new TransportException("failed", kind, null).mayHaveBeenApplied())
        .isEqualTo(kind != Kind.CONNECT_FAILED);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyTransportFailureButCancellationIsRetryable(Kind kind) {
    assertThat(new TransportException("failed", kind, null).isRetryable())
        .isEqualTo(kind != Kind.CANCELLED);
  }

  @Test
  void transportExceptionKeepsItsCause() {
    IOException cause = new IOException("connection reset");

    TransportException e = new TransportException("read failed", Kind.CONNECTION_FAILED, cause);

    assertThat(e).hasMessage("read failed").hasCause(cause);
  }

  @Test
  void transportExceptionRequiresAKind() {
    assertThatNullPointerException().isThrownBy(() -> new TransportException("failed", null, null));
  }

  // --- retry-after --------------------------------------------------------------------------

  @Test
  void rateLimitedCarriesTheRetryAfterDelay() {
    RateLimitedException e =
        new RateLimitedException(
            "slow down", 429, ErrorCode.RATE_LIMITED, "req_1", Duration.ofSeconds(7));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.httpStatus()).isEqualTo(429);
  }

  @Test
  void rateLimitedWithoutRetryAfterHasNone() {
    RateLimitedException e =
        new RateLimitedException("slow down", 429, ErrorCode.RATE_LIMITED, "req_1", null);

    assertThat(e.retryAfter()).isEmpty();
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void serviceUnavailableCarriesTheRetryAfterDelay() {
    ServiceUnavailableException withDelay =
        new ServiceUnavailableException(
            "down", 503, ErrorCode.SERVICE_UNAVAILABLE, "req_1", Duration.ofSeconds(30));
    ServiceUnavailableException withoutDelay =
        new ServiceUnavailableException("down", 503, ErrorCode.SERVICE_UNAVAILABLE, null, null);

    assertThat(withDelay.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(withoutDelay.retryAfter()).isEmpty();
    assertThat(withDelay.isRetryable()).isTrue();
  }

  // --- the tree -----------------------------------------------------------------------------

  @Test
  void idempotencyConflictIsAConflict() {
    IdempotencyConflictException e =
        new IdempotencyConflictException(
            "in flight", 409, ErrorCode.IDEMPOTENCY_IN_FLIGHT, "req_1", true);

    assertThat(e).isInstanceOf(ConflictException.class).isInstanceOf(WalletException.class);
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.code()).isEqualTo("idempotency_in_flight");
  }

  @Test
  void quoteExpiredIsANonRetryableConflict() {
    QuoteExpiredException e =
        new QuoteExpiredException("expired", 409, ErrorCode.QUOTE_EXPIRED, "req_1");

    assertThat(e).isInstanceOf(ConflictException.class).isInstanceOf(WalletException.class);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.code()).isEqualTo("quote_expired");
  }

  @Test
  void everySdkExceptionIsAnUncheckedWalletException() {
    List<Class<?>> types =
        List.of(
            AuthenticationException.class,
            ConflictException.class,
            DecryptionException.class,
            IdempotencyConflictException.class,
            InsufficientFundsException.class,
            InvalidRequestException.class,
            InvalidResponseException.class,
            LimitExceededException.class,
            NotFoundException.class,
            PermissionException.class,
            QuoteExpiredException.class,
            RateLimitedException.class,
            ServiceUnavailableException.class,
            SignatureVerificationException.class,
            StepUpRequiredException.class,
            TransportException.class);

    assertThat(types)
        .allSatisfy(
            type -> {
              assertThat(WalletException.class).isAssignableFrom(type);
              assertThat(RuntimeException.class).isAssignableFrom(type);
            });
  }

  @Test
  void walletExceptionKeepsEveryValue() {
    IllegalStateException cause = new IllegalStateException("boom");

    WalletException e =
        new WalletException("server failed", 500, ErrorCode.INTERNAL_ERROR, "req_9", true, cause);

    assertThat(e).hasMessage("server failed").hasCause(cause);
    assertThat(e.httpStatus()).isEqualTo(500);
    assertThat(e.code()).isEqualTo("internal_error");
    assertThat(e.requestId()).isEqualTo("req_9");
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void failuresThatRetryingCannotFixAreNotRetryable() {
    List<WalletException> exceptions =
        List.of(
            new AuthenticationException("m", 401, ErrorCode.AUTHENTICATION_FAILED, "req", null),
            new PermissionException("m", 403, ErrorCode.PERMISSION_DENIED, "req", null),
            new NotFoundException("m", 404, ErrorCode.NOT_FOUND, "req", null),
            new InsufficientFundsException("m", 422, ErrorCode.INSUFFICIENT_FUNDS, "req", null),
            new LimitExceededException("m", 422, ErrorCode.LIMIT_EXCEEDED, "req", null),
            new InvalidResponseException("m", 200, ErrorCode.INVALID_RESPONSE, "req", null),
            new SignatureVerificationException(
                "m", 0, ErrorCode.SIGNATURE_VERIFICATION_FAILED, null, null),
            new DecryptionException("m", 0, ErrorCode.DECRYPTION_FAILED, null, null));

    assertThat(exceptions).noneMatch(WalletException::isRetryable);
  }
}
