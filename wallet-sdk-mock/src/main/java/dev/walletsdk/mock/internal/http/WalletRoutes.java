/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.command.FieldDecryption;
import dev.walletsdk.mock.internal.command.Services;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.IdentityRecord;
import dev.walletsdk.mock.internal.engine.PotService;
import dev.walletsdk.mock.internal.engine.TransactionRecord;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.engine.WalletService;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.WalletKind;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The wallet routes: open, get, list, balances and transactions. */
final class WalletRoutes {
  private static final Set<String> OPEN_MEMBERS =
      Set.of("displayName", "currencies", "reference", "kind", "identity");

  private final Engine engine;
  private final Lookups lookups;
  private final WalletService wallets;
  private final FieldDecryption decryption;
  private final PotService pots;

  WalletRoutes(Engine engine, Lookups lookups, Services services) {
    this.engine = engine;
    this.lookups = lookups;
    this.wallets = services.wallets();
    this.decryption = services.decryption();
    this.pots = services.pots();
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/wallets", Set.of(), this::open),
        Route.of("GET", "/v1/wallets", Set.of("cursor", "limit"), this::list),
        Route.of("GET", "/v1/wallets/{walletId}", Set.of(), this::get),
        Route.of("GET", "/v1/wallets/{walletId}/balances", Set.of("currency"), this::balances),
        Route.of(
            "GET",
            "/v1/wallets/{walletId}/transactions",
            Set.of("cursor", "limit", "since", "until"),
            this::transactions));
  }

  private Reply open(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", OPEN_MEMBERS);
    String displayName = fields.text(body, "", "displayName", true, 100);
    String reference = fields.text(body, "", "reference", false, 64);
    List<CurrencyCode> currencies = currencies(fields, body);
    WalletKind kind = kind(fields, body);
    IdentityRecord identity = new IdentityFields(decryption).read(fields, body);
    fields.throwIfAny();
    return Reply.created(
        Views.wallet(
            wallets.open(call.partner(), kind, displayName, currencies, reference, identity)));
  }

  /** Absent means personal, as before business wallets existed. */
  private static WalletKind kind(Fields fields, @Nullable JsonNode body) {
    String text = fields.text(body, "", "kind", false, 16);
    if (text == null || text.equals("personal")) {
      return WalletKind.PERSONAL;
    }
    if (text.equals("business")) {
      return WalletKind.BUSINESS;
    }
    fields.add("/kind", "invalid_value", "must be personal or business");
    return WalletKind.PERSONAL;
  }

  private static List<CurrencyCode> currencies(Fields fields, @Nullable JsonNode body) {
    JsonNode node = body == null ? null : body.get("currencies");
    List<CurrencyCode> currencies = new ArrayList<>();
    if (node == null || node.isNull()) {
      fields.missing("/currencies");
    } else if (!node.isArray() || node.isEmpty() || node.size() > 20) {
      fields.add("/currencies", "invalid_length", "must be an array of 1 to 20 currency codes");
    } else {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        CurrencyCode currency = fields.currencyElement(array.get(i), "/currencies/" + i);
        if (currency != null && currencies.contains(currency)) {
          fields.add("/currencies/" + i, "duplicate", "names " + currency + " twice");
        } else if (currency != null) {
          currencies.add(currency);
        }
      }
    }
    return currencies;
  }

  private Reply get(Call call) {
    return Reply.ok(Views.wallet(owned(call, call.path(0))));
  }

  private Reply list(Call call) {
    List<WalletRecord> mine = new ArrayList<>();
    engine
        .wallets()
        .forEach(
            w -> {
              if (w.partnerId().equals(call.partner().id())) {
                mine.add(w);
              }
            });
    return Cursors.page(
        mine,
        false,
        "wallets",
        call.query().get("cursor"),
        Query.limit(call.query()),
        Views::wallet);
  }

  private Reply balances(Call call) {
    WalletRecord wallet = owned(call, call.path(0));
    String only = call.query().get("currency");
    List<CurrencyCode> currencies = wallet.currencies();
    if (only != null) {
      if (!CurrencyCode.isKnown(only)) {
        throw ApiProblem.invalidField(
            "query:currency", "unknown_currency", "\"" + only + "\" is not a known currency");
      }
      currencies = List.of(CurrencyCode.of(only));
    }
    ObjectNode json = MockJson.object();
    json.put("object", "balances");
    json.put("walletId", wallet.id());
    ArrayNode balances = Views.balances(engine.ledger(), wallet, currencies);
    for (int i = 0; i < currencies.size(); i++) {
      CurrencyCode currency = currencies.get(i);
      ((ObjectNode) balances.get(i))
          .set("inPots", Views.money(Amount.of(currency, pots.inPots(wallet.id(), currency))));
    }
    json.set("balances", balances);
    return Reply.ok(json);
  }

  private Reply transactions(Call call) {
    WalletRecord wallet = owned(call, call.path(0));
    Map<String, String> query = call.query();
    Instant since = instant(query, "since");
    Instant until = instant(query, "until");
    List<TransactionRecord> matching = new ArrayList<>();
    for (TransactionRecord transaction : wallet.transactions()) {
      boolean afterSince = since == null || !transaction.createdAt().isBefore(since);
      boolean beforeUntil = until == null || transaction.createdAt().isBefore(until);
      if (afterSince && beforeUntil) {
        matching.add(transaction);
      }
    }
    String listName =
        "txn:"
            + wallet.id()
            + ":"
            + query.getOrDefault("since", "")
            + ":"
            + query.getOrDefault("until", "");
    return Cursors.page(
        matching, true, listName, query.get("cursor"), Query.limit(query), Views::transaction);
  }

  private static @Nullable Instant instant(Map<String, String> query, String name) {
    String text = query.get(name);
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidField(
          "query:" + name, "invalid_format", "must be an RFC 3339 timestamp");
    }
  }

  private WalletRecord owned(Call call, String walletId) {
    return lookups.ownedWallet(call, walletId, "path:walletId");
  }
}
