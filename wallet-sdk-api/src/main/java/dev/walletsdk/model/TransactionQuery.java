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
 * A query for one page of a wallet's transaction history ({@code GET
 * /v1/wallets/{id}/transactions}).
 *
 * <p>Built with {@link #builder()}; every setter validates its argument at once and {@link
 * Builder#build()} checks the time window. Immutable and thread-safe.
 */
public final class TransactionQuery {
  /** The page size used when none is set. */
  public static final int DEFAULT_LIMIT = 25;

  /** The largest page size accepted. */
  public static final int MAX_LIMIT = 100;

  private static final int MAX_CURSOR_LENGTH = 512;

  private final WalletId walletId;
  private final int limit;
  private final @Nullable String cursor;
  private final @Nullable Instant since;
  private final @Nullable Instant until;

  private TransactionQuery(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    this.limit = builder.limit;
    this.cursor = builder.cursor;
    this.since = builder.since;
    this.until = builder.until;
    if (since != null && until != null && !since.isBefore(until)) {
      throw InvalidRequestException.forField(
          "until", "invalid_range", "until " + until + " must be after since " + since);
    }
  }

  private TransactionQuery(TransactionQuery query, @Nullable String cursor) {
    this.walletId = query.walletId;
    this.limit = query.limit;
    this.cursor = checkedCursor(cursor);
    this.since = query.since;
    this.until = query.until;
  }

  private static @Nullable String checkedCursor(@Nullable String cursor) {
    if (cursor != null
        && (cursor.isEmpty()
            || cursor.length() > MAX_CURSOR_LENGTH
            || !cursor.chars().allMatch(c -> c > 0x20 && c < 0x7f))) {
      throw InvalidRequestException.forField(
          "cursor",
          "invalid_format",
          "cursor "
              + CurrencyCode.quoted(cursor)
              + " must be 1 to "
              + MAX_CURSOR_LENGTH
              + " visible ASCII characters");
    }
    return cursor;
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
   * Returns the same query for another page, as auto-paging needs.
   *
   * @param cursor the cursor of the page to fetch, or {@code null} for the first page
   * @return a copy of this query with the given cursor
   * @throws InvalidRequestException if the cursor is not 1 to 512 visible ASCII characters
   */
  public TransactionQuery withCursor(@Nullable String cursor) {
    return new TransactionQuery(this, cursor);
  }

  /**
   * Returns the wallet whose history to list.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the largest number of entries to return in one page.
   *
   * @return the page size, 1 to 100
   */
  public int limit() {
    return limit;
  }

  /**
   * Returns where the page starts.
   *
   * @return the cursor from the previous page, or empty for the first page
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /**
   * Returns the start of the time window.
   *
   * @return the earliest posting instant to include, if set
   */
  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  /**
   * Returns the end of the time window.
   *
   * @return the posting instant before which entries are included, if set
   */
  public Optional<Instant> until() {
    return Optional.ofNullable(until);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TransactionQuery other
        && walletId.equals(other.walletId)
        && limit == other.limit
        && Objects.equals(cursor, other.cursor)
        && Objects.equals(since, other.since)
        && Objects.equals(until, other.until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, limit, cursor, since, until);
  }

  @Override
  public String toString() {
    return "TransactionQuery{walletId="
        + walletId
        + ", limit="
        + limit
        + ", cursor="
        + cursor
        + ", since="
        + since
        + ", until="
        + until
        + "}";
  }

  /** Builds a {@link TransactionQuery}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private int limit = DEFAULT_LIMIT;
    private @Nullable String cursor;
    private @Nullable Instant since;
    private @Nullable Instant until;

    private Builder() {}

    /**
     * Sets the wallet whose history to list. Required.
     *
     * @param walletId the wallet's id
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder wallet(WalletId walletId) {
      this.walletId = required(walletId, "wallet");
      return this;
    }

    /**
     * Sets the largest number of entries to return in one page; 25 unless set.
     *
     * @param limit 1 to 100
     * @return this builder
     * @throws InvalidRequestException if the limit is out of range
     */
    public Builder limit(int limit) {
      this.limit = range(limit, "limit", 1, MAX_LIMIT);
      return this;
    }

    /**
     * Sets where the page starts.
     *
     * @param cursor the cursor from the previous page, or {@code null} for the first page
     * @return this builder
     * @throws InvalidRequestException if the cursor is not 1 to 512 visible ASCII characters
     */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = checkedCursor(cursor);
      return this;
    }

    /**
     * Includes only entries posted at or after an instant. Optional.
     *
     * @param since the start of the window, or {@code null} for no start
     * @return this builder
     */
    public Builder since(@Nullable Instant since) {
      this.since = since;
      return this;
    }

    /**
     * Includes only entries posted before an instant. Optional.
     *
     * @param until the end of the window, or {@code null} for no end
     * @return this builder
     */
    public Builder until(@Nullable Instant until) {
      this.until = until;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws InvalidRequestException if the wallet is missing, or {@code until} is not after
     *     {@code since} ({@code invalid_range})
     */
    public TransactionQuery build() {
      return new TransactionQuery(this);
    }
  }
}
