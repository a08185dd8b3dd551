/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.command.Services;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.Partner;
import dev.walletsdk.mock.internal.engine.PaymentRecord;
import dev.walletsdk.mock.internal.engine.PaymentTokenRecord;
import dev.walletsdk.mock.internal.engine.QrExtra;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.Money;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.QrFormatException;
import dev.walletsdk.qr.Tip;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The QR routes: pay a merchant-presented EMVCo code, and issue, read and redeem consumer-presented
 * payment tokens.
 */
final class QrRoutes {
  private static final Set<String> PAY_MEMBERS =
      Set.of("walletId", "payload", "amount", "tip", "description", "reference");
  private static final Set<String> TOKEN_MEMBERS = Set.of("walletId", "lifetimeSeconds");
  private static final Set<String> REDEEM_MEMBERS =
      Set.of("payload", "merchantId", "amount", "description", "reference");
  private static final int MIN_LIFETIME = 10;
  private static final int MAX_LIFETIME = 300;
  private static final int DEFAULT_LIFETIME = 60;

  private final Engine engine;
  private final Lookups lookups;
  private final Services services;
  private final PaymentRoutes payments;

  QrRoutes(Engine engine, Lookups lookups, Services services, PaymentRoutes payments) {
    this.engine = engine;
    this.lookups = lookups;
    this.services = services;
    this.payments = payments;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/qr/payments", Set.of(), this::pay),
        Route.of("POST", "/v1/qr/tokens", Set.of(), this::issue),
        Route.of("GET", "/v1/qr/tokens/{tokenId}", Set.of(), this::get),
        Route.of("POST", "/v1/qr/tokens/redeem", Set.of(), this::redeem));
  }

  private Reply pay(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", PAY_MEMBERS);
    String walletId = fields.id(body, "", "walletId", "wal_", true);
    String payload = fields.text(body, "", "payload", true, 512);
    Amount amount = fields.money(body, "", "amount", false);
    Amount tip = fields.money(body, "", "tip", false);
    String description = fields.text(body, "", "description", false, 140);
    String reference = fields.text(body, "", "reference", false, 64);
    fields.positive(amount, "/amount/amount");
    fields.positive(tip, "/tip/amount");
    fields.throwIfAny();
    MerchantQr qr = parse(payload);
    String merchantId = merchant(qr);
    Amount base = base(qr, amount);
    QrExtra extra = extra(qr, base, tip);
    Amount total =
        extra == null
            ? base
            : Amount.of(base.currency(), Math.addExact(base.minor(), extra.amount().minor()));
    WalletRecord wallet = lookups.ownedWallet(call, walletId, "/walletId");
    return payments.payMerchant(
        call,
        wallet,
        merchantId,
        total,
        null,
        description,
        reference,
        extra,
        qr.merchantCategoryCode(),
        null);
  }

  private static MerchantQr parse(@Nullable String payload) {
    try {
      return MerchantQr.parse(payload);
    } catch (QrFormatException e) {
      throw ApiProblem.invalidField("/payload", e.reason(), e.getMessage());
    }
  }

  private String merchant(MerchantQr qr) {
    String merchantId = qr.walletMerchantId().map(id -> id.value()).orElse(null);
    if (merchantId == null || !engine.merchants().containsKey(merchantId)) {
      throw ApiProblem.unprocessable(
          "/payload",
          "unknown_merchant",
          merchantId == null
              ? "names no merchant of this platform (no dev.walletsdk merchant account)"
              : "names merchant " + merchantId + ", which is not registered");
    }
    return merchantId;
  }

  /** The merchant's amount: the code's, or the one the payer entered for a static code. */
  private static Amount base(MerchantQr qr, @Nullable Amount entered) {
    Money base = qr.amount().orElse(null);
    if (base != null && entered != null && !entered.money().equals(base)) {
      throw ApiProblem.unprocessable(
          "/amount/amount", "amount_mismatch", "differs from the QR code's amount " + base);
    }
    if (base == null) {
      if (entered == null) {
        throw ApiProblem.invalidField(
            "/amount", "required", "is required: the QR code has no amount (tag 54)");
      }
      base = sameCurrency(qr, entered, "/amount/currency");
    }
    return Amount.of(base.currency(), base.minorUnits());
  }

  /** The payer's tip or the code's convenience fee on top of the merchant's amount, if any. */
  private static @Nullable QrExtra extra(MerchantQr qr, Amount base, @Nullable Amount tip) {
    if (tip != null) {
      if (qr.tip().map(t -> t.kind() != Tip.Kind.PROMPT).orElse(true)) {
        throw ApiProblem.unprocessable(
            "/tip", "tip_not_allowed", "is only allowed when the QR code prompts for a tip");
      }
      return new QrExtra(
          true, Amount.of(qr.currency(), sameCurrency(qr, tip, "/tip/currency").minorUnits()));
    }
    Money fee = qr.tip().flatMap(t -> t.feeFor(base.money())).orElse(null);
    return fee == null || fee.isZero()
        ? null
        : new QrExtra(false, Amount.of(fee.currency(), fee.minorUnits()));
  }

  private static Money sameCurrency(MerchantQr qr, Amount amount, String field) {
    if (amount.currency() != qr.currency()) {
      throw ApiProblem.unprocessable(
          field, "currency_mismatch", "must be " + qr.currency() + ", the QR code's currency");
    }
    return amount.money();
  }

  private Reply issue(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", TOKEN_MEMBERS);
    String walletId = fields.id(body, "", "walletId", "wal_", true);
    JsonNode lifetime = body == null ? null : body.get("lifetimeSeconds");
    if (lifetime != null
        && (!lifetime.canConvertToInt()
            || !lifetime.isIntegralNumber()
            || lifetime.intValue() < MIN_LIFETIME
            || lifetime.intValue() > MAX_LIFETIME)) {
      fields.add("/lifetimeSeconds", "out_of_range", "must be a whole number from 10 to 300");
    }
    fields.throwIfAny();
    WalletRecord wallet = lookups.ownedWallet(call, walletId, "/walletId");
    int seconds = lifetime == null ? DEFAULT_LIFETIME : lifetime.intValue();
    PaymentTokenRecord token = services.paymentTokens().issue(call.partner(), wallet, seconds);
    return Reply.created(Views.paymentToken(token, engine.clock().now()));
  }

  private Reply get(Call call) {
    String id = lookups.pathId(call.path(0), "pqt_", "path:tokenId");
    PaymentTokenRecord token = services.paymentTokens().get(id);
    if (token == null || !token.partnerId().equals(call.partner().id())) {
      throw Lookups.notFound("payment token", id);
    }
    return Reply.ok(Views.paymentToken(token, engine.clock().now()));
  }

  /** Redeems a token for the merchant that scanned it. */
  private Reply redeem(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", REDEEM_MEMBERS);
    String payload = fields.text(body, "", "payload", true, 512);
    String merchantId = fields.id(body, "", "merchantId", "mer_", true);
    Amount amount = fields.money(body, "", "amount", true);
    String description = fields.text(body, "", "description", false, 140);
    String reference = fields.text(body, "", "reference", false, 64);
    fields.positive(amount, "/amount/amount");
    if (merchantId != null && !engine.merchants().containsKey(merchantId)) {
      fields.add(
          "/merchantId", "unknown_merchant", "merchant " + merchantId + " is not registered");
    }
    fields.throwIfAny();
    PaymentTokenRecord token = services.paymentTokens().redeemable(payload);
    WalletRecord wallet = engine.wallet(token.walletId()).orElseThrow();
    Partner issuer = engine.partner(token.partnerId()).orElseThrow();
    PaymentRecord payment =
        services
            .movements()
            .redeemToken(
                token,
                wallet,
                issuer,
                merchantId,
                amount,
                description,
                reference,
                call.idempotencyScope());
    return Reply.created(Views.payment(payment));
  }
}
