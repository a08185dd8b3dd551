/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.reliability;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockControl;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.MembershipBenefits;
import dev.walletsdk.model.MembershipTier;
import dev.walletsdk.model.MembershipTierChange;
import dev.walletsdk.model.MembershipTierDefinition;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The membership tiers of the {@code tiers} configuration of a reliability run, with real benefits,
 * and an independent model of them for the point check. Spend counts in USD; silver from 100.00 USD
 * or 300 points earns points ×150 %, gold from 250.00 USD or 900 points earns ×275 %, so most
 * wallets climb both steps during a run and floors of odd products are exercised. The run's clock
 * never moves a window (30 days), so a wallet's tier when it pays follows from its earlier payments
 * in journal order alone: the payment that lifts a wallet earns at the tier below.
 */
final class TierRules {
  /** One tier of the model: what qualifies, and the multiplier in percent. */
  private record Tier(MembershipTier name, long minSpendMinor, long minPoints, int multiplier) {}

  private static final List<Tier> TIERS =
      List.of(
          new Tier(MembershipTier.STANDARD, 0, 0, 100),
          new Tier(MembershipTier.SILVER, 10_000, 300, 150),
          new Tier(MembershipTier.GOLD, 25_000, 900, 275));

  private TierRules() {}

  static void apply(MockControl control) {
    List<MembershipTierDefinition> rows = new ArrayList<>();
    for (Tier tier : TIERS) {
      rows.add(
          new MembershipTierDefinition(
              tier.name(),
              Money.ofMinor(tier.minSpendMinor(), CurrencyCode.USD),
              tier.minPoints(),
              new MembershipBenefits(tier.multiplier(), discount(tier))));
    }
    control.setMembershipTiers(
        control.defaultPartner(), new MembershipTierTable(CurrencyCode.USD, 30, rows));
  }

  /** The body of the control-plane operation {@code membership.tiers} that sets the table. */
  static String controlJson(String partnerId) {
    StringBuilder json =
        new StringBuilder("{\"partnerId\":\"" + partnerId + "\",\"currency\":\"USD\"");
    json.append(",\"windowDays\":30");
    for (Tier tier : TIERS.subList(1, TIERS.size())) {
      json.append(",\"")
          .append(tier.name().name().toLowerCase(java.util.Locale.ROOT))
          .append("\":{\"minSpend\":\"")
          .append(Money.ofMinor(tier.minSpendMinor(), CurrencyCode.USD).amount().toPlainString())
          .append("\",\"minPoints\":")
          .append(tier.minPoints())
          .append(",\"pointsMultiplierPercent\":")
          .append(tier.multiplier())
          .append(",\"fxFeeDiscountPercent\":")
          .append(discount(tier))
          .append('}');
    }
    return json.append('}').toString();
  }

  private static int discount(Tier tier) {
    return tier.multiplier() == 100 ? 0 : tier.multiplier() == 150 ? 25 : 50;
  }

  /** A wallet's payments in journal order, walked through the model. */
  static final class Member {
    private int tier;
    private long spendUsd;
    private long points;
    private final List<String> changes = new ArrayList<>();

    /**
     * Counts one payment: it earns at the tier the wallet is in now, then the tier is evaluated.
     *
     * @return the points the payment earns
     */
    long pay(Money amount, long basePoints) {
      long earned = basePoints * TIERS.get(tier).multiplier() / 100;
      points += earned;
      if (amount.currency() == CurrencyCode.USD) {
        spendUsd += amount.minorUnits();
      }
      int to = 0;
      for (int i = 0; i < TIERS.size(); i++) {
        if (spendUsd >= TIERS.get(i).minSpendMinor() || points >= TIERS.get(i).minPoints()) {
          to = i;
        }
      }
      if (to != tier) {
        changes.add(TIERS.get(tier).name() + "->" + TIERS.get(to).name());
        tier = to;
      }
      return earned;
    }

    List<String> changes() {
      return changes;
    }
  }

  /** Every tier change on the event feed, as {@code FROM->TO} per wallet, in feed order. */
  static Map<WalletId, List<String>> changes(WalletClient client) {
    Map<WalletId, List<String>> byWallet = new HashMap<>();
    for (Event event : client.events().list(EventQuery.builder().build())) {
      if (event.data() instanceof MembershipTierChange change) {
        byWallet
            .computeIfAbsent(change.walletId(), w -> new ArrayList<>())
            .add(change.from() + "->" + change.to());
      }
    }
    return byWallet;
  }
}
