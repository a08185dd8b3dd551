/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.MembershipService;
import dev.walletsdk.mock.internal.engine.MembershipTable;
import dev.walletsdk.mock.internal.engine.TierChangeRecord;
import java.time.Instant;
import java.util.Optional;

/** Renders membership tiers as Wallet API v1 objects. */
public final class MembershipViews {
  private MembershipViews() {}

  /**
   * Renders a partner's tier table.
   *
   * @param table the table
   * @return the {@code membership_tier_table} object
   */
  public static ObjectNode table(MembershipTable table) {
    ObjectNode json = MockJson.object();
    json.put("object", "membership_tier_table");
    json.put("currency", table.currency().code());
    json.put("windowDays", table.windowDays());
    ArrayNode tiers = json.putArray("tiers");
    for (MembershipTable.Tier tier : table.tiers()) {
      ObjectNode t = tiers.addObject();
      t.put("tier", tier.name());
      t.set("minSpend", Views.money(Amount.of(table.currency(), tier.minSpendMinor())));
      t.put("minPoints", tier.minPoints());
      t.set("benefits", benefits(tier));
    }
    return json;
  }

  /**
   * Renders a wallet's membership status.
   *
   * @param walletId the wallet
   * @param table its partner's table
   * @param tier its tier
   * @param since since when it has the tier
   * @param progress what counts toward its tier now
   * @return the {@code membership} object
   */
  public static ObjectNode status(
      String walletId,
      MembershipTable table,
      MembershipTable.Tier tier,
      Instant since,
      MembershipService.Progress progress) {
    ObjectNode json = MockJson.object();
    json.put("object", "membership");
    json.put("walletId", walletId);
    json.put("tier", tier.name());
    json.put("since", since.toString());
    json.put("windowDays", table.windowDays());
    json.set("rollingSpend", Views.money(progress.spend()));
    json.put("pointsInWindow", progress.points());
    json.set("benefits", benefits(tier));
    Optional<MembershipTable.Tier> next = table.above(tier.name());
    if (next.isPresent()) {
      ObjectNode n = json.putObject("nextTier");
      n.put("tier", next.get().name());
      long spendNeeded = Math.max(0, next.get().minSpendMinor() - progress.spend().minor());
      n.set("spendNeeded", Views.money(Amount.of(table.currency(), spendNeeded)));
      n.put("pointsNeeded", Math.max(0, next.get().minPoints() - progress.points()));
    }
    return json;
  }

  /**
   * Renders a tier change.
   *
   * @param change the change
   * @return the {@code membership_tier_change} object
   */
  public static ObjectNode change(TierChangeRecord change) {
    ObjectNode json = MockJson.object();
    json.put("object", "membership_tier_change");
    json.put("id", change.id());
    json.put("walletId", change.walletId());
    json.put("from", change.from());
    json.put("to", change.to());
    json.put("cause", change.cause());
    json.set("rollingSpend", Views.money(change.rollingSpend()));
    json.put("pointsInWindow", change.pointsInWindow());
    json.put("changedAt", change.changedAt().toString());
    return json;
  }

  private static ObjectNode benefits(MembershipTable.Tier tier) {
    ObjectNode json = MockJson.object();
    json.put("pointsMultiplierPercent", tier.pointsMultiplierPercent());
    json.put("fxFeeDiscountPercent", tier.fxFeeDiscountPercent());
    return json;
  }
}
