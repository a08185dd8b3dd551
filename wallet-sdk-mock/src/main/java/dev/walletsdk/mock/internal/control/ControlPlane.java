/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.internal.command.Services;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.Biller;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.FxRates;
import dev.walletsdk.mock.internal.engine.KycLimitTable;
import dev.walletsdk.mock.internal.engine.Partner;
import dev.walletsdk.mock.internal.engine.RewardsProgram;
import dev.walletsdk.mock.internal.engine.TransferRecord;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.runtime.Command;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.RedemptionRequest;
import dev.walletsdk.model.WalletKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The mock's control-plane operations that change state. Each takes and returns JSON, so the Java
 * API, the HTTP control plane and journal replay run the very same code. Every operation is atomic
 * and either completes or throws {@link ControlException} having changed nothing.
 */
public final class ControlPlane {
  /** The operations this class applies; each is journaled. */
  public static final Set<String> OPERATIONS =
      Set.of(
          "partner.create",
          "partner.signingKey",
          "wallet.open",
          "wallet.fund",
          "wallet.status",
          "wallet.limits",
          "kyc.limits",
          "wallet.stepUp",
          "wallet.totp",
          "merchant.register",
          "biller.register",
          "fx.rate",
          "fx.settings",
          "payout.settle",
          "payout.fail",
          "clock.advance",
          "clock.set",
          "rateLimit.set",
          "rewards.earnRule",
          "rewards.redemptionRate",
          "risk.rule.create",
          "risk.rule.delete",
          "risk.review.release",
          "risk.review.reject",
          "membership.tiers");

  /** The longest name of a partner, wallet holder or merchant. */
  static final int MAX_NAME = 100;

  /** The longest reference, as the API's. */
  static final int MAX_REFERENCE = 64;

  /** The most points a rule may give per whole unit of money. */
  static final long MAX_POINTS_PER_UNIT = 1_000_000;

  private final Engine engine;
  private final Services services;
  private final Consumer<Command> sink;
  private final RiskControl risk;
  private final MembershipControl membership;

  /**
   * Creates the control plane of an engine.
   *
   * @param engine the platform state
   * @param services the engine's services
   * @param sink receives every applied operation, under the engine's lock
   */
  public ControlPlane(Engine engine, Services services, Consumer<Command> sink) {
    this.engine = engine;
    this.services = services;
    this.sink = sink;
    this.risk = new RiskControl(engine, services.risk());
    this.membership = new MembershipControl(engine, services.membership());
  }

  /**
   * Applies an operation now and journals it.
   *
   * @param op the operation name
   * @param args its arguments
   * @return its result
   * @throws ControlException if the operation or an argument is invalid
   */
  public JsonNode apply(String op, JsonNode args) {
    return engine.locked(
        () -> {
          Instant startedAt = engine.clock().now();
          JsonNode result = run(op, new Args(op, args));
          sink.accept(new Command.Control(startedAt, op, args));
          return result;
        });
  }

  /**
   * Applies an operation at a recorded instant, as when replaying the journal.
   *
   * @param at the instant it originally ran
   * @param op the operation name
   * @param args its arguments
   * @return its result
   */
  public JsonNode applyAt(Instant at, String op, JsonNode args) {
    return engine.lockedAt(at, () -> run(op, new Args(op, args)));
  }

  private JsonNode run(String op, Args args) {
    return switch (op) {
      case "partner.create" -> createPartner(args);
      case "partner.signingKey" -> registerSigningKey(args);
      case "wallet.open" -> openWallet(args);
      case "wallet.fund" -> fund(args);
      case "wallet.status" -> status(args);
      case "wallet.limits" -> limits(args);
      case "kyc.limits" -> kycLimits(args);
      case "wallet.stepUp" -> stepUp(args);
      case "wallet.totp" -> totp(args);
      case "merchant.register" -> registerMerchant(args);
      case "biller.register" -> registerBiller(args);
      case "fx.rate" -> rate(args);
      case "fx.settings" -> fxSettings(args);
      case "payout.settle", "payout.fail" -> payout(op, args);
      case "clock.advance" ->
          clock(engine.clock().advance(Duration.ofMillis(args.nonNegativeLong("millis"))));
      case "clock.set" -> clock(engine.clock().set(args.instant("at")));
      case "rateLimit.set" -> rateLimit(args);
      case "rewards.earnRule" -> earnRule(args);
      case "rewards.redemptionRate" -> redemptionRate(args);
      case "risk.rule.create" -> risk.createRule(args);
      case "risk.rule.delete" -> risk.deleteRule(args);
      case "risk.review.release" -> risk.release(args);
      case "risk.review.reject" -> risk.reject(args);
      case "membership.tiers" -> membership.tiers(args);
      default -> throw new ControlException("unknown control operation " + op);
    };
  }

