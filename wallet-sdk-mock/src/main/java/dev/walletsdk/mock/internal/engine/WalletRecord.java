/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.WalletKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A wallet as the engine keeps it. Mutated only under the engine's lock. */
public final class WalletRecord {
  private final String id;
  private final String partnerId;
  private final WalletKind kind;
  private String displayName;
  private @Nullable String reference;
  private final Instant createdAt;
  private final List<CurrencyCode> currencies;
  private List<TransactionRecord> transactions = List.of();
  private String status = "active";
  private Map<CurrencyCode, Long> stepUpThresholds = Map.of();
  private Map<CurrencyCode, Long> perTransactionLimits = Map.of();
  private Map<CurrencyCode, Long> rollingLimits = Map.of();
  private List<Outgoing> outgoing = List.of();
  private @Nullable TotpSecret totpSecret;
  private long lastTotpStep = Long.MIN_VALUE;
  private @Nullable IdentityRecord identity;
  private KycLevel kycLevel = KycLevel.UNVERIFIED;
  private @Nullable Instant kycVerifiedAt;
  private @Nullable Instant erasedAt;

  /** One outgoing amount, for the rolling 24-hour limit. */
  private record Outgoing(Instant at, Amount amount) {}

  WalletRecord(
      String id,
      String partnerId,
      WalletKind kind,
      String displayName,
      @Nullable String reference,
      List<CurrencyCode> currencies,
      Instant createdAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.kind = kind;
    this.displayName = displayName;
    this.reference = reference;
    this.createdAt = createdAt;
    // Sized to what the wallet holds: most hold one currency and receive few movements.
    this.currencies = new ArrayList<>(currencies);
  }

  /**
   * Returns the id.
   *
   * @return the wallet id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the owning partner.
   *
   * @return the partner id
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * Returns whose money the wallet holds; set at opening, never changed.
   *
   * @return {@link WalletKind#PERSONAL} or {@link WalletKind#BUSINESS}
   */
  public WalletKind kind() {
    return kind;
  }

  /**
   * Tells whether this is a business wallet.
   *
   * @return whether {@link #kind()} is {@link WalletKind#BUSINESS}
   */
  public boolean isBusiness() {
    return kind == WalletKind.BUSINESS;
  }

  /**
   * Returns the display name.
   *
   * @return the name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the partner's reference.
   *
   * @return the reference, or {@code null}
   */
  public @Nullable String reference() {
    return reference;
  }

  /**
   * Returns the creation time.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns the status.
   *
   * @return {@code active}, {@code frozen} or {@code closed}
   */
  public String status() {
    return status;
  }

  void status(String status) {
    this.status = status;
  }

  /**
   * Returns the currencies held, main currency first.
   *
   * @return an unmodifiable view
   */
  public List<CurrencyCode> currencies() {
    return Collections.unmodifiableList(currencies);
  }

  void hold(CurrencyCode currency) {
    if (!currencies.contains(currency)) {
      currencies.add(currency);
    }
  }

  /**
   * Returns the posted transactions, oldest first.
   *
   * @return an unmodifiable view
   */
  public List<TransactionRecord> transactions() {
    return Collections.unmodifiableList(transactions);
  }

  void record(TransactionRecord transaction) {
    if (transactions.isEmpty()) {
      transactions = new ArrayList<>(1);
    }
    transactions.add(transaction);
  }

  /**
   * Returns the key of the wallet's ledger account in a currency.
   *
   * @param currency the currency
   * @return the account key
   */
  public String accountKey(CurrencyCode currency) {
    return accountKey(id, currency);
  }

  static String accountKey(String walletId, CurrencyCode currency) {
    return "wallet:" + walletId + ":" + currency.code();
  }

  /** The step-up threshold in a currency, in minor units, or {@code null} for none. */
  @Nullable Long stepUpThreshold(CurrencyCode currency) {
    return stepUpThresholds.get(currency);
  }

  void stepUpThreshold(CurrencyCode currency, @Nullable Long minor) {
    stepUpThresholds = updated(stepUpThresholds, currency, minor);
  }

  /** The per-transaction limit in a currency, in minor units, or {@code null} for none. */
  @Nullable Long perTransactionLimit(CurrencyCode currency) {
    return perTransactionLimits.get(currency);
  }

