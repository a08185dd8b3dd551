/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.range;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which spending to analyse: a wallet, a period kind and the instant it holds (default now), a
 * wallet currency, and what to total by (default {@link SpendingGroup#CATEGORY}). Immutable; build
 * with {@link #builder()}.
 */
public final class SpendingQuery {
  /** The page size when none is set. */
  public static final int DEFAULT_LIMIT = 25;

  /** The largest page size. */
  public static final int MAX_LIMIT = 100;

  private final WalletId walletId;
  private final SpendingPeriod period;
  private final CurrencyCode currency;
  private final @Nullable Instant at;
  private final SpendingGroup groupBy;
  private final int limit;
  private final @Nullable String cursor;

  private SpendingQuery(Builder builder, @Nullable String cursor) {
    this.walletId = required(builder.walletId, "wallet");
    this.period = required(builder.period, "period");
    this.currency = required(builder.currency, "currency");
    this.at = builder.at;
    this.groupBy = builder.groupBy;
    this.limit = builder.limit;
    this.cursor = cursor;
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this query at another page.
   *
   * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the first
   * @return the query
   */
  public SpendingQuery withCursor(@Nullable String cursor) {
    Builder builder = new Builder();
    builder.walletId = walletId;
    builder.period = period;
    builder.currency = currency;
    builder.at = at;
    builder.groupBy = groupBy;
    builder.limit = limit;
    return new SpendingQuery(builder, cursor);
  }

  /**
   * The wallet.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * The period kind.
   *
   * @return the period
   */
  public SpendingPeriod period() {
    return period;
  }

  /**
   * The wallet currency totalled.
   *
   * @return the currency
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * An instant in the period analysed.
   *
   * @return the instant, or empty for now (server time)
   */
  public Optional<Instant> at() {
    return Optional.ofNullable(at);
  }

  /**
   * What to total by.
   *
   * @return the grouping
   */
  public SpendingGroup groupBy() {
    return groupBy;
  }

  /**
   * The page size.
   *
   * @return 1 to 100
   */
  public int limit() {
    return limit;
  }

  /**
   * The page cursor.
   *
   * @return the cursor, or empty for the first page
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SpendingQuery other
        && walletId.equals(other.walletId)
        && period == other.period
        && currency == other.currency
        && Objects.equals(at, other.at)
        && groupBy == other.groupBy
        && limit == other.limit
        && Objects.equals(cursor, other.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, period, currency, at, groupBy, limit, cursor);
  }

  @Override
  public String toString() {
    return "SpendingQuery{walletId="
        + walletId
        + ", period="
        + period
        + ", currency="
        + currency
        + ", at="
        + at
        + ", groupBy="
        + groupBy
        + ", limit="
        + limit
        + ", cursor="
        + cursor
        + "}";
  }

  /** Builds a {@link SpendingQuery}; each setter validates at once. Not thread-safe. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable SpendingPeriod period;
    private @Nullable CurrencyCode currency;
    private @Nullable Instant at;
    private SpendingGroup groupBy = SpendingGroup.CATEGORY;
    private int limit = DEFAULT_LIMIT;
    private @Nullable String cursor;

    private Builder() {}

    /**
     * Sets the wallet. Required.
     *
     * @param walletId the wallet
     * @return this builder
     * @throws InvalidRequestException if {@code null}
     */
    public Builder wallet(WalletId walletId) {
      this.walletId = required(walletId, "wallet");
      return this;
    }

    /**
     * Sets the period kind. Required.
     *
     * @param period the period
     * @return this builder
     * @throws InvalidRequestException if {@code null}
     */
    public Builder period(SpendingPeriod period) {
      this.period = required(period, "period");
      return this;
    }

    /**
     * Sets the wallet currency to total. Required.
     *
     * @param currency the currency
     * @return this builder
     * @throws InvalidRequestException if {@code null}
     */
    public Builder currency(CurrencyCode currency) {
      this.currency = required(currency, "currency");
      return this;
    }

    /**
     * Sets an instant inside the period to analyse; default now.
     *
     * @param at the instant, or {@code null} for now
     * @return this builder
     */
    public Builder at(@Nullable Instant at) {
      this.at = at;
      return this;
    }

    /**
     * Sets what to total by; default {@link SpendingGroup#CATEGORY}.
     *
     * @param groupBy the grouping
     * @return this builder
     * @throws InvalidRequestException if {@code null}
     */
    public Builder groupBy(SpendingGroup groupBy) {
      this.groupBy = required(groupBy, "groupBy");
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param limit 1 to 100
     * @return this builder
     * @throws InvalidRequestException if out of range
     */
    public Builder limit(int limit) {
      this.limit = range(limit, "limit", 1, MAX_LIMIT);
      return this;
    }

    /**
     * Sets the page cursor.
     *
     * @param cursor a {@link Page#nextCursor()}, or {@code null} for the first page
     * @return this builder
     */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws InvalidRequestException if the wallet, period or currency is missing
     */
    public SpendingQuery build() {
      return new SpendingQuery(this, cursor);
    }
  }
}