  private JsonNode createPartner(Args args) {
    Partner partner = engine.addPartner(args.text("name", MAX_NAME));
    engine.registerApiKey(partner, args.text("apiKey"));
    ObjectNode result = MockJson.object();
    result.put("partnerId", partner.id());
    return result;
  }

  private JsonNode registerSigningKey(Args args) {
    String partnerId = args.text("partnerId");
    if (engine.partner(partnerId).isEmpty()) {
      throw new ControlException("partner " + partnerId + " does not exist");
    }
    byte[] publicKey;
    try {
      publicKey = Base64.getUrlDecoder().decode(args.text("publicKey"));
    } catch (IllegalArgumentException e) {
      throw new ControlException("partner.signingKey needs publicKey as base64url");
    }
    if (publicKey.length != 32) {
      throw new ControlException(
          "partner.signingKey needs a 32-byte Ed25519 public key, not "
              + publicKey.length
              + " bytes");
    }
    String keyId = Ed25519Keys.thumbprint(publicKey);
    engine.registerSigningKey(keyId, new Engine.SigningKey(partnerId, publicKey));
    ObjectNode result = MockJson.object();
    result.put("keyId", keyId);
    return result;
  }

  private JsonNode openWallet(Args args) {
    Partner partner =
        engine
            .partner(args.text("partnerId"))
            .orElseThrow(
                () ->
                    new ControlException("partner " + args.text("partnerId") + " does not exist"));
    List<CurrencyCode> currencies = new ArrayList<>();
    for (JsonNode code : args.array("currencies")) {
      CurrencyCode currency = Args.currency(code.asText());
      if (currencies.contains(currency)) {
        throw new ControlException("wallet.open names " + currency + " twice");
      }
      currencies.add(currency);
    }
    if (currencies.isEmpty()) {
      throw new ControlException("wallet.open needs at least one currency");
    }
    String reference = args.optionalText("reference", MAX_REFERENCE);
    WalletKind kind = walletKind(args.optionalText("kind"));
    return Views.wallet(
        services
            .wallets()
            .openVerified(
                partner, kind, args.text("displayName", MAX_NAME), currencies, reference));
  }

  /** A journal written before business wallets has no kind: those wallets are personal. */
  private static WalletKind walletKind(@Nullable String kind) {
    if (kind == null || kind.equals("personal")) {
      return WalletKind.PERSONAL;
    }
    if (kind.equals("business")) {
      return WalletKind.BUSINESS;
    }
    throw new ControlException("wallet.open kind must be personal or business, not " + kind);
  }

  private JsonNode fund(Args args) {
    WalletRecord wallet = wallet(args);
    Amount amount = args.positiveMoney("amount");
    ObjectNode result = MockJson.object();
    result.put(
        "fundingId",
        services.wallets().fund(wallet, amount, args.optionalText("reference", MAX_REFERENCE)));
    return result;
  }

  private JsonNode status(Args args) {
    WalletRecord wallet = wallet(args);
    String status = args.text("status");
    if (!Set.of("active", "frozen", "closed").contains(status)) {
      throw new ControlException("status must be active, frozen or closed, not " + status);
    }
    if (wallet.erasedAt() != null) {
      throw new ControlException("wallet " + wallet.id() + " is erased and stays so");
    }
    engine.setWalletStatus(wallet, status);
    return Views.wallet(wallet);
  }