  /** The rolling 24-hour limit in a currency, in minor units, or {@code null} for none. */
  @Nullable Long rollingLimit(CurrencyCode currency) {
    return rollingLimits.get(currency);
  }

  void limits(CurrencyCode currency, @Nullable Long perTransaction, @Nullable Long rolling) {
    perTransactionLimits = updated(perTransactionLimits, currency, perTransaction);
    rollingLimits = updated(rollingLimits, currency, rolling);
  }

  /** Most wallets have no limits or thresholds: maps are created only when one is set. */
  private static Map<CurrencyCode, Long> updated(
      Map<CurrencyCode, Long> map, CurrencyCode currency, @Nullable Long value) {
    Map<CurrencyCode, Long> copy = new HashMap<>(map);
    if (value == null) {
      copy.remove(currency);
    } else {
      copy.put(currency, value);
    }
    return copy;
  }

  /** What left the wallet in a currency during the window ending now, in minor units. */
  long outgoingSince(CurrencyCode currency, Instant now, Duration window) {
    Instant from = now.minus(window);
    long sum = 0;
    for (Outgoing record : outgoing) {
      if (record.amount().currency() == currency && record.at().isAfter(from)) {
        sum = Math.addExact(sum, record.amount().minor());
      }
    }
    return sum;
  }

  void recordOutgoing(Instant at, Amount amount) {
    if (outgoing.isEmpty()) {
      outgoing = new ArrayList<>();
    }
    outgoing.add(new Outgoing(at, amount));
  }

  /** The enrolled TOTP secret, or {@code null}. */
  @Nullable TotpSecret totpSecret() {
    return totpSecret;
  }

  void totpSecret(TotpSecret secret) {
    this.totpSecret = secret;
    this.lastTotpStep = Long.MIN_VALUE;
  }

  long lastTotpStep() {
    return lastTotpStep;
  }

  void lastTotpStep(long step) {
    this.lastTotpStep = step;
  }

  /**
   * Returns the holder's verified identity.
   *
   * @return the identity, or {@code null} if none was given or it was erased
   */
  public @Nullable IdentityRecord identity() {
    return identity;
  }

  /**
   * Returns the KYC level.
   *
   * @return the level; never {@link KycLevel#UNKNOWN}
   */
  public KycLevel kycLevel() {
    return kycLevel;
  }

  /**
   * Returns when the KYC level was verified.
   *
   * @return the instant, or {@code null} while unverified
   */
  public @Nullable Instant kycVerifiedAt() {
    return kycVerifiedAt;
  }

  void verified(@Nullable IdentityRecord identity, KycLevel level, Instant at) {
    this.identity = identity;
    this.kycLevel = level;
    this.kycVerifiedAt = at;
  }

  /**
   * Returns when the holder's personal data was erased.
   *
   * @return the instant, or {@code null} if it was not
   */
  public @Nullable Instant erasedAt() {
    return erasedAt;
  }

  /**
   * Removes the holder's personal data: the display name becomes a fixed marker, the reference and
   * the identity go, the KYC level stays as a fact.
   */
  void erase(String marker, Instant at) {
    this.displayName = marker;
    this.reference = null;
    this.identity = null;
    this.totpSecret = null;
    this.erasedAt = at;
    this.status = "erased";
  }

  /** Removes the free text of every history entry: reference and description. */
  void eraseHistoryText() {
    eraseHistoryText(resourceId -> true);
  }

  /**
   * Removes the free text of the history entries of some resources: a counterparty's entries of
   * what an erased holder shared with them.
   *
   * @param of tells, by resource id, which entries to scrub
   */
  void eraseHistoryText(java.util.function.Predicate<String> of) {
    if (transactions.isEmpty()) {
      return;
    }
    transactions.replaceAll(
        t ->
            !of.test(t.resourceId())
                ? t
                : new TransactionRecord(
                    t.id(),
                    t.walletId(),
                    t.type(),
                    t.direction(),
                    t.amount(),
                    t.balanceAfter(),
                    t.resourceId(),
                    null,
                    null,
                    t.createdAt()));
  }
}
