/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.http.Problems;
import dev.walletsdk.spi.TransportResponse;
import java.util.Locale;
import java.util.UUID;

/**
 * Problem documents for what goes wrong below the API: a request that cannot be parsed, is too
 * large or too slow. They look like every other problem of the mock (RFC 9457, with {@code code}).
 */
final class HttpProblems {
  private HttpProblems() {}

  /**
   * The problem for a status the HTTP layer answers with.
   *
   * @param status a 4xx or 5xx status
   * @param detail what was wrong
   * @return the response
   */
  static TransportResponse of(int status, String detail) {
    return Problems.response(problem(status, detail), requestId());
  }

  static ApiProblem problem(int status, String detail) {
    return switch (status) {
      case 400 -> ApiProblem.of(400, "malformed_request", "Malformed request", detail);
      case 408 -> ApiProblem.of(408, "request_timeout", "Request timeout", detail);
      case 413 -> ApiProblem.of(413, "payload_too_large", "Payload too large", detail);
      case 414 -> ApiProblem.of(414, "uri_too_long", "URI too long", detail);
      case 431 ->
          ApiProblem.of(431, "headers_too_large", "Request header fields too large", detail);
      case 501 -> ApiProblem.of(501, "not_implemented", "Not implemented", detail);
      case 505 ->
          ApiProblem.of(505, "http_version_not_supported", "HTTP version not supported", detail);
      default ->
          status < 500
              ? ApiProblem.of(status, "bad_request", "Bad request", detail)
              : ApiProblem.of(status, "internal_error", "Internal error", detail);
    };
  }

  static String requestId() {
    return "req_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
  }
}
