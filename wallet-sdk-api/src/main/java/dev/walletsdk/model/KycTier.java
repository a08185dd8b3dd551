/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.list;
import static dev.walletsdk.model.Checks.required;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One KYC level as the platform lists it, with its limits per currency. Immutable. */
public final class KycTier {
  private final KycLevel level;
  private final List<KycLimit> limits;

  private KycTier(KycLevel level, List<KycLimit> limits) {
    this.level = required(level, "KycTier.level");
    this.limits = list(limits, "KycTier.limits");
  }

  /**
   * Creates a tier, as the client reads it.
   *
   * @param level the level
   * @param limits its limits, one per currency that has any
   * @return the tier
   */
  public static KycTier of(KycLevel level, List<KycLimit> limits) {
    return new KycTier(level, limits);
  }

  /**
   * Returns the level.
   *
   * @return the level
   */
  public KycLevel level() {
    return level;
  }

  /**
   * Returns the level's limits; a currency not listed has no level limit.
   *
   * @return an immutable list, one entry per currency
   */
  public List<KycLimit> limits() {
    return limits;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof KycTier other && level == other.level && limits.equals(other.limits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, limits);
  }

  @Override
  public String toString() {
    return "KycTier{level=" + level + ", limits=" + limits + "}";
  }
}
