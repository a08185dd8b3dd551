/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A savings pot as the engine keeps it: a named sub-balance of a wallet in one currency, held in
 * its own ledger account. Its balance is the ledger's, never a copy. Mutated only under the
 * engine's lock.
 */
public final class PotRecord {
  private final String id;
  private final String partnerId;
  private final String walletId;
  private final CurrencyCode currency;
  private final @Nullable Amount target;
  private final Instant createdAt;
  private String name;
  private @Nullable Sweep sweep;
  private int sweepRuns;
  private @Nullable SweepRun lastRun;
  private @Nullable Instant closedAt;

  /**
   * A standing order that moves a fixed amount from the wallet's available balance into the pot.
   *
   * @param amount what each run moves, in the pot's currency
   * @param interval {@code weekly} or {@code monthly}
   */
  public record Sweep(Amount amount, String interval) {}

  /**
   * The outcome of the latest sweep run.
   *
   * @param dueAt when it was due
   * @param ranAt when it ran
   * @param succeeded whether money moved
   * @param failureCode the problem code that skipped it, or {@code null}
   */
  public record SweepRun(
      Instant dueAt, Instant ranAt, boolean succeeded, @Nullable String failureCode) {}

  PotRecord(
      String id,
      String partnerId,
      String walletId,
      String name,
      CurrencyCode currency,
      @Nullable Amount target,
      @Nullable Sweep sweep,
      Instant createdAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.walletId = walletId;
    this.name = name;
    this.currency = currency;
    this.target = target;
    this.sweep = sweep;
    this.createdAt = createdAt;
  }

  /**
   * Returns the key of a pot's ledger account.
   *
   * @param potId the pot
   * @param currency its currency
   * @return {@code pot:<potId>:<currency>}
   */
  public static String accountKey(String potId, CurrencyCode currency) {
    return "pot:" + potId + ":" + currency.code();
  }

  /**
   * Returns the key of this pot's ledger account.
   *
   * @return the account key
   */
  public String accountKey() {
    return accountKey(id, currency);
  }

  /**
   * Returns the id.
   *
   * @return {@code pot_…}
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
   * Returns the wallet the pot belongs to.
   *
   * @return the wallet id
   */
  public String walletId() {
    return walletId;
  }

  /**
   * Returns the name.
   *
   * @return 1 to 50 characters
   */
  public String name() {
    return name;
  }

  void rename(String name) {
    this.name = name;
  }

  /**
   * Returns the currency, fixed at creation.
   *
   * @return the currency
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the savings target.
   *
   * @return the target, or {@code null} for none
   */
  public @Nullable Amount target() {
    return target;
  }

  /**
   * Returns the sweep while it is active.
   *
   * @return the sweep, or {@code null} for none or once the pot is closed
   */
  public @Nullable Sweep sweep() {
    return sweep;
  }

  /**
   * Returns the latest sweep run.
   *
   * @return the run, or {@code null} before the first
   */
  public @Nullable SweepRun lastRun() {
    return lastRun;
  }

  void ran(SweepRun run) {
    this.lastRun = run;
    this.sweepRuns++;
  }

  /**
   * When the next sweep run is due: one interval after creation, then every interval; monthly runs
   * keep the creation's day of month where it exists.
   *
   * @return the instant, or {@code null} without an active sweep
   */
  public @Nullable Instant nextRunAt() {
    Sweep active = sweep;
    if (active == null) {
      return null;
    }
    int n = sweepRuns + 1;
    return active.interval().equals("weekly")
        ? createdAt.plus(Duration.ofDays(7L * n))
        : createdAt.atZone(ZoneOffset.UTC).plusMonths(n).toInstant();
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
   * Returns when the pot was closed.
   *
   * @return the instant, or {@code null} while open
   */
  public @Nullable Instant closedAt() {
    return closedAt;
  }

  /**
   * Returns the status.
   *
   * @return {@code active} or {@code closed}
   */
  public String status() {
    return closedAt == null ? "active" : "closed";
  }

  void close(Instant at) {
    this.closedAt = at;
    this.sweep = null;
  }
}
