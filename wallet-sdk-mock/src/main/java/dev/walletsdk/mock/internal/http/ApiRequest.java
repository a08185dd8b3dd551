/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The protocol checks of one incoming request: headers, content type, size and JSON body. */
final class ApiRequest {
  /** The protocol version the mock speaks. */
  static final String API_VERSION = "2026-11-01";

  /** Headers the protocol reads as one value: a second one would be ignored or guessed at. */
  private static final List<String> SINGLE_VALUE_HEADERS =
      List.of("Authorization", "Idempotency-Key", "Content-Type", "Wallet-Api-Version");

  private final TransportRequest request;

  private ApiRequest(TransportRequest request) {
    this.request = request;
  }

  static ApiRequest of(TransportRequest request) {
    return new ApiRequest(request);
  }

  TransportRequest transportRequest() {
    return request;
  }

  String method() {
    return request.method();
  }

  String path() {
    return Objects.requireNonNullElse(request.uri().getRawPath(), "");
  }

  @Nullable String rawQuery() {
    return request.uri().getRawQuery();
  }

  Headers headers() {
    return request.headers();
  }

  /** Refuses a request that repeats a header the protocol reads as one value. */
  void requireSingleHeaders() {
    for (String name : SINGLE_VALUE_HEADERS) {
      int count = request.headers().all(name).size();
      if (count > 1) {
        throw ApiProblem.of(
                400,
                "invalid_request",
                "Invalid request",
                "the " + name + " header appears " + count + " times; it must appear once")
            .withField("header:" + name, "duplicate", "must appear once");
      }
    }
  }

  /** The API key of {@code Authorization: Bearer <key>}. */
  String bearerToken() {
    String authorization = request.headers().first("Authorization").orElse("");
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        || authorization.substring(7).isBlank()) {
      throw ApiProblem.of(
          401,
          "authentication_failed",
          "Authentication failed",
          "the Authorization header must be \"Bearer <api key>\"");
    }
    return authorization.substring(7).trim();
  }

  void requireVersion() {
    String version = request.headers().first("Wallet-Api-Version").orElse(null);
    if (version == null) {
      throw ApiProblem.invalidField(
          "header:Wallet-Api-Version", "required", "is required (" + API_VERSION + ")");
    }
    if (!version.equals(API_VERSION)) {
      throw ApiProblem.of(
          400,
          "unsupported_api_version",
          "Unsupported API version",
          "Wallet-Api-Version " + version + " is not supported; use " + API_VERSION);
    }
  }

  String idempotencyKey() {
    String key = request.headers().first("Idempotency-Key").orElse(null);
    if (key == null) {
      throw ApiProblem.invalidField(
          "header:Idempotency-Key", "required", "is required on every POST");
    }
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw ApiProblem.invalidField(
          "header:Idempotency-Key", "invalid_format", "must be 1 to 255 visible ASCII characters");
    }
    return key;
  }

  JsonNode jsonBody(int maxBodyBytes) {
    String contentType =
        request.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!contentType.equals("application/json") && !contentType.startsWith("application/json;")) {
      throw ApiProblem.of(
          415,
          "unsupported_media_type",
          "Unsupported media type",
          "the body must be application/json");
    }
    if (request.bodyLength() > maxBodyBytes) {
      throw ApiProblem.of(
          413,
          "payload_too_large",
          "Payload too large",
          "the body exceeds " + maxBodyBytes / 1024 + " KiB");
    }
    JsonNode body = MockJson.parse(request.body().orElse(new byte[0]));
    if (!body.isObject()) {
      throw ApiProblem.of(
          400, "malformed_request", "Malformed request", "the body must be a JSON object");
    }
    return body;
  }
}
