/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.RedemptionRecord;
import dev.walletsdk.mock.internal.engine.RewardsService;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.RedemptionRequest;
import java.util.List;
import java.util.Set;

/** The rewards routes: the programme, a wallet's points and history, and redemptions. */
final class RewardsRoutes {
  private static final Set<String> REDEEM_MEMBERS = Set.of("walletId", "points", "currency");

  private final Engine engine;
  private final Lookups lookups;
  private final RewardsService rewards;

  RewardsRoutes(Engine engine, Lookups lookups, RewardsService rewards) {
    this.engine = engine;
    this.lookups = lookups;
    this.rewards = rewards;
  }

  List<Route> routes() {
    return List.of(
        Route.of(
            "GET",
            "/v1/rewards/program",
            Set.of(),
            call -> Reply.ok(Views.rewardsProgram(engine.rewards()))),
        Route.of("GET", "/v1/wallets/{walletId}/rewards", Set.of(), this::account),
        Route.of(
            "GET",
            "/v1/wallets/{walletId}/rewards/history",
            Set.of("cursor", "limit"),
            this::history),
        Route.of("POST", "/v1/rewards/redemptions", Set.of(), this::redeem),
        Route.of("GET", "/v1/rewards/redemptions/{redemptionId}", Set.of(), this::redemption));
  }

  private Reply account(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    return Reply.ok(
        Views.rewardsAccount(
            wallet.id(), rewards.points(wallet.id()), engine.rewards().history(wallet.id())));
  }

  private Reply history(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    return Cursors.page(
        engine.rewards().history(wallet.id()),
        true,
        "rewards:" + wallet.id(),
        call.query().get("cursor"),
        Query.limit(call.query()),
        Views::rewardsEntry);
  }

  private Reply redeem(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", REDEEM_MEMBERS);
    String walletId = fields.id(body, "", "walletId", "wal_", true);
    Long points = fields.positiveWhole(body, "", "points", RedemptionRequest.MAX_POINTS);
    CurrencyCode currency = fields.currency(body, "", "currency", true);
    fields.throwIfAny();
    WalletRecord wallet = lookups.ownedWallet(call, walletId, "/walletId");
    RedemptionRecord redemption =
        rewards.redeem(call.partner(), wallet, points, currency, call.idempotencyScope());
    return Reply.created(Views.redemption(redemption));
  }

  private Reply redemption(Call call) {
    String id = lookups.pathId(call.path(0), "rdm_", "path:redemptionId");
    RedemptionRecord redemption =
        engine
            .rewards()
            .redemption(id)
            .filter(r -> r.partnerId().equals(call.partner().id()))
            .orElseThrow(() -> Lookups.notFound("redemption", id));
    return Reply.ok(Views.redemption(redemption));
  }
}
