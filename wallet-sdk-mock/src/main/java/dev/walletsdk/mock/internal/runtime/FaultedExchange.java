/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.time.Duration;
import java.util.function.Function;

/** What an injected fault makes of a Wallet API request. */
final class FaultedExchange {
  private FaultedExchange() {}

  /**
   * Answers a request the way a fault says.
   *
   * @param fault the fault that fired
   * @param request the request
   * @param api answers the request normally, for faults that still process it
   * @return what the transport must do
   */
  static Exchange of(
      Fault fault, TransportRequest request, Function<TransportRequest, TransportResponse> api) {
    return switch (fault.kind()) {
      case RESET_BEFORE_PROCESSING -> new Exchange.Drop(false, null);
      case SERVER_ERROR ->
          new Exchange.Respond(
              ControlHttp.problem(
                  ApiProblem.of(
                      fault.status(),
                      fault.status() == 500 ? "internal_error" : "service_unavailable",
                      "Injected failure",
                      "the mock injected a " + fault.status() + " failure")),
              Duration.ZERO);
      case RATE_LIMITED ->
          new Exchange.Respond(
              ControlHttp.problem(
                  ApiProblem.of(429, "rate_limited", "Rate limited", "the mock injected a 429")
                      .retryAfter(fault.retryAfter().toSeconds())),
              Duration.ZERO);
      case DROP_RESPONSE_AFTER_COMMIT -> {
        yield new Exchange.Drop(true, api.apply(request));
      }
      case DELAY -> new Exchange.Respond(api.apply(request), fault.delay());
      case TRUNCATED_BODY -> new Exchange.Truncate(api.apply(request));
    };
  }
}
