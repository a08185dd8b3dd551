/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.OfferRecord;
import dev.walletsdk.mock.internal.engine.OfferService;
import dev.walletsdk.mock.internal.engine.VoucherRecord;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.OfferViews;
import dev.walletsdk.model.CurrencyCode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The offer and voucher routes: a partner creates merchant-funded offers, issues their vouchers to
 * its wallets and lists a wallet's vouchers. Routes parse and render; {@link OfferService} decides.
 */
final class OfferRoutes {
  /** The longest offer title. */
  static final int MAX_TITLE = 100;

  /** The most vouchers of one offer a wallet may hold. */
  static final long MAX_PER_HOLDER = 100;

  /** The longest validity window, and how far ahead it may start. */
  static final Duration MAX_WINDOW = Duration.ofDays(366);

  private static final Set<String> CREATE_MEMBERS =
      Set.of(
          "merchantId",
          "title",
          "currency",
          "percentOff",
          "amountOff",
          "minimumSpend",
          "validFrom",
          "validUntil",
          "perHolderLimit");
  private static final Set<String> ISSUE_MEMBERS = Set.of("walletId");

  private final Engine engine;
  private final Lookups lookups;
  private final OfferService offers;

  OfferRoutes(Engine engine, Lookups lookups, OfferService offers) {
    this.engine = engine;
    this.lookups = lookups;
    this.offers = offers;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/offers", Set.of(), this::create),
        Route.of(
            "GET",
            "/v1/offers/{offerId}",
            Set.of(),
            call -> Reply.ok(OfferViews.offer(owned(call)))),
        Route.of("POST", "/v1/offers/{offerId}/vouchers", Set.of(), this::issue),
        Route.of("GET", "/v1/wallets/{walletId}/vouchers", Set.of("cursor", "limit"), this::list),
        Route.of("GET", "/v1/vouchers/{voucherId}", Set.of(), this::voucher));
  }

  private Reply create(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", CREATE_MEMBERS);
    String merchantId = fields.id(body, "", "merchantId", "mer_", true);
    String title = fields.text(body, "", "title", true, MAX_TITLE);
    if (title != null && title.isBlank()) {
      fields.add("/title", "blank", "must not be blank");
    }
    CurrencyCode currency = fields.currency(body, "", "currency", true);
    fields.exactlyOne(body, "percentOff", "amountOff");
    Long percentOff =
        body != null && body.hasNonNull("percentOff")
            ? fields.positiveWhole(body, "", "percentOff", 99)
            : null;
    Amount amountOff = fields.money(body, "", "amountOff", false);
    fields.positive(amountOff, "/amountOff/amount");
    sameCurrency(fields, amountOff, currency, "/amountOff/currency");
    Amount minimumSpend = fields.money(body, "", "minimumSpend", false);
    sameCurrency(fields, minimumSpend, currency, "/minimumSpend/currency");
    if (amountOff != null && body.hasNonNull("amountOff") && !body.hasNonNull("minimumSpend")) {
      fields.missing("/minimumSpend");
    } else if (amountOff != null
        && minimumSpend != null
        && minimumSpend.minor() <= amountOff.minor()) {
      fields.add("/minimumSpend/amount", "out_of_range", "must be more than amountOff");
    }
    Instant now = engine.clock().now();
    Instant validFrom = instant(fields, body, "validFrom", false);
    Instant validUntil = instant(fields, body, "validUntil", true);
    Instant from = validFrom == null ? now : validFrom;
    if (validFrom != null && validFrom.isAfter(now.plus(MAX_WINDOW))) {
      fields.add("/validFrom", "out_of_range", "must be at most 366 days ahead");
    }
    if (validUntil != null
        && (!validUntil.isAfter(from)
            || !validUntil.isAfter(now)
            || validUntil.isAfter(from.plus(MAX_WINDOW)))) {
      fields.add(
          "/validUntil",
          "out_of_range",
          "must be after now and after validFrom, and at most 366 days after validFrom");
    }
    Long limit =
        body != null && body.hasNonNull("perHolderLimit")
            ? fields.positiveWhole(body, "", "perHolderLimit", MAX_PER_HOLDER)
            : Long.valueOf(1);
    if (merchantId != null && !engine.merchants().containsKey(merchantId)) {
      fields.add(
          "/merchantId", "unknown_merchant", "merchant " + merchantId + " is not registered");
    }
    fields.throwIfAny();
    OfferRecord offer =
        offers.create(
            call.partner(),
            merchantId,
            title,
            currency,
            percentOff == null ? null : percentOff.intValue(),
            amountOff,
            minimumSpend,
            from,
            validUntil,
            limit.intValue());
    return Reply.created(OfferViews.offer(offer));
  }

  private static @Nullable Instant instant(
      Fields fields, @Nullable JsonNode body, String member, boolean required) {
    String text = fields.text(body, "", member, required, 40);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      fields.add("/" + member, "invalid_format", "must be an RFC 3339 UTC timestamp");
      return null;
    }
  }

  private static void sameCurrency(
      Fields fields, @Nullable Amount amount, @Nullable CurrencyCode currency, String pointer) {
    if (amount != null && currency != null && amount.currency() != currency) {
      fields.add(pointer, "currency_mismatch", "must be " + currency + ", the offer's currency");
    }
  }

  private Reply issue(Call call) {
    OfferRecord offer = owned(call);
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", ISSUE_MEMBERS);
    String walletId = fields.id(body, "", "walletId", "wal_", true);
    fields.throwIfAny();
    WalletRecord wallet = lookups.ownedWallet(call, walletId, "/walletId");
    VoucherRecord voucher = offers.issue(offer, wallet);
    return Reply.created(OfferViews.voucher(voucher, offer));
  }

  private Reply list(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    return Cursors.page(
        offers.vouchers(wallet.id()),
        false,
        "vouchers:" + wallet.id(),
        call.query().get("cursor"),
        Query.limit(call.query()),
        voucher -> OfferViews.voucher(voucher, offers.offerOf(voucher)));
  }

  private Reply voucher(Call call) {
    String id = lookups.pathId(call.path(0), "vch_", "path:voucherId");
    VoucherRecord voucher =
        offers.voucher(call.partner(), id).orElseThrow(() -> Lookups.notFound("voucher", id));
    return Reply.ok(OfferViews.voucher(voucher, offers.offerOf(voucher)));
  }

  private OfferRecord owned(Call call) {
    String id = lookups.pathId(call.path(0), "ofr_", "path:offerId");
    return offers.offer(call.partner(), id).orElseThrow(() -> Lookups.notFound("offer", id));
  }
}
