/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.Account;
import dev.walletsdk.mock.internal.ledger.Ledger;
import dev.walletsdk.model.CurrencyCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The platform's rewards programme: how many points a payment earns, what points are worth, and
 * every wallet's points history. Points are whole numbers, kept in the ledger as their own asset
 * {@value #ASSET}, so a payment that earns points and the points it earns are one journal entry.
 *
 * <p>Earning: a rule per currency gives points per whole unit of money spent from the wallet (fees
 * excluded); a fraction of a unit earns nothing, so the points of a payment are {@code floor(minor
 * × pointsPerUnit / 10^digits)}. Redemption: a rate per currency says that a block of points is
 * worth an amount; a redemption takes whole blocks only, so no amount is ever rounded.
 *
 * <p>Not thread-safe: used under the engine's lock.
 */
public final class RewardsProgram {
  /** The ledger asset of points. */
  public static final String ASSET = "PTS";

  /** The platform account that issues points and takes them back; it may go negative. */
  static final String ISSUER_ACCOUNT = "system:rewards:" + ASSET;

  /**
   * What a block of points is worth in one currency.
   *
   * @param points the points in a block, positive
   * @param value what a block pays out, positive
   */
  public record Rate(long points, Amount value) {}

  private final Map<CurrencyCode, Long> pointsPerUnit =
      new TreeMap<>(Comparator.comparing(CurrencyCode::code));
  private final Map<CurrencyCode, Rate> rates =
      new TreeMap<>(Comparator.comparing(CurrencyCode::code));
  private final Map<String, List<RewardsEntryRecord>> history = new HashMap<>();
  private final Map<String, RedemptionRecord> redemptions = new LinkedHashMap<>();

  /**
   * Returns the key of a wallet's points account.
   *
   * @param walletId the wallet
   * @return the ledger account key
   */
  public static String walletAccount(String walletId) {
    return "points:" + walletId + ":" + ASSET;
  }

  /**
   * Returns the points a wallet has. A points account is never reserved against, so its posted and
   * available balances are the same.
   *
   * @param ledger the ledger
   * @param walletId the wallet
   * @return its points, 0 if it never had any
   */
  public static long points(Ledger ledger, String walletId) {
    return ledger.find(walletAccount(walletId)).map(Account::posted).orElse(0L);
  }

  /**
   * Sets or removes the earning rule of a currency.
   *
   * @param currency the currency spent
   * @param points points per whole unit, or 0 to stop earning in that currency
   */
  public void earnRule(CurrencyCode currency, long points) {
    if (points == 0) {
      pointsPerUnit.remove(currency);
    } else {
      pointsPerUnit.put(currency, points);
    }
  }

  /**
   * Sets or removes the redemption rate of a currency.
   *
   * @param currency the currency paid out
   * @param rate the rate
   */
  public void rate(CurrencyCode currency, Rate rate) {
    rates.put(currency, rate);
  }

  /**
   * Stops redemptions into a currency.
   *
   * @param currency the currency
   */
  public void removeRate(CurrencyCode currency) {
    rates.remove(currency);
  }

  /**
   * Returns the earning rules.
   *
   * @return points per whole unit, by currency
   */
  public Map<CurrencyCode, Long> earnRules() {
    return Collections.unmodifiableMap(pointsPerUnit);
  }

  /**
   * Returns the redemption rates.
   *
   * @return the rates by currency
   */
  public Map<CurrencyCode, Rate> rates() {
    return Collections.unmodifiableMap(rates);
  }

  /**
   * Returns the redemption rate of a currency.
   *
   * @param currency the currency
   * @return the rate, if redemptions into it are possible
   */
  public Optional<Rate> rate(CurrencyCode currency) {
    return Optional.ofNullable(rates.get(currency));
  }

  /**
   * Computes the points a spend earns: whole units only, never rounded up.
   *
   * @param spent what left the wallet, fees excluded
   * @return the points, 0 if the currency has no rule
   */
  public long pointsFor(Amount spent) {
    Long perUnit = pointsPerUnit.get(spent.currency());
    if (perUnit == null || spent.minor() <= 0) {
      return 0;
    }
    BigInteger points =
        BigInteger.valueOf(spent.minor())
            .multiply(BigInteger.valueOf(perUnit))
            .divide(BigInteger.TEN.pow(spent.currency().minorUnits()));
    return points.longValueExact();
  }

  /**
   * Returns a wallet's points history.
   *
   * @param walletId the wallet
   * @return its entries, oldest first
   */
  public List<RewardsEntryRecord> history(String walletId) {
    return Collections.unmodifiableList(history.getOrDefault(walletId, List.of()));
  }

  void record(RewardsEntryRecord entry) {
    history.computeIfAbsent(entry.walletId(), id -> new ArrayList<>()).add(entry);
  }

  /**
   * Returns a redemption.
   *
   * @param id the redemption id
   * @return the redemption, if it exists
   */
  public Optional<RedemptionRecord> redemption(String id) {
    return Optional.ofNullable(redemptions.get(id));
  }

  /**
   * Returns every redemption in order of creation.
   *
   * @return an unmodifiable view
   */
  public Collection<RedemptionRecord> redemptions() {
    return Collections.unmodifiableCollection(redemptions.values());
  }

  void add(RedemptionRecord redemption) {
    redemptions.put(redemption.id(), redemption);
  }
}
