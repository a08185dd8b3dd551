/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to redeem a wallet's rewards points into money in the same wallet ({@code POST
 * /v1/rewards/redemptions}). The points must be whole blocks of the currency's {@link
 * RedemptionRate}; the platform refuses a partial block ({@code not_a_multiple}), a currency
 * without a rate ({@code points_not_redeemable}) and more points than the wallet has ({@code
 * insufficient_points}), and then changes nothing. Immutable and thread-safe.
 */
public final class RedemptionRequest {
  /** The most points one redemption may take. */
  public static final long MAX_POINTS = 1_000_000_000_000L;

  private final WalletId walletId;
  private final long points;
  private final CurrencyCode currency;
  private final @Nullable IdempotencyKey idempotencyKey;

  private RedemptionRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    this.points = required(builder.points, "points");
    this.currency = required(builder.currency, "currency");
    this.idempotencyKey = builder.idempotencyKey;
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
   * Returns the wallet whose points are redeemed and which receives the money.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the points to redeem.
   *
   * @return the points, from 1 to {@link #MAX_POINTS}
   */
  public long points() {
    return points;
  }

  /**
   * Returns the currency to receive.
   *
   * @return the currency
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the idempotency key chosen by the caller.
   *
   * @return the key, or empty to let the client generate one per call
   */
  public Optional<IdempotencyKey> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RedemptionRequest other
        && walletId.equals(other.walletId)
        && points == other.points
        && currency == other.currency
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, points, currency, idempotencyKey);
  }

  @Override
  public String toString() {
    return "RedemptionRequest{walletId="
        + walletId
        + ", points="
        + points
        + ", currency="
        + currency
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link RedemptionRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable Long points;
    private @Nullable CurrencyCode currency;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the wallet. Required.
     *
     * @param walletId the wallet whose points are redeemed
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder wallet(WalletId walletId) {
      this.walletId = required(walletId, "wallet");
      return this;
    }

    /**
     * Sets the points to redeem. Required.
     *
     * @param points from 1 to {@link #MAX_POINTS}
     * @return this builder
     * @throws InvalidRequestException (code {@code out_of_range}) if the number is out of range
     */
    public Builder points(long points) {
      if (points < 1 || points > MAX_POINTS) {
        throw InvalidRequestException.forField(
            "points",
            "out_of_range",
            "points must be from 1 to " + MAX_POINTS + " but was " + points);
      }
      this.points = points;
      return this;
    }

    /**
     * Sets the currency to receive. Required.
     *
     * @param currency a currency the programme redeems into
     * @return this builder
     * @throws InvalidRequestException if the currency is missing
     */
    public Builder currency(CurrencyCode currency) {
      this.currency = required(currency, "currency");
      return this;
    }

    /**
     * Sets the idempotency key. Optional: without one the client generates a key per call.
     *
     * @param idempotencyKey the key, or {@code null} to let the client generate one
     * @return this builder
     */
    public Builder idempotencyKey(@Nullable IdempotencyKey idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws InvalidRequestException if the wallet, points or currency is missing
     */
    public RedemptionRequest build() {
      return new RedemptionRequest(this);
    }
  }
}
