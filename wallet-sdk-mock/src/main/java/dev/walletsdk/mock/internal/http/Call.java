package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Partner;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One authenticated API request as a route handler sees it.
 *
 * @param partner the partner of the API key
 * @param pathParameters the values of the route's path parameters, in order
 * @param query the query parameters
 * @param body the parsed body of a POST, or {@code null}
 * @param idempotencyScope the partner and idempotency key of a POST, or {@code null}
 */
record Call(
    Partner partner,
    List<String> pathParameters,
    Map<String, String> query,
    @Nullable JsonNode body,
    @Nullable String idempotencyScope) {

  String path(int index) {
    return pathParameters.get(index);
  }

  JsonNode requireBody() {
    if (body == null) {
      throw ApiProblem.of(400, "malformed_request", "Malformed request", "the body is missing");
    }
    return body;
  }
}
