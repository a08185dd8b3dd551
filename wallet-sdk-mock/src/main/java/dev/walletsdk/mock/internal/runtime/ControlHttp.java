/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.internal.control.ControlException;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.http.Problems;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The control plane over HTTP, under {@code /_mock/}: the same operations as the Java API, for test
 * harnesses in other languages and for curl. Documented in docs/mock-server.md.
 */
final class ControlHttp {
  private static final Pattern WALLET_OP =
      Pattern.compile("/_mock/wallets/(wal_[A-Za-z0-9]{1,64})/(fund|status|limits|step-up|totp)");
  private static final Pattern PAYOUT_OP =
      Pattern.compile("/_mock/payouts/(trf_[A-Za-z0-9]{1,64})/(settle|fail)");
  private static final Pattern RISK_RULE =
      Pattern.compile("/_mock/risk/rules/(rul_[A-Za-z0-9]{1,64})");
  private static final Pattern RISK_REVIEW =
      Pattern.compile("/_mock/risk/reviews/(rrv_[A-Za-z0-9]{1,64})/(release|reject)");
  private static final Pattern RESTORE = Pattern.compile("/_mock/snapshots/([0-9]{1,9})/restore");
  private static final Pattern SIGNING_KEYS =
      Pattern.compile("/_mock/partners/(ptn_[A-Za-z0-9]{1,64})/signing-keys");
  private static final Pattern RETIRE_KEY =
      Pattern.compile("/_mock/keys/([A-Za-z0-9-]{1,64})/retire");

  private final MockRuntime runtime;

  ControlHttp(MockRuntime runtime) {
    this.runtime = runtime;
  }

  TransportResponse handle(TransportRequest request) {
    try {
      JsonNode body =
          request.bodyLength() == 0
              ? MockJson.object()
              : MockJson.parse(request.body().orElseThrow());
      return ok(route(request.method(), request.uri().getRawPath(), body));
    } catch (ControlException | IllegalArgumentException e) {
      return problem(
          ApiProblem.of(400, "invalid_control_request", "Invalid control request", e.getMessage()));
    } catch (ApiProblem problem) {
      return problem(problem);
    }
  }