  private JsonNode limits(Args args) {
    WalletRecord wallet = wallet(args);
    CurrencyCode currency = Args.currency(args.text("currency"));
    Long perTransaction = args.optionalMinor("perTransaction", currency);
    Long rolling = args.optionalMinor("rolling24h", currency);
    engine.setLimits(wallet, currency, perTransaction, rolling);
    return Views.wallet(wallet);
  }

  private JsonNode kycLimits(Args args) {
    KycLevel level =
        switch (args.text("level")) {
          case "unverified" -> KycLevel.UNVERIFIED;
          case "basic" -> KycLevel.BASIC;
          case "full" -> KycLevel.FULL;
          default ->
              throw new ControlException(
                  "level must be unverified, basic or full, not " + args.text("level"));
        };
    CurrencyCode currency = Args.currency(args.text("currency"));
    engine
        .kycLimits()
        .set(
            level,
            currency,
            new KycLimitTable.Limits(
                args.optionalMinor("perTransaction", currency),
                args.optionalMinor("rolling24h", currency)));
    return Views.kycLevel(level, engine.kycLimits());
  }

  private JsonNode stepUp(Args args) {
    WalletRecord wallet = wallet(args);
    CurrencyCode currency = Args.currency(args.text("currency"));
    engine.setStepUpThreshold(wallet, currency, args.optionalMinor("threshold", currency));
    return Views.wallet(wallet);
  }

  private JsonNode totp(Args args) {
    WalletRecord wallet = wallet(args);
    engine.enrollTotp(wallet, TotpSecret.fromBase32(args.text("secret")));
    return Views.wallet(wallet);
  }

  private JsonNode registerMerchant(Args args) {
    String id = args.optionalText("merchantId");
    if (id == null) {
      id = engine.ids().next("mer_");
    } else if (!id.matches("mer_[A-Za-z0-9]{1,64}")) {
      throw new ControlException(
          "merchantId " + id + " must be mer_ and 1 to 64 letters or digits");
    }
    String name = args.text("name", MAX_NAME);
    String category = args.optionalText("category");
    if (category != null && !category.matches("[0-9]{4}")) {
      throw new ControlException(
          "category " + category + " must be an ISO 18245 merchant category code of 4 digits");
    }
    engine.merchants().put(id, name);
    if (category != null) {
      engine.budgets().categorize(id, category);
    }
    ObjectNode result = MockJson.object();
    result.put("merchantId", id);
    result.put("name", name);
    result.put("category", engine.budgets().categoryOf(id));
    return result;
  }

