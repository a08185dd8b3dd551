/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.MembershipService;
import dev.walletsdk.mock.internal.engine.MembershipTable;
import dev.walletsdk.mock.internal.view.MembershipViews;
import dev.walletsdk.model.CurrencyCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The control-plane operation {@code membership.tiers}: sets a partner's tier table. Arguments:
 * {@code partnerId}, {@code currency}, {@code windowDays}, and {@code silver} and {@code gold},
 * each {@code {"minSpend": "500.00", "minPoints": 500, "pointsMultiplierPercent": 125,
 * "fxFeeDiscountPercent": 25}}; {@code standard} needs nothing and gives nothing. The whole table
 * is read and checked before anything changes.
 */
final class MembershipControl {
  private final Engine engine;
  private final MembershipService membership;

  MembershipControl(Engine engine, MembershipService membership) {
    this.engine = engine;
    this.membership = membership;
  }

  JsonNode tiers(Args args) {
    String partnerId = args.text("partnerId");
    if (engine.partner(partnerId).isEmpty()) {
      throw new ControlException("partner " + partnerId + " does not exist");
    }
    CurrencyCode currency = Args.currency(args.text("currency"));
    int windowDays = (int) args.longBetween("windowDays", 1, MembershipTable.MAX_WINDOW_DAYS);
    List<MembershipTable.Tier> tiers = new ArrayList<>();
    for (String name : MembershipTable.NAMES) {
      tiers.add(
          name.equals("standard") && !args.has(name)
              ? MembershipTable.DEFAULT.tiers().get(0)
              : tier(args, name, currency));
    }
    MembershipTable table = new MembershipTable(currency, windowDays, tiers);
    table
        .problem()
        .ifPresent(
            problem -> {
              throw new ControlException("membership.tiers: " + problem);
            });
    membership.configure(partnerId, table);
    return MembershipViews.table(table);
  }

  private static MembershipTable.Tier tier(Args args, String name, CurrencyCode currency) {
    Args tier = args.object(name);
    Long minSpend = tier.optionalMinor("minSpend", currency);
    if (minSpend == null) {
      throw new ControlException("membership.tiers " + name + " needs minSpend");
    }
    return new MembershipTable.Tier(
        name,
        minSpend,
        tier.nonNegativeLong("minPoints"),
        (int)
            tier.longBetween(
                "pointsMultiplierPercent", 100, MembershipTable.MAX_MULTIPLIER_PERCENT),
        (int) tier.longBetween("fxFeeDiscountPercent", 0, 100));
  }
}
