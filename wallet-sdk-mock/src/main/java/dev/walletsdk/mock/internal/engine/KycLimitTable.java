/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.KycLevel;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The limits on outgoing money of each KYC level, per currency. Empty by default: then only the
 * wallets' own limits apply. Used under the engine's lock.
 */
public final class KycLimitTable {
  /**
   * The limits of one level in one currency, in minor units.
   *
   * @param perTransaction the per-transaction limit, or {@code null} for none
   * @param rolling24h the rolling 24-hour limit, or {@code null} for none
   */
  public record Limits(@Nullable Long perTransaction, @Nullable Long rolling24h) {}

  private final Map<KycLevel, Map<CurrencyCode, Limits>> table = new EnumMap<>(KycLevel.class);

  /**
   * Sets the limits of a level in a currency; both {@code null} removes them.
   *
   * @param level the level
   * @param currency the currency
   * @param limits the limits
   */
  public void set(KycLevel level, CurrencyCode currency, Limits limits) {
    Map<CurrencyCode, Limits> byCurrency =
        table.computeIfAbsent(level, l -> new TreeMap<>(Comparator.comparing(CurrencyCode::code)));
    if (limits.perTransaction() == null && limits.rolling24h() == null) {
      byCurrency.remove(currency);
    } else {
      byCurrency.put(currency, limits);
    }
  }

  /**
   * Returns the limits of a level in a currency.
   *
   * @param level the level
   * @param currency the currency
   * @return the limits, or {@code null} if the level has none in the currency
   */
  public @Nullable Limits of(KycLevel level, CurrencyCode currency) {
    Map<CurrencyCode, Limits> byCurrency = table.get(level);
    return byCurrency == null ? null : byCurrency.get(currency);
  }

  /**
   * Returns the limits of a level, by currency in code order.
   *
   * @param level the level
   * @return an unmodifiable map
   */
  public Map<CurrencyCode, Limits> of(KycLevel level) {
    return Collections.unmodifiableMap(table.getOrDefault(level, Map.of()));
  }
}
