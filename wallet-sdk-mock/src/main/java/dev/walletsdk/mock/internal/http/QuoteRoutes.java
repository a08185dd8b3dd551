/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.QuoteRecord;
import dev.walletsdk.mock.internal.engine.QuoteService;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.CurrencyCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The quote routes: create, get and list. */
final class QuoteRoutes {
  private static final Set<String> MEMBERS =
      Set.of("walletId", "sellAmount", "buyCurrency", "buyAmount", "sellCurrency");

  private final Engine engine;
  private final Lookups lookups;
  private final QuoteService quotes;

  QuoteRoutes(Engine engine, Lookups lookups, QuoteService quotes) {
    this.engine = engine;
    this.lookups = lookups;
    this.quotes = quotes;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/quotes", Set.of(), this::create),
        Route.of("GET", "/v1/quotes", Set.of("walletId", "cursor", "limit"), this::list),
        Route.of("GET", "/v1/quotes/{quoteId}", Set.of(), this::get));
  }

  private Reply create(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", MEMBERS);
    String walletId = fields.id(body, "", "walletId", "wal_", true);
    Amount sell = fields.money(body, "", "sellAmount", false);
    Amount buy = fields.money(body, "", "buyAmount", false);
    fields.exactlyOne(body, "sellAmount", "buyAmount");
    boolean sellFixed = body != null && body.hasNonNull("sellAmount");
    String otherMember = sellFixed ? "buyCurrency" : "sellCurrency";
    String forbidden = sellFixed ? "sellCurrency" : "buyCurrency";
    CurrencyCode other = fields.currency(body, "", otherMember, true);
    if (body != null && body.has(forbidden)) {
      fields.add(
          "/" + forbidden,
          "mutually_exclusive",
          "must not be sent with " + (sellFixed ? "sellAmount" : "buyAmount"));
    }
    fields.positive(sell, "/sellAmount/amount");
    fields.positive(buy, "/buyAmount/amount");
    Amount fixed = sellFixed ? sell : buy;
    if (fixed != null && other != null && fixed.currency() == other) {
      fields.add(
          "/" + otherMember, "same_currency", "must differ from the fixed amount's currency");
    }
    fields.throwIfAny();
    WalletRecord wallet = lookups.ownedWallet(call, walletId, "/walletId");
    QuoteRecord quote =
        quotes.create(
            call.partner(), wallet, sellFixed ? sell : null, sellFixed ? null : buy, other);
    return Reply.created(Views.quote(quote, quotes.status(quote)));
  }

  private Reply get(Call call) {
    String id = lookups.pathId(call.path(0), "quo_", "path:quoteId");
    QuoteRecord quote = quotes.visible(call.partner(), id);
    return Reply.ok(Views.quote(quote, quotes.status(quote)));
  }

  private Reply list(Call call) {
    String walletId = call.query().get("walletId");
    if (walletId == null) {
      throw dev.walletsdk.mock.internal.engine.ApiProblem.invalidField(
          "query:walletId", "required", "is required");
    }
    WalletRecord wallet = lookups.ownedWallet(call, walletId, "query:walletId");
    List<QuoteRecord> mine = new ArrayList<>();
    for (QuoteRecord quote : engine.quotes().values()) {
      if (quote.walletId().equals(wallet.id())) {
        mine.add(quote);
      }
    }
    return Cursors.page(
        mine,
        true,
        "quotes:" + wallet.id(),
        call.query().get("cursor"),
        Query.limit(call.query()),
        quote -> Views.quote(quote, quotes.status(quote)));
  }
}