  private JsonNode route(String method, String path, JsonNode body) {
    Matcher wallet = WALLET_OP.matcher(path);
    if (wallet.matches()) {
      return walletOperation(method, wallet.group(1), wallet.group(2), body);
    }
    Matcher payout = PAYOUT_OP.matcher(path);
    if (payout.matches() && method.equals("POST")) {
      return runtime.control(
          "payout." + payout.group(2), MockJson.object().put("transferId", payout.group(1)));
    }
    Matcher signingKeys = SIGNING_KEYS.matcher(path);
    if (signingKeys.matches() && method.equals("POST")) {
      ObjectNode args = MockJson.object().put("partnerId", signingKeys.group(1));
      args.set("publicKey", body.get("publicKey"));
      return runtime.control("partner.signingKey", args);
    }
    Matcher retire = RETIRE_KEY.matcher(path);
    if (retire.matches() && method.equals("POST")) {
      if (!runtime.security().retireFieldKey(retire.group(1))) {
        throw new ControlException("no active field-encryption key " + retire.group(1));
      }
      return MockJson.object().put("retired", retire.group(1));
    }
    Matcher riskRule = RISK_RULE.matcher(path);
    if (riskRule.matches() && method.equals("DELETE")) {
      return runtime.control(
          "risk.rule.delete", MockJson.object().put("ruleId", riskRule.group(1)));
    }
    Matcher riskReview = RISK_REVIEW.matcher(path);
    if (riskReview.matches() && method.equals("POST")) {
      return runtime.control(
          "risk.review." + riskReview.group(2),
          MockJson.object().put("reviewId", riskReview.group(1)));
    }
    Matcher restore = RESTORE.matcher(path);
    if (restore.matches() && method.equals("POST")) {
      runtime.restore(Integer.parseInt(restore.group(1)));
      return MockJson.object().put("restored", Integer.parseInt(restore.group(1)));
    }
    return switch (method + " " + path) {
      case "GET /_mock/health" -> MockJson.object().put("status", "ok");
      case "POST /_mock/partners" -> runtime.createPartner(text(body, "name"));
      case "POST /_mock/wallets" -> runtime.control("wallet.open", withDefaultPartner(body));
      case "POST /_mock/kyc/limits" -> runtime.control("kyc.limits", body);
      case "POST /_mock/merchants" -> runtime.control("merchant.register", body);
      case "POST /_mock/billers" -> runtime.control("biller.register", body);
      case "POST /_mock/fx/rates" -> runtime.control("fx.rate", body);
      case "POST /_mock/fx/settings" -> runtime.control("fx.settings", body);
      case "POST /_mock/rewards/earn-rules" -> runtime.control("rewards.earnRule", body);
      case "POST /_mock/rewards/redemption-rates" ->
          runtime.control("rewards.redemptionRate", body);
      case "POST /_mock/risk/rules" -> runtime.control("risk.rule.create", body);
      case "POST /_mock/membership/tiers" -> runtime.control("membership.tiers", body);
      case "GET /_mock/risk/rules" -> runtime.riskRules(null);
      case "GET /_mock/clock" -> now();
      case "POST /_mock/clock/advance" -> runtime.control("clock.advance", millis(body));
      case "POST /_mock/clock" -> runtime.control("clock.set", body);
      case "POST /_mock/rate-limit" -> runtime.control("rateLimit.set", body);
      case "GET /_mock/faults" -> faults();
      case "POST /_mock/faults" -> addFault(body);
      case "DELETE /_mock/faults" -> clearFaults();
      case "POST /_mock/snapshots" -> MockJson.object().put("snapshot", runtime.snapshot());
      case "POST /_mock/keys/rotate" ->
          MockJson.object().put("keyId", runtime.security().rotateFieldKey());
      case "POST /_mock/reset" -> reset();
      case "GET /_mock/journal" -> journal();
      case "GET /_mock/audit" -> audit();
      case "GET /_mock/partners" -> runtime.read(ConsoleViews::partners);
      case "GET /_mock/journal/timeline" -> runtime.read(ConsoleViews::timeline);
      case "GET /_mock/events" -> runtime.read(ConsoleViews::events);
      case "GET /_mock/webhooks" -> ConsoleViews.webhooks(runtime.webhooks());
      case "GET /_mock/holds" -> runtime.read(ConsoleViews::holds);
      case "GET /_mock/requests" -> RequestJournalJson.render(runtime.requests());
      case "DELETE /_mock/requests" -> MockJson.object().put("cleared", runtime.requests().clear());
      default ->
          throw ApiProblem.of(
              404, "route_not_found", "Route not found", "no control route " + method + " " + path);
    };
  }

  private JsonNode walletOperation(String method, String walletId, String op, JsonNode body) {
    ObjectNode args = body.isObject() ? ((ObjectNode) body).deepCopy() : MockJson.object();
    args.put("walletId", walletId);
    return switch (method + " " + op) {
      case "POST fund" -> runtime.control("wallet.fund", args);
      case "POST status" -> runtime.control("wallet.status", args);
      case "POST limits" -> runtime.control("wallet.limits", args);
      case "POST step-up" -> runtime.control("wallet.stepUp", args);
      case "POST totp" -> enrollTotp(args);
      case "GET totp" -> currentCode(walletId);
      default ->
          throw ApiProblem.of(
                  405, "method_not_allowed", "Method not allowed", method + " is not allowed here")
              .with(
                  MockJson.object().put(Problems.ALLOW, op.equals("totp") ? "POST, GET" : "POST"));
    };
  }

