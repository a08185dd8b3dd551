/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.AuthenticationException;
import dev.walletsdk.ConflictException;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.FieldError;
import dev.walletsdk.IdempotencyConflictException;
import dev.walletsdk.InsufficientFundsException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.LimitExceededException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.PendingReviewException;
import dev.walletsdk.PermissionException;
import dev.walletsdk.QuoteExpiredException;
import dev.walletsdk.RateLimitedException;
import dev.walletsdk.RiskDeclinedException;
import dev.walletsdk.ServiceUnavailableException;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.internal.ServerText;
import dev.walletsdk.client.internal.json.Json;
import dev.walletsdk.client.internal.json.JsonRead;
import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.client.internal.json.ResponseFormatException;
import dev.walletsdk.client.internal.json.RiskReaders;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.RiskReason;
import dev.walletsdk.model.RiskReview;
import dev.walletsdk.spi.TransportResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns an error response into the exception the caller acts on: by the problem document's {@code
 * code} when the SDK knows it, otherwise by the HTTP status. A body that is not a problem document
 * (an HTML page from a proxy) still yields a typed exception carrying the status.
 */
final class ErrorMapper {
  private final Clock clock;

  ErrorMapper(Clock clock) {
    this.clock = clock;
  }

  WalletException map(TransportResponse response) {
    int status = response.status();
    String requestId = requestId(response);
    if (status < 100 || status > 599) {
      return new InvalidResponseException(
          "the server answered with status "
              + status
              + ", which is not an HTTP status from 100 to 599"
              + suffix(status, ErrorCode.INVALID_RESPONSE, requestId),
          status,
          ErrorCode.INVALID_RESPONSE,
          requestId,
          null);
    }
    if (status < 400) {
      return new InvalidResponseException(
          "unexpected HTTP " + status + " response" + suffix(status, null, requestId),
          status,
          ErrorCode.INVALID_RESPONSE,
          requestId,
          null);
    }
    Problem problem = Problem.read(response);
    String code = problem != null && problem.code != null ? problem.code : defaultCode(status);
    String text = problem != null ? problem.text() : nonProblemText(response);
    String message = text + suffix(status, code, requestId);
    Duration retryAfter = RetryAfter.parse(response.headers(), clock);
    List<FieldError> fieldErrors = problem == null ? List.of() : problem.fieldErrors;
    WalletException byCode =
        byCode(code, message, status, requestId, retryAfter, fieldErrors, problem);
    return byCode != null
        ? byCode
        : byStatus(status, code, message, requestId, retryAfter, fieldErrors);
  }

