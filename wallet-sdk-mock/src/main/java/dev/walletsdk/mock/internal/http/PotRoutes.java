/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.PotRecord;
import dev.walletsdk.mock.internal.engine.PotService;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.PotViews;
import dev.walletsdk.model.CurrencyCode;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The savings pot routes: create, list, read, rename, close, deposit and withdraw. */
final class PotRoutes {
  /** The longest pot name. */
  static final int MAX_NAME = 50;

  private static final Set<String> CREATE_MEMBERS = Set.of("name", "currency", "target", "sweep");
  private static final Set<String> SWEEP_MEMBERS = Set.of("amount", "interval");
  private static final Set<String> RENAME_MEMBERS = Set.of("name");
  private static final Set<String> MOVE_MEMBERS = Set.of("amount");

  private final Lookups lookups;
  private final PotService pots;

  PotRoutes(Lookups lookups, PotService pots) {
    this.lookups = lookups;
    this.pots = pots;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/wallets/{walletId}/pots", Set.of(), this::create),
        Route.of("GET", "/v1/wallets/{walletId}/pots", Set.of("cursor", "limit"), this::list),
        Route.of("GET", "/v1/pots/{potId}", Set.of(), call -> reply(owned(call))),
        Route.of("POST", "/v1/pots/{potId}/rename", Set.of(), this::rename),
        Route.of("POST", "/v1/pots/{potId}/close", Set.of(), this::close),
        Route.of("POST", "/v1/pots/{potId}/deposits", Set.of(), call -> move(call, true)),
        Route.of("POST", "/v1/pots/{potId}/withdrawals", Set.of(), call -> move(call, false)));
  }

  private Reply create(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", CREATE_MEMBERS);
    String name = name(fields, body);
    CurrencyCode currency = fields.currency(body, "", "currency", true);
    Amount target = fields.money(body, "", "target", false);
    fields.positive(target, "/target/amount");
    sameCurrency(fields, target, currency, "/target/currency");
    JsonNode sweepNode =
        fields.object(body == null ? null : body.get("sweep"), "/sweep", SWEEP_MEMBERS);
    PotRecord.Sweep sweep = sweepNode == null ? null : sweep(fields, sweepNode, currency);
    fields.throwIfAny();
    PotRecord pot = pots.create(wallet, name, currency, target, sweep);
    return Reply.created(PotViews.pot(pot, pots.balance(pot)));
  }

  private static PotRecord.@Nullable Sweep sweep(
      Fields fields, JsonNode node, @Nullable CurrencyCode currency) {
    Amount amount = fields.money(node, "/sweep", "amount", true);
    fields.positive(amount, "/sweep/amount/amount");
    sameCurrency(fields, amount, currency, "/sweep/amount/currency");
    String interval = fields.text(node, "/sweep", "interval", true, 16);
    if (interval != null && !interval.equals("weekly") && !interval.equals("monthly")) {
      fields.add("/sweep/interval", "invalid_format", "must be weekly or monthly");
      return null;
    }
    return amount == null || interval == null ? null : new PotRecord.Sweep(amount, interval);
  }

  private static void sameCurrency(
      Fields fields, @Nullable Amount amount, @Nullable CurrencyCode currency, String pointer) {
    if (amount != null && currency != null && amount.currency() != currency) {
      fields.add(pointer, "currency_mismatch", "must be " + currency + ", the pot's currency");
    }
  }

  private static @Nullable String name(Fields fields, @Nullable JsonNode body) {
    String name = fields.text(body, "", "name", true, MAX_NAME);
    if (name != null && name.isBlank()) {
      fields.add("/name", "blank", "must not be blank");
      return null;
    }
    return name;
  }

  private Reply list(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    return Cursors.page(
        pots.pots(wallet.id()),
        false,
        "pots:" + wallet.id(),
        call.query().get("cursor"),
        Query.limit(call.query()),
        pot -> PotViews.pot(pot, pots.balance(pot)));
  }

  private Reply rename(Call call) {
    PotRecord pot = owned(call);
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", RENAME_MEMBERS);
    String name = name(fields, body);
    fields.throwIfAny();
    return reply(pots.rename(pot, name));
  }

  private Reply close(Call call) {
    PotRecord pot = owned(call);
    Fields fields = new Fields();
    fields.object(call.requireBody(), "", Set.of());
    fields.throwIfAny();
    return reply(pots.close(pot));
  }

  private Reply move(Call call, boolean deposit) {
    PotRecord pot = owned(call);
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", MOVE_MEMBERS);
    Amount amount = fields.money(body, "", "amount", true);
    fields.positive(amount, "/amount/amount");
    sameCurrency(fields, amount, pot.currency(), "/amount/currency");
    fields.throwIfAny();
    String scope = call.idempotencyScope();
    return Reply.created(
        PotViews.move(
            deposit ? pots.deposit(pot, amount, scope) : pots.withdraw(pot, amount, scope)));
  }

  private Reply reply(PotRecord pot) {
    return Reply.ok(PotViews.pot(pot, pots.balance(pot)));
  }

  private PotRecord owned(Call call) {
    String id = lookups.pathId(call.path(0), "pot_", "path:potId");
    return pots.pot(id)
        .filter(pot -> pot.partnerId().equals(call.partner().id()))
        .orElseThrow(() -> Lookups.notFound("pot", id));
  }
}
