/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.command.Services;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.ChallengeRecord;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.HeldOperation;
import dev.walletsdk.mock.internal.engine.IdempotencyStore;
import dev.walletsdk.mock.internal.engine.Partner;
import dev.walletsdk.mock.internal.engine.ReviewRunner;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.runtime.Command;
import dev.walletsdk.mock.internal.security.PlatformSecurity;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wallet API v1 on top of the engine: routing, authentication, the version header, rate limiting,
 * strict bodies, idempotency and problem documents. The same instance serves the in-process
 * transport and the standalone server. Bad input always gets a 4xx problem and changes nothing.
 *
 * <p>Every write that reaches execution is handed to the command sink inside the same atomic step
 * that executes it, so the journal and the state never disagree.
 */
public final class ApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private final Engine engine;
  private final IdempotencyStore idempotency = new IdempotencyStore();
  private final List<Route> routes = new ArrayList<>();
  private final Consumer<Command> sink;
  private final PlatformSecurity security;
  private final Services services;
  private final RequestFingerprints fingerprints;
  private final Receipts receipts;
  private volatile Runnable beforeExecute = () -> {};
  private volatile Runnable afterRecord = () -> {};

  /**
   * Creates the API over an engine.
   *
   * @param engine the platform state
   * @param services the engine's services
   * @param sink receives every executed write, under the engine's lock
   * @param security the platform's keys: the key set, request signatures
   */
  public ApiServer(
      Engine engine, Services services, Consumer<Command> sink, PlatformSecurity security) {
    this.engine = engine;
    this.sink = sink;
    this.security = security;
    this.services = services;
    this.fingerprints = new RequestFingerprints(services.decryption());
    this.receipts = new Receipts(services.receipts());
    Lookups lookups = new Lookups(engine);
    routes.addAll(new WalletRoutes(engine, lookups, services).routes());
    routes.addAll(new KycRoutes(engine, lookups, services).routes());
    routes.addAll(
        new PrivacyRoutes(lookups, services.privacy(), this::forgetAnswersNaming).routes());
    routes.addAll(new QuoteRoutes(engine, lookups, services.quotes()).routes());
    PaymentRoutes payments = new PaymentRoutes(engine, lookups, services);
    routes.addAll(payments.routes());
    routes.addAll(new QrRoutes(engine, lookups, services, payments).routes());
    routes.addAll(new SplitBillRoutes(engine, lookups, services).routes());
    routes.addAll(new BillPaymentRoutes(engine, lookups, services).routes());
    routes.addAll(new RewardsRoutes(engine, lookups, services.rewards()).routes());
    routes.addAll(new TransferRoutes(engine, lookups, services).routes());
    routes.addAll(new ChallengeRoutes(lookups, services.challenges(), this::runHeld).routes());
    routes.addAll(new EventRoutes(engine).routes());
    routes.addAll(new BudgetRoutes(engine, lookups).routes());
    routes.addAll(new PotRoutes(lookups, services.pots()).routes());
    routes.addAll(new OfferRoutes(engine, lookups, services.offers()).routes());
    routes.addAll(
        new InvoiceRoutes(lookups, services.invoices(), services.invoicePayments()).routes());
    routes.addAll(new PayoutBatchRoutes(engine, lookups, services.payoutBatches()).routes());
    routes.add(Route.of("GET", "/v1/keys", Set.of(), call -> Reply.ok(keySet())));
    routes.addAll(new RiskRoutes(engine, lookups).routes());
    routes.addAll(new MembershipRoutes(engine, lookups, services.membership()).routes());
    services.risk().runReviewsWith(new Released());
  }

  /** Executes what a reviewer released, and answers the held keys of reviewed requests. */
  private final class Released implements ReviewRunner {
    @Override
    public JsonNode execute(String partnerId, HeldOperation held) {
      Partner partner = engine.partner(partnerId).orElseThrow();
      return runHeld(partner, held, true).body();
    }

    @Override
    public void refuse(HeldOperation held, ApiProblem problem) {
      idempotency.replace(
          held.idempotencyScope(), Problems.response(problem, engine.ids().requestId()));
    }
  }

  private JsonNode keySet() {
    ObjectNode json = MockJson.object();
    json.put("object", "key_set");
    ArrayNode keys = json.putArray("keys");
    for (ServerKey key : security.serverKeys()) {
      keys.addObject()
          .put("kid", key.keyId())
          .put("use", key.use().name().toLowerCase(Locale.ROOT))
          .put("alg", key.algorithm())
          .put("publicKey", Base64.getUrlEncoder().withoutPadding().encodeToString(key.publicKey()))
          .put("createdAt", key.createdAt().toString());
    }
    return json;
  }

  /**
   * Adds routes, such as the key set, after construction.
   *
   * @param extra the routes
   */
  void addRoutes(List<Route> extra) {
    routes.addAll(extra);
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
      return dispatch(ApiRequest.of(request), requestId);
    } catch (ApiProblem problem) {
      return Problems.response(problem, requestId);
    } catch (RuntimeException e) {
      LOG.error("request {} {} failed unexpectedly", request.method(), request.uri().getPath(), e);
      return Problems.response(
          ApiProblem.of(500, "internal_error", "Internal error", "the mock failed unexpectedly"),
          requestId);
    }
  }

  /**
   * Executes a write recorded in the journal again, at its recorded instant and with its recorded
   * request id; the command is not recorded again.
   *
   * @param command the recorded write
   */
  public void replay(Command.Api command) {
    Partner partner = engine.partner(command.partnerId()).orElseThrow();
    Route route = route(command.method(), command.path());
    String scope = partner.id() + ":" + command.idempotencyKey();
    Call call =
        call(
            partner,
            route,
            command.method(),
            command.path(),
            command.rawQuery(),
            command.body(),
            scope);
    String fingerprint = fingerprints.of(command.body());
    engine.lockedAt(
        command.at(),
        () -> {
          return starts(scope, route, command.path(), fingerprint)
              ? execute(route, call, scope, command.requestId())
              : null;
        });
  }

  /**
   * Stores again the answer to a write its route refused as invalid, for its key: the journal keeps
   * that answer instead of the body, as the refusal changed nothing else.
   *
   * @param command the recorded refusal
   */
  public void replay(Command.Rejected command) {
    Route route = route(command.method(), command.path());
    String scope = command.partnerId() + ":" + command.idempotencyKey();
    engine.lockedAt(
        command.at(),
        () -> {
          if (starts(scope, route, command.path(), command.bodyDigest())) {
            idempotency.complete(
                scope, Problems.problem(command.status(), command.problem(), command.requestId()));
          }
          return null;
        });
  }

  /** Whether a journaled write with this key starts afresh on replay (under the engine's lock). */
  private boolean starts(String scope, Route route, String path, String bodyDigest) {
    return idempotency
            .begin(
                scope, route.method() + " " + path, bodyDigest, engine.clock().now(), this::lapsed)
            .outcome()
        == IdempotencyStore.Outcome.STARTED;
  }

  private TransportResponse dispatch(ApiRequest request, String requestId) {
    request.requireSingleHeaders();
    Route route = route(request.method(), request.path());
    Partner partner = engine.locked(() -> authenticate(request));
    if (engine.requiresSignatures(partner.id())) {
      security.verifySignature(partner.id(), this::registeredKey, request.transportRequest());
    }
    request.requireVersion();
    if (!route.method().equals("POST")) {
      Call call =
          call(partner, route, request.method(), request.path(), request.rawQuery(), null, null);
      Reply reply = receipts.sign(engine.locked(() -> route.handler().handle(call)));
      return Problems.json(reply.status(), reply.body(), requestId);
    }
    JsonNode body = request.jsonBody(route.maxBodyBytes());
    String key = request.idempotencyKey();
    String scope = partner.id() + ":" + key;
    Call call =
        call(partner, route, request.method(), request.path(), request.rawQuery(), body, scope);
    String routeKey = route.method() + " " + request.path();
    String bodyDigest = fingerprints.of(body);
    IdempotencyStore.Begin begin =
        engine.locked(
            () ->
                idempotency.begin(scope, routeKey, bodyDigest, engine.clock().now(), this::lapsed));
    switch (begin.outcome()) {
      case REPLAY:
        // A replay answers only what the journal holds: its record may still be in line.
        afterRecord.run();
        return replayed(begin.stored());
      case MISMATCH:
        throw Problems.keyReused(key);
      case IN_FLIGHT:
        throw Problems.inFlight(key);
      default:
        break;
    }
    try {
      beforeExecute.run();
    } catch (RuntimeException e) {
      engine.locked(() -> idempotency.abandonInFlight(scope));
      throw e;
    }
    Supplier<TransportResponse> answer =
        engine.locked(
            () -> {
              Instant startedAt = engine.clock().now();
              long idsBefore = engine.ids().issued();
              int entriesBefore = engine.ledger().journal().size();
              Executed executed = execute(route, call, scope, requestId);
              boolean changedNothing =
                  engine.ids().issued() == idsBefore
                      && engine.ledger().journal().size() == entriesBefore;
              ApiProblem refusal = executed.refusal();
              if (changedNothing
                  && refusal != null
                  && (Problems.isInvalidInput(refusal)
                      || Problems.isDecidedByPersonalData(refusal))) {
                TransportResponse response = executed.answer().get();
                sink.accept(
                    new Command.Rejected(
                        startedAt,
                        requestId,
                        partner.id(),
                        request.method(),
                        request.path(),
                        key,
                        bodyDigest,
                        response.status(),
                        MockJson.parse(response.body())));
              } else {
                sink.accept(
                    new Command.Api(
                        startedAt,
                        requestId,
                        partner.id(),
                        request.method(),
                        request.path(),
                        request.rawQuery(),
                        key,
                        body));
              }
              return executed.answer();
            });
    afterRecord.run();
    return answer.get();
  }

  /**
   * Sets what runs between accepting a write's idempotency key and executing it: the window in
   * which a second request with the same key gets {@code 409 idempotency_in_flight}. Fault
   * injection uses it to make processing slow.
   *
   * @param hook runs outside the engine's lock; throwing abandons the request
   */
  public void beforeExecute(Runnable hook) {
    this.beforeExecute = hook;
  }

  /**
   * Sets what runs after a write was executed and handed to the command sink, once the engine's
   * lock is released and before its response is signed and returned, and before a replay of a key
   * is returned: the journal makes the commands recorded so far durable there, so no response is
   * sent for a command it does not hold.
   *
   * @param hook runs outside the engine's lock; throwing fails the request with a 500
   */
  public void afterRecord(Runnable hook) {
    this.afterRecord = hook;
  }

  private Call call(
      Partner partner,
      Route route,
      String method,
      String path,
      @Nullable String rawQuery,
      @Nullable JsonNode body,
      @Nullable String scope) {
    List<String> parameters = Objects.requireNonNull(route.match(path));
    Map<String, String> query = Query.parse(rawQuery, route.query());
    return new Call(partner, method + " " + path, parameters, query, body, scope, false, false);
  }

  /**
   * What executing a write gave.
   *
   * @param answer gives the answer, signed outside the engine's lock when it carries a receipt
   * @param refusal the problem the route refused with, or {@code null} if it did not
   */
  private record Executed(Supplier<TransportResponse> answer, @Nullable ApiProblem refusal) {}

  private Executed execute(Route route, Call call, String scope, String requestId) {
    engine.clock().runDue();
    Supplier<TransportResponse> answer;
    ApiProblem refusal = null;
    try {
      answer = receipts.answerLater(route.handler().handle(call), requestId);
    } catch (ApiProblem problem) {
      refusal = problem;
      TransportResponse response = Problems.response(problem, requestId);
      answer = () -> response;
      if (!Problems.isReplayable(problem)) {
        idempotency.abandon(scope);
        return new Executed(answer, refusal);
      }
      String challengeId = heldBy(problem);
      if (challengeId != null) {
        idempotency.hold(scope, response, challengeId);
        return new Executed(answer, refusal);
      }
    } catch (RuntimeException e) {
      idempotency.abandon(scope);
      throw e;
    }
    idempotency.complete(scope, answer);
    return new Executed(answer, refusal);
  }

  /**
   * After an erasure, replaces every stored answer that names the wallet (the answers carry the
   * holder's personal data as the route gave it) with {@code 409 wallet_erased}, for any body, so a
   * retried key neither returns the data nor runs again. Replay does the same, so a restart answers
   * alike.
   */
  private void forgetAnswersNaming(WalletRecord wallet) {
    byte[] named = ("\"" + wallet.id() + "\"").getBytes(StandardCharsets.UTF_8);
    ApiProblem erased =
        ApiProblem.of(
            409,
            "wallet_erased",
            "Wallet erased",
            "the answer stored for this idempotency key named wallet "
                + wallet.id()
                + ", whose personal data was erased at "
                + wallet.erasedAt());
    idempotency.eraseAnswers(
        response -> contains(response.body(), named),
        response -> Problems.response(erased, response.headers().first("Request-Id").orElse("")));
  }

  private static boolean contains(byte[] body, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= body.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (body[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The challenge a {@code 401 step_up_required} problem holds its request behind, if it is one.
   */
  private static @Nullable String heldBy(ApiProblem problem) {
    ObjectNode extensions = problem.extensions();
    if (!problem.code().equals("step_up_required") || extensions == null) {
      return null;
    }
    return extensions.path("challenge").path("id").textValue();
  }

  /** Whether a challenge can no longer be confirmed, so the request it held never ran. */
  private boolean lapsed(String challengeId) {
    ChallengeRecord challenge = engine.challenges().get(challengeId);
    return challenge == null || challenge.status(engine.clock().now()).equals("expired");
  }

  /** Executes the operation a confirmed challenge holds; its outcome replaces the held key's. */
  private Reply runHeld(Call confirming, ChallengeRecord challenge) {
    return runHeld(confirming.partner(), challenge.held(), false);
  }

  /**
   * Executes a held operation with step-up confirmed; its outcome replaces the held key's. A
   * reviewed one is not assessed by transaction monitoring again.
   */
  private Reply runHeld(Partner partner, HeldOperation held, boolean reviewed) {
    String method = held.route().substring(0, held.route().indexOf(' '));
    String path = held.route().substring(held.route().indexOf(' ') + 1);
    Route route = route(method, path);
    Call call =
        new Call(
            partner,
            held.route(),
            Objects.requireNonNull(route.match(path)),
            Map.of(),
            held.body(),
            held.idempotencyScope(),
            true,
            reviewed);
    String requestId = engine.ids().requestId();
    try {
      Reply reply = receipts.sign(route.handler().handle(call));
      idempotency.replace(
          held.idempotencyScope(), Problems.json(reply.status(), reply.body(), requestId));
      return reply;
    } catch (ApiProblem problem) {
      idempotency.replace(held.idempotencyScope(), Problems.response(problem, requestId));
      throw problem;
    }
  }

  private static TransportResponse replayed(@Nullable TransportResponse stored) {
    TransportResponse first = Objects.requireNonNull(stored, "stored");
    return TransportResponse.of(
        first.status(), first.headers().withReplaced("Idempotent-Replayed", "true"), first.body());
  }

  private Route route(String method, String path) {
    List<Route> matching = new ArrayList<>();
    for (Route route : routes) {
      if (route.match(path) != null) {
        matching.add(route);
      }
    }
    if (matching.isEmpty()) {
      throw ApiProblem.of(
          404, "route_not_found", "Route not found", "no route matches " + method + " " + path);
    }
    for (Route route : matching) {
      if (route.method().equals(method)) {
        return route;
      }
    }
    String allowed = String.join(", ", matching.stream().map(Route::method).distinct().toList());
    throw ApiProblem.of(
            405,
            "method_not_allowed",
            "Method not allowed",
            method + " is not allowed on " + path + "; allowed: " + allowed)
        .with(MockJson.object().put(Problems.ALLOW, allowed));
  }

  private Optional<PlatformSecurity.PartnerKeys.Registered> registeredKey(String keyId) {
    return engine
        .signingKey(keyId)
        .map(key -> new PlatformSecurity.PartnerKeys.Registered(key.partnerId(), key.publicKey()));
  }

  private Partner authenticate(ApiRequest request) {
    Partner partner =
        engine
            .authenticate(request.bearerToken())
            .orElseThrow(
                () ->
                    ApiProblem.of(
                        401,
                        "authentication_failed",
                        "Authentication failed",
                        "the API key is not valid"));
    OptionalLong wait = engine.rateLimiter().acquire(partner.id(), engine.clock().now());
    if (wait.isPresent()) {
      throw ApiProblem.of(
              429,
              "rate_limited",
              "Rate limited",
              "more than " + engine.rateLimiter().perSecond() + " requests per second")
          .retryAfter(wait.getAsLong());
    }
    return partner;
  }
}
