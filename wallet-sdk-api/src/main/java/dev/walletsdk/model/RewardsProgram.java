/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The platform's rewards programme ({@code GET /v1/rewards/program}): how many points a merchant
 * payment earns per whole unit of money spent in each currency (fees excluded, a fraction of a unit
 * earns nothing), and what points redeem for.
 *
 * <p>Immutable and thread-safe.
 */
public final class RewardsProgram {
  private final Map<CurrencyCode, Long> earnRules;
  private final List<RedemptionRate> redemptionRates;

  private RewardsProgram(Map<CurrencyCode, Long> earnRules, List<RedemptionRate> redemptionRates) {
    this.earnRules = Map.copyOf(earnRules);
    this.redemptionRates = List.copyOf(redemptionRates);
  }

  /**
   * Creates a programme.
   *
   * @param earnRules points per whole unit spent, by currency
   * @param redemptionRates what points redeem for, at most one per currency
   * @return the programme
   * @throws dev.walletsdk.InvalidRequestException if an argument is missing
   */
  public static RewardsProgram of(
      @Nullable Map<CurrencyCode, Long> earnRules, @Nullable List<RedemptionRate> redemptionRates) {
    return new RewardsProgram(
        required(earnRules, "earnRules"), required(redemptionRates, "redemptionRates"));
  }

  /**
   * Returns the earning rules.
   *
   * @return points per whole unit spent, by currency; a currency not in it earns nothing
   */
  public Map<CurrencyCode, Long> earnRules() {
    return earnRules;
  }

  /**
   * Returns the redemption rates.
   *
   * @return one rate per currency points redeem into
   */
  public List<RedemptionRate> redemptionRates() {
    return redemptionRates;
  }

  /**
   * Returns the rate of a currency.
   *
   * @param currency the currency to redeem into
   * @return its rate, or empty if points do not redeem into it
   */
  public Optional<RedemptionRate> redemptionRate(CurrencyCode currency) {
    for (RedemptionRate rate : redemptionRates) {
      if (rate.currency() == currency) {
        return Optional.of(rate);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RewardsProgram other
        && earnRules.equals(other.earnRules)
        && redemptionRates.equals(other.redemptionRates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(earnRules, redemptionRates);
  }

  @Override
  public String toString() {
    return "RewardsProgram{earnRules=" + earnRules + ", redemptionRates=" + redemptionRates + "}";
  }
}
