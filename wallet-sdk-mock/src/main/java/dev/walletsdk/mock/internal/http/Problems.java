/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportResponse;

/** Builds responses: JSON resources and RFC 9457 problem documents. */
public final class Problems {
  private static final String TYPE_BASE = "https://walletsdk.dev/problems/";

  /**
   * The extension member of a 405 problem that lists the methods the resource allows; it is also
   * sent as the {@code Allow} header (RFC 9110, 15.5.6).
   */
  public static final String ALLOW = "allow";

  private Problems() {}

  public static TransportResponse json(int status, JsonNode body, String requestId) {
    return TransportResponse.of(
        status,
        Headers.of("Content-Type", "application/json", "Request-Id", requestId),
        MockJson.write(body));
  }

  public static TransportResponse response(ApiProblem problem, String requestId) {
    ObjectNode json = MockJson.object();
    json.put("type", TYPE_BASE + problem.code());
    json.put("title", problem.title());
    json.put("status", problem.status());
    json.put("detail", problem.getMessage());
    json.put("code", problem.code());
    json.put("requestId", requestId);
    if (!problem.errors().isEmpty()) {
      ArrayNode errors = json.putArray("errors");
      problem
          .errors()
          .forEach(
              error ->
                  errors
                      .addObject()
                      .put("field", error.field())
                      .put("code", error.code())
                      .put("message", error.message()));
    }
    if (problem.extensions() != null) {
      json.setAll(problem.extensions());
    }
    Headers.Builder headers =
        Headers.builder()
            .add("Content-Type", "application/problem+json")
            .add("Request-Id", requestId);
    if (problem.status() == 405 && problem.extensions() != null) {
      JsonNode allow = problem.extensions().get(ALLOW);
      if (allow != null && allow.isTextual()) {
        headers.add("Allow", allow.asText());
      }
    }
    if (problem.retryAfterSeconds() >= 0) {
      headers.add("Retry-After", Long.toString(problem.retryAfterSeconds()));
    }
    return TransportResponse.of(problem.status(), headers.build(), MockJson.write(json));
  }

  /**
   * Rebuilds a problem response from its status and document, as the journal keeps it.
   *
   * @param status the HTTP status
   * @param problem the problem document
   * @param requestId the request id it was answered with
   * @return the response
   */
  static TransportResponse problem(int status, JsonNode problem, String requestId) {
    return TransportResponse.of(
        status,
        Headers.of("Content-Type", "application/problem+json", "Request-Id", requestId),
        MockJson.write(problem));
  }

  /**
   * Whether a problem is a refusal of the request's own content ({@code 400 invalid_request} or
   * {@code malformed_request}), raised by validation before anything runs.
   *
   * @param problem the problem
   * @return {@code true} if so
   */
  static boolean isInvalidInput(ApiProblem problem) {
    return problem.status() == 400
        && problem.retryAfterSeconds() < 0
        && problem.extensions() == null
        && (problem.code().equals("invalid_request") || problem.code().equals("malformed_request"));
  }

  /**
   * Whether a problem is a refusal decided by the request's personal data ({@code 422
   * kyc_rejected}, {@code 400 encryption_required} or {@code field_decryption_failed}): the journal
   * keeps only its answer, so replay never decides it again on data an erasure has shredded.
   *
   * @param problem the problem
   * @return {@code true} if so
   */
  static boolean isDecidedByPersonalData(ApiProblem problem) {
    return problem.retryAfterSeconds() < 0
        && (problem.code().equals("kyc_rejected")
            || problem.code().equals("encryption_required")
            || problem.code().equals("field_decryption_failed"));
  }

  /** Whether a failure is stored for replay: not 5xx, not 429, not a key still in flight. */
  static boolean isReplayable(ApiProblem problem) {
    return problem.status() < 500
        && problem.status() != 429
        && !problem.code().equals("idempotency_in_flight");
  }

  static ApiProblem keyReused(String key) {
    return ApiProblem.of(
        422,
        "idempotency_key_reused",
        "Idempotency key reused",
        "Idempotency-Key " + key + " was used with a different request");
  }

  static ApiProblem inFlight(String key) {
    return ApiProblem.of(
        409,
        "idempotency_in_flight",
        "Idempotency key in flight",
        "a request with Idempotency-Key " + key + " is still being processed");
  }
}
