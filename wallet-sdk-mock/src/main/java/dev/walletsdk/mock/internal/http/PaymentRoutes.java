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
import dev.walletsdk.mock.internal.engine.PaymentRecord;
import dev.walletsdk.mock.internal.engine.QrExtra;
import dev.walletsdk.mock.internal.engine.QuoteRecord;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.Views;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The payment routes: pay, get and refund. */
final class PaymentRoutes {
  private static final Set<String> MEMBERS =
      Set.of(
          "walletId", "merchantId", "amount", "quoteId", "description", "reference", "voucherId");
  private static final Set<String> REFUND_MEMBERS = Set.of("amount", "reason");

  private final Engine engine;
  private final Lookups lookups;
  private final Services services;

  PaymentRoutes(Engine engine, Lookups lookups, Services services) {
    this.engine = engine;
    this.lookups = lookups;
    this.services = services;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/payments", Set.of(), this::pay),
        Route.of("GET", "/v1/payments/{paymentId}", Set.of(), this::get),
        Route.of("POST", "/v1/payments/{paymentId}/refunds", Set.of(), this::refund));
  }

  private Reply pay(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", MEMBERS);
    String walletId = fields.id(body, "", "walletId", "wal_", true);
    String merchantId = fields.id(body, "", "merchantId", "mer_", true);
    Amount amount = fields.money(body, "", "amount", false);
    String quoteId = fields.id(body, "", "quoteId", "quo_", false);
    String description = fields.text(body, "", "description", false, 140);
    String reference = fields.text(body, "", "reference", false, 64);
    fields.exactlyOne(body, "amount", "quoteId");
    String voucherId = fields.id(body, "", "voucherId", "vch_", false);
    if (voucherId != null && quoteId != null) {
      fields.add("/voucherId", "mutually_exclusive", "must not be combined with quoteId");
    }
    fields.positive(amount, "/amount/amount");
    if (merchantId != null && !engine.merchants().containsKey(merchantId)) {
      fields.add(
          "/merchantId", "unknown_merchant", "merchant " + merchantId + " is not registered");
    }
    fields.throwIfAny();
    WalletRecord wallet = lookups.ownedWallet(call, walletId, "/walletId");
    QuoteRecord quote =
        quoteId == null
            ? null
            : services.quotes().usable(call.partner(), quoteId, wallet, "/quoteId");
    if (voucherId != null) {
      services
          .offers()
          .voucher(call.partner(), voucherId)
          .orElseThrow(() -> Lookups.notFound("voucher", voucherId));
    }
    return payMerchant(
        call, wallet, merchantId, amount, quote, description, reference, null, null, voucherId);
  }

  /**
   * Pays a registered merchant from a wallet of the caller through the movement guard, and renders
   * the payment: the one path of every merchant payment, by id or by QR code. A voucher (by id
   * only) takes its discount off what the wallet pays.
   */
  Reply payMerchant(
      Call call,
      WalletRecord wallet,
      String merchantId,
      @Nullable Amount amount,
      @Nullable QuoteRecord quote,
      @Nullable String description,
      @Nullable String reference,
      @Nullable QrExtra extra,
      @Nullable String category,
      @Nullable String voucherId) {
    PaymentRecord payment =
        services
            .movements()
            .payMerchant(
                call.stepUp(),
                wallet,
                merchantId,
                amount,
                quote,
                description,
                reference,
                extra,
                category,
                call.idempotencyScope(),
                voucherId);
    return Reply.created(Views.payment(payment));
  }

  private PaymentRecord visible(Call call) {
    String id = lookups.pathId(call.path(0), "pay_", "path:paymentId");
    PaymentRecord payment = engine.payments().get(id);
    if (payment == null || !payment.partnerId().equals(call.partner().id())) {
      throw Lookups.notFound("payment", id);
    }
    return payment;
  }

  private Reply get(Call call) {
    return Reply.ok(Views.payment(visible(call)));
  }

  private Reply refund(Call call) {
    PaymentRecord payment = visible(call);
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", REFUND_MEMBERS);
    Amount amount = fields.money(body, "", "amount", false);
    String reason = fields.text(body, "", "reason", false, 140);
    fields.positive(amount, "/amount/amount");
    fields.throwIfAny();
    if (amount != null && amount.currency() != payment.amount().currency()) {
      throw ApiProblem.invalidField(
          "/amount/currency",
          "currency_mismatch",
          "must be " + payment.amount().code() + ", the currency of the payment");
    }
    return Reply.created(
        Views.refund(services.payments().refund(payment, amount, reason, call.idempotencyScope())));
  }
}
