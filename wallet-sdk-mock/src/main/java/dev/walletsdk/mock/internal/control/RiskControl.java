/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.RiskMonitor;
import dev.walletsdk.mock.internal.engine.RiskOutcome;
import dev.walletsdk.mock.internal.engine.RiskRule;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.mock.internal.view.RiskViews;
import dev.walletsdk.model.CurrencyCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The control-plane operations of transaction monitoring: a partner's rules (create, list, delete)
 * and a reviewer's decisions (release, reject). Every argument is read and checked before anything
 * changes, so a refused operation changes nothing.
 */
final class RiskControl {
  /** The longest window a velocity rule may have: 31 days. */
  static final long MAX_WINDOW_SECONDS = Duration.ofDays(31).toSeconds();

  /** The most amounts an anomaly rule may score against. */
  static final int MAX_HISTORY = 1_000;

  /** The fewest amounts an anomaly rule may score against: a MAD of fewer means little. */
  static final int MIN_HISTORY = 3;

  private static final Pattern REASON_CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  private static final Pattern SCORE = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,4})?");
  private static final Set<String> TYPES =
      Set.of(RiskRule.VELOCITY, RiskRule.AMOUNT_ANOMALY, RiskRule.NEW_PAYEE);

  private final Engine engine;
  private final RiskMonitor monitor;

  RiskControl(Engine engine, RiskMonitor monitor) {
    this.engine = engine;
    this.monitor = monitor;
  }

  JsonNode createRule(Args args) {
    String partnerId = args.text("partnerId");
    if (engine.partner(partnerId).isEmpty()) {
      throw new ControlException("partner " + partnerId + " does not exist");
    }
    String type = args.text("type");
    if (!TYPES.contains(type)) {
      throw new ControlException(
          "risk.rule.create: unknown rule type "
              + type
              + "; use velocity, amount_anomaly or new_payee");
    }
    RiskOutcome outcome = outcome(args.text("outcome"));
    String reasonCode = args.has("reasonCode") ? args.text("reasonCode") : type;
    if (!REASON_CODE.matcher(reasonCode).matches()) {
      throw new ControlException(
          "risk.rule.create needs reasonCode as a lower-case letter then up to 39 lower-case"
              + " letters, digits or underscores");
    }
    RiskRule rule =
        switch (type) {
          case RiskRule.VELOCITY -> velocity(args, partnerId, outcome, reasonCode);
          case RiskRule.AMOUNT_ANOMALY -> anomaly(args, partnerId, outcome, reasonCode);
          default -> newPayee(args, partnerId, outcome, reasonCode);
        };
    engine.risk().rules().put(rule.id(), rule);
    return RiskViews.rule(rule);
  }

  private RiskRule velocity(Args args, String partnerId, RiskOutcome outcome, String reasonCode) {
    Duration window = Duration.ofSeconds(windowSeconds(args));
    Long maxCount = args.has("maxCount") ? args.longBetween("maxCount", 1, 1_000_000) : null;
    CurrencyCode currency = args.has("currency") ? Args.currency(args.text("currency")) : null;
    Long maxAmount = null;
    if (args.has("maxAmount")) {
      if (currency == null) {
        throw new ControlException("risk.rule.create needs currency with maxAmount");
      }
      maxAmount = positiveMinor(args, "maxAmount", currency);
    }
    if (maxCount == null && maxAmount == null) {
      throw new ControlException("a velocity rule needs maxCount, maxAmount or both");
    }
    return new RiskRule(
        engine.ids().next("rul_"),
        partnerId,
        RiskRule.VELOCITY,
        outcome,
        reasonCode,
        currency,
        window,
        maxCount,
        maxAmount,
        null,
        0,
        0,
        null);
  }

  private RiskRule anomaly(Args args, String partnerId, RiskOutcome outcome, String reasonCode) {
    CurrencyCode currency = Args.currency(args.text("currency"));
    String text = args.text("threshold");
    if (!SCORE.matcher(text).matches() || new BigDecimal(text).signum() <= 0) {
      throw new ControlException(
          "risk.rule.create needs threshold as a positive decimal string with at most 6 integer"
              + " digits and 4 decimals, not "
              + text);
    }
    int history = (int) args.longBetween("history", MIN_HISTORY, MAX_HISTORY);
    int minHistory = (int) args.longBetween("minHistory", MIN_HISTORY, history);
    return new RiskRule(
        engine.ids().next("rul_"),
        partnerId,
        RiskRule.AMOUNT_ANOMALY,
        outcome,
        reasonCode,
        currency,
        null,
        null,
        null,
        new BigDecimal(text),
        history,
        minHistory,
        null);
  }

  private RiskRule newPayee(Args args, String partnerId, RiskOutcome outcome, String reasonCode) {
    Amount minAmount = args.positiveMoney("minAmount");
    return new RiskRule(
        engine.ids().next("rul_"),
        partnerId,
        RiskRule.NEW_PAYEE,
        outcome,
        reasonCode,
        minAmount.currency(),
        null,
        null,
        null,
        null,
        0,
        0,
        minAmount.minor());
  }

  JsonNode deleteRule(Args args) {
    String id = args.text("ruleId");
    RiskRule rule = engine.risk().rules().get(id);
    if (rule == null) {
      throw new ControlException("risk rule " + id + " does not exist");
    }
    engine.risk().rules().remove(id);
    return RiskViews.rule(rule);
  }

  JsonNode release(Args args) {
    String id = args.text("reviewId");
    try {
      return RiskViews.review(monitor.release(id));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ControlException(e.getMessage());
    }
  }

  JsonNode reject(Args args) {
    String id = args.text("reviewId");
    try {
      return RiskViews.review(monitor.reject(id));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ControlException(e.getMessage());
    }
  }

  /**
   * Lists a partner's rules, or every rule.
   *
   * @param engine the platform state, read under its lock
   * @param partnerId the partner, or {@code null} for all
   * @return {@code {"rules": [...]}}
   */
  static JsonNode rules(Engine engine, String partnerId) {
    ArrayNode rules = MockJson.array();
    for (RiskRule rule : engine.risk().rules().values()) {
      if (partnerId == null || rule.partnerId().equals(partnerId)) {
        rules.add(RiskViews.rule(rule));
      }
    }
    return MockJson.object().set("rules", rules);
  }

  private static long windowSeconds(Args args) {
    if (!args.has("windowSeconds")) {
      throw new ControlException("a velocity rule needs windowSeconds");
    }
    return args.longBetween("windowSeconds", 1, MAX_WINDOW_SECONDS);
  }

  private static long positiveMinor(Args args, String name, CurrencyCode currency) {
    Long minor = args.optionalMinor(name, currency);
    if (minor == null || minor == 0) {
      throw new ControlException("risk.rule.create needs " + name + " greater than zero");
    }
    return minor;
  }

  private static RiskOutcome outcome(String text) {
    for (RiskOutcome outcome : RiskOutcome.values()) {
      if (outcome.wire().equals(text)) {
        return outcome;
      }
    }
    throw new ControlException(
        "risk.rule.create: unknown outcome " + text + "; use allow, step_up, hold or decline");
  }
}
