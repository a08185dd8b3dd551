/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bill payment as the engine keeps it: paid at once, or scheduled, once or recurring, until its
 * runs are done or it is cancelled.
 */
public final class BillPaymentRecord {
  /**
   * One execution.
   *
   * @param dueAt when it was scheduled
   * @param executedAt when it ran
   * @param succeeded whether the money moved
   * @param failureCode the problem code of a failed run, or {@code null}
   */
  public record Run(
      Instant dueAt, Instant executedAt, boolean succeeded, @Nullable String failureCode) {}

  private final String id;
  private final String partnerId;
  private final String walletId;
  private final String billerId;
  private String customerReference;
  private final Amount amount;
  private @Nullable String description;
  private final @Nullable Instant scheduledFor;
  private final @Nullable String interval;
  private final @Nullable Integer count;
  private final Instant createdAt;
  private final List<Run> runs = new ArrayList<>();
  private boolean cancelled;

  BillPaymentRecord(
      String id,
      String partnerId,
      String walletId,
      String billerId,
      String customerReference,
      Amount amount,
      @Nullable String description,
      @Nullable Instant scheduledFor,
      @Nullable String interval,
      @Nullable Integer count,
      Instant createdAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.walletId = walletId;
    this.billerId = billerId;
    this.customerReference = customerReference;
    this.amount = amount;
    this.description = description;
    this.scheduledFor = scheduledFor;
    this.interval = interval;
    this.count = count;
    this.createdAt = createdAt;
  }

  /**
   * When the next run is due.
   *
   * @return the instant, or {@code null} when no run is left
   */
  public @Nullable Instant nextRunAt() {
    if (cancelled || scheduledFor == null) {
      return null;
    }
    int done = runs.size();
    int total = interval == null ? 1 : count == null ? Integer.MAX_VALUE : count;
    return done >= total ? null : dueAt(done);
  }

  /** The n-th due date: monthly runs keep the first run's day of month where it exists. */
  private Instant dueAt(int n) {
    Instant first = java.util.Objects.requireNonNull(scheduledFor);
    if (interval == null || n == 0) {
      return first;
    }
    return interval.equals("weekly")
        ? first.plus(Duration.ofDays(7L * n))
        : first.atZone(ZoneOffset.UTC).plusMonths(n).toInstant();
  }

  /**
   * The state: {@code scheduled} while runs are left, {@code cancelled}, else {@code completed}.
   *
   * @return the status
   */
  public String status() {
    if (cancelled) {
      return "cancelled";
    }
    return nextRunAt() != null ? "scheduled" : "completed";
  }

  void addRun(Run run) {
    runs.add(run);
  }

  void cancel() {
    cancelled = true;
  }

  /**
   * The id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The paying partner.
   *
   * @return the partner id
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * The paying wallet.
   *
   * @return the wallet id
   */
  public String walletId() {
    return walletId;
  }

  /**
   * The biller.
   *
   * @return the biller id
   */
  public String billerId() {
    return billerId;
  }

  /**
   * The customer's reference at the biller.
   *
   * @return the reference
   */
  public String customerReference() {
    return customerReference;
  }

  /**
   * The amount of each run.
   *
   * @return the amount
   */
  public Amount amount() {
    return amount;
  }

  /**
   * The description.
   *
   * @return the description, or {@code null}
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * The first scheduled run.
   *
   * @return the instant, or {@code null} for a payment made at once
   */
  public @Nullable Instant scheduledFor() {
    return scheduledFor;
  }

  /**
   * The recurrence interval.
   *
   * @return {@code weekly}, {@code monthly}, or {@code null} for a single run
   */
  public @Nullable String interval() {
    return interval;
  }

  /**
   * How many runs a recurring payment has.
   *
   * @return the count, or {@code null} for until cancelled
   */
  public @Nullable Integer count() {
    return count;
  }

  /**
   * When it was created.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * The runs so far.
   *
   * @return the runs, oldest first
   */
  public List<Run> runs() {
    return List.copyOf(runs);
  }

  /**
   * Removes personal data: the customer reference (replaced by a marker) and the description.
   *
   * @param marker what replaces the customer reference
   */
  void erasePersonalData(String marker) {
    this.customerReference = marker;
    this.description = null;
  }
}
