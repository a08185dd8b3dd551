package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.internal.control.ControlException;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads a fault from the HTTP control plane: {@code {"kind": "drop_response_after_commit",
 * "method": "POST", "path": "/v1/transfers", "times": 1, "probability": 0.3, "delayMillis": 3000,
 * "status": 503, "retryAfterSeconds": 2}}.
 */
final class FaultJson {
  private FaultJson() {}

  static Fault read(JsonNode body) {
    String kind = body.path("kind").asText("");
    Fault fault =
        switch (kind.toLowerCase(Locale.ROOT)) {
          case "reset_before_processing" -> Fault.resetBeforeProcessing();
          case "drop_response_after_commit" -> Fault.dropResponseAfterCommit();
          case "delay" -> Fault.delay(Duration.ofMillis(body.path("delayMillis").asLong(0)));
          case "server_error" -> Fault.serverError(body.path("status").asInt(503));
          case "rate_limited" ->
              Fault.rateLimited(Duration.ofSeconds(body.path("retryAfterSeconds").asLong(1)));
          case "truncated_body" -> Fault.truncatedBody();
          default ->
              throw new ControlException(
                  "kind must be reset_before_processing, drop_response_after_commit, delay,"
                      + " server_error, rate_limited or truncated_body, not \""
                      + kind
                      + "\"");
        };
    if (body.has("path") || body.has("method")) {
      fault = fault.on(body.path("method").asText("*"), body.path("path").asText("/v1/*"));
    }
    if (body.has("times")) {
      fault = fault.times(body.get("times").asInt());
    }
    if (body.has("probability")) {
      fault = fault.withProbability(body.get("probability").asDouble());
    }
    return fault;
  }
}