  private static @Nullable WalletException byCode(
      String code,
      String message,
      int status,
      @Nullable String requestId,
      @Nullable Duration retryAfter,
      List<FieldError> fieldErrors,
      @Nullable Problem problem) {
    return switch (code) {
      case ErrorCode.INVALID_REQUEST,
          ErrorCode.MALFORMED_REQUEST,
          ErrorCode.UNSUPPORTED_API_VERSION,
          ErrorCode.METHOD_NOT_ALLOWED,
          ErrorCode.PAYLOAD_TOO_LARGE,
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          ErrorCode.REFUND_EXCEEDS_PAYMENT,
          ErrorCode.ENCRYPTION_REQUIRED,
          ErrorCode.KYC_REJECTED,
          ErrorCode.BUSINESS_WALLET_REQUIRED ->
          new InvalidRequestException(message, status, code, requestId, fieldErrors);
      case ErrorCode.AUTHENTICATION_FAILED, ErrorCode.SIGNATURE_INVALID, ErrorCode.OTP_INVALID ->
          new AuthenticationException(message, status, code, requestId, null);
      case ErrorCode.STEP_UP_REQUIRED -> stepUp(message, status, code, requestId, problem);
      case ErrorCode.PENDING_REVIEW -> pendingReview(message, status, code, requestId, problem);
      case ErrorCode.RISK_DECLINED ->
          new RiskDeclinedException(
              message, status, code, requestId, problem == null ? List.of() : problem.reasons);
      case ErrorCode.PERMISSION_DENIED ->
          new PermissionException(message, status, code, requestId, null);
      case ErrorCode.NOT_FOUND, ErrorCode.ROUTE_NOT_FOUND ->
          new NotFoundException(message, status, code, requestId, null);
      case ErrorCode.CONFLICT,
          ErrorCode.QUOTE_ALREADY_USED,
          ErrorCode.CHALLENGE_EXPIRED,
          ErrorCode.WALLET_NOT_ACTIVE,
          ErrorCode.PAYMENT_TOKEN_USED,
          ErrorCode.PAYMENT_TOKEN_EXPIRED,
          ErrorCode.KYC_LEVEL_NOT_HIGHER,
          ErrorCode.ERASURE_BALANCE_REMAINING,
          ErrorCode.ERASURE_SCHEDULE_ACTIVE,
          ErrorCode.WALLET_ERASED ->
          new ConflictException(message, status, code, requestId, false);
      case ErrorCode.IDEMPOTENCY_IN_FLIGHT ->
          new IdempotencyConflictException(message, status, code, requestId, true);
      case ErrorCode.IDEMPOTENCY_KEY_REUSED ->
          new IdempotencyConflictException(message, status, code, requestId, false);
      case ErrorCode.QUOTE_EXPIRED -> new QuoteExpiredException(message, status, code, requestId);
      case ErrorCode.INSUFFICIENT_FUNDS, ErrorCode.INSUFFICIENT_POINTS ->
          new InsufficientFundsException(message, status, code, requestId, null);
      case ErrorCode.LIMIT_EXCEEDED ->
          new LimitExceededException(message, status, code, requestId, null);
      case ErrorCode.RATE_LIMITED ->
          new RateLimitedException(message, status, code, requestId, retryAfter);
      case ErrorCode.INTERNAL_ERROR, ErrorCode.SERVICE_UNAVAILABLE ->
          new ServiceUnavailableException(message, status, code, requestId, retryAfter);
      case ErrorCode.FIELD_DECRYPTION_FAILED ->
          new DecryptionException(message, status, code, requestId, null);
      default -> null;
    };
  }

  private static WalletException byStatus(
      int status,
      String code,
      String message,
      @Nullable String requestId,
      @Nullable Duration retryAfter,
      List<FieldError> fieldErrors) {
    return switch (status) {
      case 401 -> new AuthenticationException(message, status, code, requestId, null);
      case 403 -> new PermissionException(message, status, code, requestId, null);
      case 404, 410 -> new NotFoundException(message, status, code, requestId, null);
      case 409 -> new ConflictException(message, status, code, requestId, false);
      case 429 -> new RateLimitedException(message, status, code, requestId, retryAfter);
      case 408 -> new ServiceUnavailableException(message, status, code, requestId, retryAfter);
      default ->
          status >= 500
              ? new ServiceUnavailableException(message, status, code, requestId, retryAfter)
              : new InvalidRequestException(message, status, code, requestId, fieldErrors);
    };
  }

  private static WalletException stepUp(
      String message, int status, String code, @Nullable String requestId, @Nullable Problem p) {
    if (p == null || p.challenge == null) {
      return new InvalidResponseException(
          "step_up_required response has no valid challenge" + suffix(status, code, requestId),
          status,
          ErrorCode.INVALID_RESPONSE,
          requestId,
          null);
    }
    return new StepUpRequiredException(message, status, code, requestId, p.challenge);
  }

  private static WalletException pendingReview(
      String message, int status, String code, @Nullable String requestId, @Nullable Problem p) {
    if (p == null || p.review == null) {
      return new InvalidResponseException(
          "pending_review response has no valid review" + suffix(status, code, requestId),
          status,
          ErrorCode.INVALID_RESPONSE,
          requestId,
          null);
    }
    return new PendingReviewException(message, status, code, requestId, p.review);
  }

  private static String defaultCode(int status) {
    return switch (status) {
      case 401 -> ErrorCode.AUTHENTICATION_FAILED;
      case 403 -> ErrorCode.PERMISSION_DENIED;
      case 404, 410 -> ErrorCode.NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 409 -> ErrorCode.CONFLICT;
      case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
      case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
      case 429 -> ErrorCode.RATE_LIMITED;
      case 500 -> ErrorCode.INTERNAL_ERROR;
      default ->
          status >= 500 || status == 408
              ? ErrorCode.SERVICE_UNAVAILABLE
              : ErrorCode.INVALID_REQUEST;
    };
  }

