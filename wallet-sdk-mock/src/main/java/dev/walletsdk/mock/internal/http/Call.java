/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.command.StepUp;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.HeldOperation;
import dev.walletsdk.mock.internal.engine.Partner;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One authenticated API request as a route handler sees it.
 *
 * @param partner the partner of the API key
 * @param route the method and path, for example {@code POST /v1/transfers}
 * @param pathParameters the values of the route's path parameters, in order
 * @param query the query parameters
 * @param body the parsed body of a POST, or {@code null}
 * @param idempotencyScope the partner and idempotency key of a POST, or {@code null}
 * @param stepUpConfirmed whether a confirmed challenge is executing this request
 * @param reviewed whether a reviewer released this request, held for review
 */
record Call(
    Partner partner,
    String route,
    List<String> pathParameters,
    Map<String, String> query,
    @Nullable JsonNode body,
    @Nullable String idempotencyScope,
    boolean stepUpConfirmed,
    boolean reviewed) {

  String path(int index) {
    return pathParameters.get(index);
  }

  JsonNode requireBody() {
    if (body == null) {
      throw ApiProblem.of(400, "malformed_request", "Malformed request", "the body is missing");
    }
    return body;
  }

  /** What a challenge must hold to execute this request again once confirmed. */
  HeldOperation held() {
    if (body == null || idempotencyScope == null) {
      throw new IllegalStateException("only a write can be held for step-up or review");
    }
    return new HeldOperation(route, body, idempotencyScope);
  }

  /** The request's standing towards step-up, as the movement guard asks it. */
  StepUp stepUp() {
    return new StepUp(partner, stepUpConfirmed, reviewed, this::held);
  }
}
