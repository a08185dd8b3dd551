package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.IdempotencyStore;
import dev.walletsdk.mock.internal.engine.Partner;
import dev.walletsdk.mock.internal.engine.WalletService;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wallet API v1 on top of the engine: routing, authentication, the version header, strict bodies,
 * idempotency, and problem documents. The same instance serves the in-process transport and the
 * standalone server. Bad input always gets a 4xx problem and changes nothing.
 */
public final class ApiServer {
  /** The protocol version the mock speaks. */
  public static final String API_VERSION = "2026-11-01";

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final Engine engine;
  private final IdempotencyStore idempotency = new IdempotencyStore();
  private final List<Route> routes = new ArrayList<>();

  /**
   * Creates the API over an engine.
   *
   * @param engine the platform state
   */
  public ApiServer(Engine engine) {
    this.engine = engine;
    WalletService wallets = new WalletService(engine);
    WalletRoutes walletRoutes = new WalletRoutes(engine, wallets);
    routes.addAll(walletRoutes.routes());
    routes.addAll(new TransferRoutes(engine, wallets, walletRoutes).routes());
  }

  /**
   * Answers one request.
   *
   * @param request the request; its URI's path and query are used
   * @return the response, never a 5xx for bad input
   */
  public TransportResponse handle(TransportRequest request) {
    String requestId = engine.ids().requestId();
    try {
      return dispatch(request, requestId);
    } catch (ApiProblem problem) {
      return Problems.response(problem, requestId);
    } catch (RuntimeException e) {
      LOG.error("request {} {} failed unexpectedly", request.method(), request.uri().getPath(), e);
      return Problems.response(
          ApiProblem.of(500, "internal_error", "Internal error", "the mock failed unexpectedly"),
          requestId);
    }
  }

  private TransportResponse dispatch(TransportRequest request, String requestId) {
    String path = request.uri().getRawPath();
    Route route = route(request.method(), path);
    List<String> parameters = route.match(path);
    Partner partner = authenticate(request.headers());
    requireVersion(request.headers());
    Map<String, String> query = Query.parse(request.uri().getRawQuery(), route.query());
    if (!route.method().equals("POST")) {
      Call call = new Call(partner, parameters, query, null, null);
      Reply reply = engine.locked(() -> route.handler().handle(call));
      return Problems.json(reply.status(), reply.body(), requestId);
    }
    JsonNode body = body(request);
    String key = idempotencyKey(request.headers());
    String scope = partner.id() + ":" + key;
    Call call = new Call(partner, parameters, query, body, scope);
    String routeKey = route.method() + " " + path;
    IdempotencyStore.Begin begin =
        engine.locked(() -> idempotency.begin(scope, routeKey, body, engine.clock().now()));
    return switch (begin.outcome()) {
      case REPLAY -> replay(begin.stored());
      case MISMATCH -> throw Problems.keyReused(key);
      case IN_FLIGHT -> throw Problems.inFlight(key);
      case STARTED -> engine.locked(() -> execute(route, call, scope, requestId));
    };
  }

  private TransportResponse execute(Route route, Call call, String scope, String requestId) {
    TransportResponse response;
    try {
      Reply reply = route.handler().handle(call);
      response = Problems.json(reply.status(), reply.body(), requestId);
    } catch (ApiProblem problem) {
      response = Problems.response(problem, requestId);
      if (!Problems.isReplayable(problem)) {
        idempotency.abandon(scope);
        return response;
      }
    } catch (RuntimeException e) {
      idempotency.abandon(scope);
      throw e;
    }
    idempotency.complete(scope, response);
    return response;
  }

  private static TransportResponse replay(@Nullable TransportResponse stored) {
    TransportResponse first = Objects.requireNonNull(stored, "stored");
    return TransportResponse.of(
        first.status(), first.headers().withReplaced("Idempotent-Replayed", "true"), first.body());
  }

  private Route route(String method, String path) {
    List<Route> matching =
        routes.stream().filter(r -> r.match(path) != null).collect(Collectors.toList());
    if (matching.isEmpty()) {
      throw ApiProblem.of(
          404, "route_not_found", "Route not found", "no route matches " + method + " " + path);
    }
    return matching.stream()
        .filter(r -> r.method().equals(method))
        .findFirst()
        .orElseThrow(
            () ->
                ApiProblem.of(
                    405,
                    "method_not_allowed",
                    "Method not allowed",
                    method
                        + " is not allowed on "
                        + path
                        + "; allowed: "
                        + matching.stream().map(Route::method).collect(Collectors.joining(", "))));
  }

  private Partner authenticate(Headers headers) {
    Optional<String> authorization = headers.first("Authorization");
    String key =
        authorization
            .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
            .map(value -> value.substring(7).trim())
            .orElse(null);
    if (key == null) {
      throw ApiProblem.of(
          401,
          "authentication_failed",
          "Authentication failed",
          "the Authorization header must be \"Bearer <api key>\"");
    }
    return engine
        .locked(() -> engine.authenticate(key))
        .orElseThrow(
            () ->
                ApiProblem.of(
                    401,
                    "authentication_failed",
                    "Authentication failed",
                    "the API key is not valid"));
  }

  private static void requireVersion(Headers headers) {
    String version = headers.first("Wallet-Api-Version").orElse(null);
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

  private static String idempotencyKey(Headers headers) {
    String key = headers.first("Idempotency-Key").orElse(null);
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

  private static JsonNode body(TransportRequest request) {
    String contentType =
        request.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!contentType.equals("application/json") && !contentType.startsWith("application/json;")) {
      throw ApiProblem.of(
          415,
          "unsupported_media_type",
          "Unsupported media type",
          "the body must be application/json");
    }
    if (request.bodyLength() > MAX_BODY_BYTES) {
      throw ApiProblem.of(413, "payload_too_large", "Payload too large", "the body exceeds 64 KiB");
    }
    JsonNode body = MockJson.parse(request.body().orElse(new byte[0]));
    if (!body.isObject()) {
      throw ApiProblem.of(
          400, "malformed_request", "Malformed request", "the body must be a JSON object");
    }
    return body;
  }
}
