/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.list;
import static dev.walletsdk.model.Checks.range;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.List;
import java.util.Optional;

/**
 * A partner's membership tiers: what qualifies a wallet for each and what each gives. A wallet's
 * rolling spend is what it paid merchants in {@code currency} (fees included, net of refunds) over
 * the last {@code windowDays} days of the platform clock; its points in the window are the rewards
 * points those payments (in any currency) earned, net of reversals. Immutable.
 *
 * @param currency the currency in which spend counts
 * @param windowDays the rolling window, 1 to 366 days
 * @param tiers the tiers, lowest first
 */
public record MembershipTierTable(
    CurrencyCode currency, int windowDays, List<MembershipTierDefinition> tiers) {
  /** The longest window, in days. */
  public static final int MAX_WINDOW_DAYS = 366;

  /**
   * Checks the members.
   *
   * @param currency the currency
   * @param windowDays 1 to 366
   * @param tiers the tiers, each with a {@code minSpend} in {@code currency}
   * @throws InvalidRequestException naming a missing member, {@code windowDays} out of range, or
   *     ({@code currency_mismatch}) a tier's {@code minSpend} in another currency
   */
  public MembershipTierTable {
    required(currency, "currency");
    range(windowDays, "windowDays", 1, MAX_WINDOW_DAYS);
    tiers = list(tiers, "tiers");
    for (MembershipTierDefinition tier : tiers) {
      if (tier.minSpend().currency() != currency) {
        throw InvalidRequestException.forField(
            "tiers",
            "currency_mismatch",
            "minSpend of "
                + tier.tier()
                + " is in "
                + tier.minSpend().currency()
                + ", not the table's currency "
                + currency);
      }
    }
  }

  /**
   * Returns a tier's row.
   *
   * @param tier the tier
   * @return its row, if the table has one
   */
  public Optional<MembershipTierDefinition> tier(MembershipTier tier) {
    return tiers.stream().filter(t -> t.tier() == tier).findFirst();
  }
}