  private JsonNode enrollTotp(ObjectNode args) {
    TotpSecret secret = TotpSecret.random();
    args.put("secret", secret.revealBase32());
    runtime.control("wallet.totp", args);
    return MockJson.object()
        .put("walletId", args.get("walletId").asText())
        .put("secret", secret.revealBase32());
  }

  private JsonNode currentCode(String walletId) {
    return runtime.read(
        engine -> {
          WalletRecord wallet =
              engine
                  .wallet(walletId)
                  .orElseThrow(
                      () -> new ControlException("wallet " + walletId + " does not exist"));
          TotpSecret secret =
              engine
                  .totpSecret(wallet)
                  .orElseThrow(
                      () -> new ControlException("wallet " + walletId + " has no TOTP secret"));
          return MockJson.object()
              .put("code", Totp.defaults().generate(secret, engine.clock().now()));
        });
  }

  private ObjectNode withDefaultPartner(JsonNode body) {
    ObjectNode args = body.isObject() ? ((ObjectNode) body).deepCopy() : MockJson.object();
    if (!args.has("partnerId")) {
      args.put("partnerId", runtime.read(Engine::firstPartnerId));
    }
    return args;
  }

  /** {@code seconds} or {@code millis}, each a whole JSON number; {@code "abc"} is refused. */
  private static ObjectNode millis(JsonNode body) {
    ObjectNode args = MockJson.object();
    JsonNode seconds = body.get("seconds");
    if (seconds == null) {
      args.set("millis", body.get("millis"));
      return args;
    }
    if (!seconds.isIntegralNumber() || !seconds.canConvertToLong() || seconds.longValue() < 0) {
      throw new ControlException("clock.advance needs seconds as a whole number of zero or more");
    }
    if (seconds.longValue() > Long.MAX_VALUE / 1000) {
      throw new ControlException("clock.advance seconds is beyond the clock's range");
    }
    args.put("millis", seconds.longValue() * 1000);
    return args;
  }

  private JsonNode now() {
    return MockJson.object().put("now", runtime.read(engine -> engine.clock().now()).toString());
  }

  private JsonNode faults() {
    ArrayNode list = MockJson.array();
    runtime.faults().forEach(fault -> list.add(fault.toString()));
    ObjectNode fired = MockJson.object();
    runtime.firedFaults().forEach((kind, count) -> fired.put(kind.name(), count));
    ObjectNode json = MockJson.object();
    json.set("faults", list);
    return json.set("fired", fired);
  }

  private JsonNode addFault(JsonNode body) {
    Fault fault = FaultJson.read(body);
    runtime.inject(fault);
    return MockJson.object().put("fault", fault.toString());
  }

  private JsonNode clearFaults() {
    runtime.clearFaults();
    return MockJson.object().put("faults", 0);
  }

  private JsonNode reset() {
    runtime.reset();
    return MockJson.object().put("reset", true);
  }

  private JsonNode journal() {
    String lines = runtime.read(engine -> LedgerExport.jsonLines(engine.ledger().journal()));
    ArrayNode entries = MockJson.array();
    for (String line : lines.split("\n")) {
      if (!line.isEmpty()) {
        entries.add(MockJson.parse(line.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return MockJson.object().set("entries", entries);
  }

  private JsonNode audit() {
    List<String> violations = runtime.read(engine -> engine.ledger().audit().violations());
    ArrayNode list = MockJson.array();
    violations.forEach(list::add);
    return MockJson.object().put("clean", violations.isEmpty()).set("violations", list);
  }

  private static String text(JsonNode body, String member) {
    JsonNode value = body.get(member);
    if (value == null || !value.isTextual()) {
      throw new ControlException(member + " is required as a string");
    }
    return value.textValue();
  }

  private static TransportResponse ok(JsonNode body) {
    return Problems.json(200, body, requestId());
  }

  static TransportResponse problem(ApiProblem problem) {
    return Problems.response(problem, requestId());
  }

  private static String requestId() {
    return "req_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
  }
}
