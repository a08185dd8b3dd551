/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MembershipBenefits;
import dev.walletsdk.model.MembershipNextTier;
import dev.walletsdk.model.MembershipStatus;
import dev.walletsdk.model.MembershipTier;
import dev.walletsdk.model.MembershipTierChange;
import dev.walletsdk.model.MembershipTierChangeCause;
import dev.walletsdk.model.MembershipTierChangeId;
import dev.walletsdk.model.MembershipTierDefinition;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.WalletId;
import org.jspecify.annotations.Nullable;

/** Reads membership tier objects. */
public final class MembershipReaders {
  private MembershipReaders() {}

  /**
   * Reads a partner's tier table.
   *
   * @param json the {@code membership_tier_table} object
   * @return the table
   */
  public static MembershipTierTable table(JsonRead json) {
    ModelReaders.expectObject(json, "membership_tier_table");
    return new MembershipTierTable(
        json.value("currency", CurrencyCode::of),
        json.integer("windowDays"),
        json.list("tiers", MembershipReaders::definition));
  }

  private static MembershipTierDefinition definition(JsonRead json) {
    return new MembershipTierDefinition(
        tier(json, "tier"), json.money("minSpend"), json.count("minPoints"), benefits(json));
  }

  /**
   * Reads a wallet's membership.
   *
   * @param json the {@code membership} object
   * @return the status
   */
  public static MembershipStatus status(JsonRead json) {
    ModelReaders.expectObject(json, "membership");
    return new MembershipStatus(
        json.value("walletId", WalletId::of),
        tier(json, "tier"),
        json.instant("since"),
        json.integer("windowDays"),
        json.money("rollingSpend"),
        json.count("pointsInWindow"),
        benefits(json),
        next(json.optObject("nextTier")));
  }

  private static @Nullable MembershipNextTier next(@Nullable JsonRead json) {
    if (json == null) {
      return null;
    }
    return new MembershipNextTier(
        tier(json, "tier"), json.money("spendNeeded"), json.count("pointsNeeded"));
  }

  /**
   * Reads a tier change, the data of {@code membership.tier_changed}.
   *
   * @param json the {@code membership_tier_change} object
   * @return the change
   */
  public static MembershipTierChange change(JsonRead json) {
    ModelReaders.expectObject(json, "membership_tier_change");
    return new MembershipTierChange(
        json.value("id", MembershipTierChangeId::of),
        json.value("walletId", WalletId::of),
        tier(json, "from"),
        tier(json, "to"),
        json.enumValue("cause", MembershipTierChangeCause.class, MembershipTierChangeCause.UNKNOWN),
        json.money("rollingSpend"),
        json.count("pointsInWindow"),
        json.instant("changedAt"));
  }

  private static MembershipTier tier(JsonRead json, String member) {
    return json.enumValue(member, MembershipTier.class, MembershipTier.UNKNOWN);
  }

  private static MembershipBenefits benefits(JsonRead json) {
    JsonRead benefits = json.object("benefits");
    return new MembershipBenefits(
        benefits.integer("pointsMultiplierPercent"), benefits.integer("fxFeeDiscountPercent"));
  }
}
