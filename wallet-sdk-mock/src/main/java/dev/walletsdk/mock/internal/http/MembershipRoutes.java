/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.MembershipService;
import dev.walletsdk.mock.internal.engine.MembershipTable;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.MembershipViews;
import java.util.List;
import java.util.Set;

/** The membership routes: the partner's tier table and a wallet's membership status. */
final class MembershipRoutes {
  private final Engine engine;
  private final Lookups lookups;
  private final MembershipService membership;

  MembershipRoutes(Engine engine, Lookups lookups, MembershipService membership) {
    this.engine = engine;
    this.lookups = lookups;
    this.membership = membership;
  }

  List<Route> routes() {
    return List.of(
        Route.of(
            "GET",
            "/v1/membership/tiers",
            Set.of(),
            call ->
                Reply.ok(MembershipViews.table(engine.membership().table(call.partner().id())))),
        Route.of("GET", "/v1/wallets/{walletId}/membership", Set.of(), this::status));
  }

  private Reply status(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    MembershipTable table = engine.membership().table(wallet.partnerId());
    return Reply.ok(
        MembershipViews.status(
            wallet.id(),
            table,
            engine.membership().tier(wallet),
            engine.membership().since(wallet),
            membership.progress(wallet)));
  }
}