  private JsonNode registerBiller(Args args) {
    String id = args.optionalText("billerId");
    if (id == null) {
      id = engine.ids().next("blr_");
    } else if (!id.matches("blr_[A-Za-z0-9]{1,64}")) {
      throw new ControlException("billerId " + id + " must be blr_ and 1 to 64 letters or digits");
    } else if (engine.billers().containsKey(id)) {
      throw new ControlException("biller " + id + " is already registered");
    }
    String name = args.text("name", MAX_NAME);
    String category = args.text("category", 40);
    String format = args.text("customerReferenceFormat", 140);
    String regex = args.text("customerReferencePattern", 200);
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new ControlException(
          "biller.register customerReferencePattern is not a regular expression: "
              + e.getDescription());
    }
    JsonNode list = args.array("currencies");
    List<CurrencyCode> currencies = new ArrayList<>();
    for (JsonNode element : list) {
      CurrencyCode currency = Args.currency(element.asText());
      if (!currencies.contains(currency)) {
        currencies.add(currency);
      }
    }
    if (currencies.isEmpty()) {
      throw new ControlException("biller.register needs at least one currency");
    }
    Biller biller = new Biller(id, name, category, List.copyOf(currencies), pattern, format);
    engine.billers().put(id, biller);
    return Views.biller(biller);
  }

  private static String boundedText(Args args, String name, int max) {
    return args.text(name, max);
  }

  private JsonNode rate(Args args) {
    CurrencyCode base = Args.currency(args.text("base"));
    CurrencyCode quote = Args.currency(args.text("quote"));
    BigDecimal rate = args.rate("rate");
    if (base == quote) {
      throw new ControlException("a rate needs two different currencies, not " + base + " twice");
    }
    engine.fx().setMidRate(base, quote, rate);
    ObjectNode result = MockJson.object();
    result.put("base", base.code());
    result.put("quote", quote.code());
    result.put("rate", rate.toPlainString());
    return result;
  }

  private JsonNode earnRule(Args args) {
    CurrencyCode currency = Args.currency(args.text("currency"));
    long points = args.nonNegativeLong("pointsPerUnit");
    if (points > MAX_POINTS_PER_UNIT) {
      throw new ControlException(
          "rewards.earnRule needs pointsPerUnit from 0 to " + MAX_POINTS_PER_UNIT);
    }
    engine.rewards().earnRule(currency, points);
    return Views.rewardsProgram(engine.rewards());
  }

  private JsonNode redemptionRate(Args args) {
    CurrencyCode currency = Args.currency(args.text("currency"));
    if (!args.has("points")) {
      engine.rewards().removeRate(currency);
      return Views.rewardsProgram(engine.rewards());
    }
    long points = args.longBetween("points", 1, RedemptionRequest.MAX_POINTS);
    Amount value = args.positiveMoney("value");
    if (value.currency() != currency) {
      throw new ControlException(
          "rewards.redemptionRate value " + value + " is not in " + currency);
    }
    engine.rewards().rate(currency, new RewardsProgram.Rate(points, value));
    return Views.rewardsProgram(engine.rewards());
  }

  /** Reads every setting before changing any, so a refused one changes nothing. */
  private JsonNode fxSettings(Args args) {
    Integer spread = args.has("spreadBasisPoints") ? args.basisPoints("spreadBasisPoints") : null;
    Integer fee = args.has("feeBasisPoints") ? args.basisPoints("feeBasisPoints") : null;
    Long ttl =
        args.has("quoteTtlSeconds")
            ? args.longBetween("quoteTtlSeconds", 1, FxRates.MAX_QUOTE_TTL.toSeconds())
            : null;
    if (spread != null) {
      engine.fx().setSpreadBasisPoints(spread);
    }
    if (fee != null) {
      engine.fx().setFeeBasisPoints(fee);
    }
    if (ttl != null) {
      engine.fx().setQuoteTtl(Duration.ofSeconds(ttl));
    }
    return MockJson.object();
  }

  private JsonNode payout(String op, Args args) {
    String id = args.text("transferId");
    TransferRecord transfer =
        engine
            .transfer(id)
            .orElseThrow(() -> new ControlException("transfer " + id + " does not exist"));
    try {
      if (op.equals("payout.settle")) {
        services.transfers().settlePayout(transfer);
      } else {
        services.transfers().failPayout(transfer);
      }
    } catch (IllegalStateException e) {
      throw new ControlException(e.getMessage());
    }
    return Views.transfer(transfer);
  }

  private JsonNode rateLimit(Args args) {
    long perSecond = args.nonNegativeLong("perSecond");
    if (perSecond > 1_000_000) {
      throw new ControlException("perSecond must be at most 1000000");
    }
    engine.rateLimiter().setRate((int) perSecond);
    return MockJson.object();
  }

  /** Reports the new time; the clock ran the bill payments that fell due as it moved. */
  private JsonNode clock(Instant now) {
    ObjectNode result = MockJson.object();
    result.put("now", now.toString());
    return result;
  }

  private WalletRecord wallet(Args args) {
    String id = args.text("walletId");
    return engine
        .wallet(id)
        .orElseThrow(() -> new ControlException("wallet " + id + " does not exist"));
  }

  /**
   * Renders money for a result.
   *
   * @param money the money
   * @return its JSON
   */
  public static ObjectNode money(Money money) {
    return Views.money(Amount.of(money.currency(), money.minorUnits()));
  }

  /**
   * Lists transaction-monitoring rules; reads only, so nothing is journaled.
   *
   * @param partnerId the partner whose rules, or {@code null} for every partner's
   * @return {@code {"rules": [...]}} in creation order
   */
  public JsonNode riskRules(String partnerId) {
    return engine.locked(() -> RiskControl.rules(engine, partnerId));
  }
}
