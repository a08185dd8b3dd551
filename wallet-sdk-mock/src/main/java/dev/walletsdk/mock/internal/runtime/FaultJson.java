/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.internal.control.ControlException;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads a fault from the HTTP control plane: {@code {"kind": "drop_response_after_commit",
 * "method": "POST", "path": "/v1/transfers", "times": 1, "probability": 0.3, "delayMillis": 3000,
 * "status": 503, "retryAfterSeconds": 2}}. Every member has its JSON type: a number given as a
 * string, or text where a number belongs, is refused naming the member; bounds are {@link Fault}'s.
 */
final class FaultJson {
  private FaultJson() {}

  static Fault read(JsonNode body) {
    if (!body.isObject()) {
      throw new ControlException("a fault needs a JSON object");
    }
    String kind = text(body, "kind", "");
    Fault fault =
        switch (kind.toLowerCase(Locale.ROOT)) {
          case "reset_before_processing" -> Fault.resetBeforeProcessing();
          case "drop_response_after_commit" -> Fault.dropResponseAfterCommit();
          case "delay" -> Fault.delay(Duration.ofMillis(whole(body, "delayMillis", 0)));
          case "server_error" -> Fault.serverError((int) whole(body, "status", 503));
          case "rate_limited" ->
              Fault.rateLimited(Duration.ofSeconds(whole(body, "retryAfterSeconds", 1)));
          case "truncated_body" -> Fault.truncatedBody();
          default ->
              throw new ControlException(
                  "kind must be reset_before_processing, drop_response_after_commit, delay,"
                      + " server_error, rate_limited or truncated_body, not \""
                      + kind
                      + "\"");
        };
    if (body.has("path") || body.has("method")) {
      fault = fault.on(text(body, "method", "*"), text(body, "path", "/v1/*"));
    }
    if (body.has("times")) {
      fault = fault.times((int) whole(body, "times", 1));
    }
    if (body.has("probability")) {
      JsonNode probability = body.get("probability");
      if (!probability.isNumber()) {
        throw new ControlException("probability must be a JSON number");
      }
      fault = fault.withProbability(probability.doubleValue());
    }
    return fault;
  }

  private static String text(JsonNode body, String member, String absent) {
    JsonNode value = body.get(member);
    if (value == null) {
      return absent;
    }
    if (!value.isTextual()) {
      throw new ControlException(member + " must be a JSON string");
    }
    return value.textValue();
  }

  /** A whole JSON number that fits an int; the fault's own checks bound it further. */
  private static long whole(JsonNode body, String member, long absent) {
    JsonNode value = body.get(member);
    if (value == null) {
      return absent;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new ControlException(member + " must be a whole JSON number");
    }
    return value.intValue();
  }
}