  private static String nonProblemText(TransportResponse response) {
    String contentType =
        response.headers().first("Content-Type").map(ServerText::of).orElse("no content type");
    return "the server answered HTTP "
        + response.status()
        + " without a problem document ("
        + contentType
        + ", "
        + response.bodyLength()
        + " bytes)";
  }

  /**
   * Returns the response's {@code Request-Id}, escaped and bounded like all server text in
   * messages.
   */
  static @Nullable String requestId(TransportResponse response) {
    return response.headers().first("Request-Id").map(ServerText::of).orElse(null);
  }

  static String suffix(int status, @Nullable String code, @Nullable String requestId) {
    return " [HTTP "
        + status
        + (code == null ? "" : ", code " + code)
        + (requestId == null ? "" : ", request " + requestId)
        + "]";
  }

  /** The members of an RFC 9457 problem document the client uses. */
  private static final class Problem {
    private @Nullable String code;
    private @Nullable String title;
    private @Nullable String detail;
    private List<FieldError> fieldErrors = List.of();
    private @Nullable Challenge challenge;
    private @Nullable RiskReview review;
    private List<RiskReason> reasons = List.of();

    static @Nullable Problem read(TransportResponse response) {
      if (response.bodyLength() == 0) {
        return null;
      }
      JsonNode root;
      try {
        root = Json.parse(response.body());
      } catch (ResponseFormatException e) {
        return null;
      }
      if (!root.isObject()) {
        return null;
      }
      Problem problem = new Problem();
      problem.code = text(root, "code");
      if (problem.code != null && !problem.code.matches("[a-z][a-z0-9_]{0,63}")) {
        problem.code = null;
      }
      problem.title = serverText(root, "title");
      problem.detail = serverText(root, "detail");
      if (problem.code == null && problem.title == null && problem.detail == null) {
        return null;
      }
      problem.fieldErrors = fieldErrors(root.get("errors"));
      problem.challenge = challenge(root);
      problem.review = review(root);
      problem.reasons = reasons(root);
      return problem;
    }

    String text() {
      String text = detail != null ? detail : title;
      return text != null ? text : "request failed";
    }

    private static @Nullable String text(JsonNode root, String member) {
      JsonNode value = root.get(member);
      return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** A member whose text may reach a message: escaped and bounded. */
    private static @Nullable String serverText(JsonNode root, String member) {
      String text = text(root, member);
      return text == null ? null : ServerText.of(text);
    }

    private static List<FieldError> fieldErrors(@Nullable JsonNode errors) {
      if (errors == null || !errors.isArray()) {
        return List.of();
      }
      List<FieldError> list = new ArrayList<>();
      for (JsonNode error : errors) {
        String field = serverText(error, "field");
        String code = serverText(error, "code");
        String message = serverText(error, "message");
        if (field != null && code != null && message != null) {
          list.add(FieldError.of(field, code, message));
        }
      }
      return list;
    }

    private static @Nullable RiskReview review(JsonNode root) {
      JsonNode node = root.get("review");
      if (node == null || !node.isObject()) {
        return null;
      }
      try {
        return RiskReaders.review(JsonRead.root(node, "problem.review"));
      } catch (ResponseFormatException | InvalidRequestException e) {
        return null;
      }
    }

    /** The reasons of a decline; an unreadable list reads as none rather than failing the error. */
    private static List<RiskReason> reasons(JsonNode root) {
      JsonNode node = root.get("reasons");
      if (node == null || !node.isArray()) {
        return List.of();
      }
      List<RiskReason> reasons = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        try {
          reasons.add(RiskReaders.reason(JsonRead.root(node.get(i), "problem.reasons[" + i + "]")));
        } catch (ResponseFormatException | InvalidRequestException e) {
          return List.of();
        }
      }
      return reasons;
    }

    private static @Nullable Challenge challenge(JsonNode root) {
      JsonNode node = root.get("challenge");
      if (node == null || !node.isObject()) {
        return null;
      }
      try {
        return ModelReaders.challenge(JsonRead.root(node, "problem.challenge"));
      } catch (ResponseFormatException | InvalidRequestException e) {
        return null;
      }
    }
  }
}
