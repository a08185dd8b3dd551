/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A wallet's rewards points ({@code GET /v1/wallets/{id}/rewards}): what it has now and what it has
 * earned, redeemed and had reversed over its life. {@code points = earned - redeemed - reversed}.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class RewardsAccount {
  private final WalletId walletId;
  private final long points;
  private final long earned;
  private final long redeemed;
  private final long reversed;

  private RewardsAccount(Builder builder) {
    this.walletId = required(builder.walletId, "RewardsAccount.walletId");
    this.points = required(builder.points, "RewardsAccount.points");
    this.earned = required(builder.earned, "RewardsAccount.earned");
    this.redeemed = required(builder.redeemed, "RewardsAccount.redeemed");
    this.reversed = required(builder.reversed, "RewardsAccount.reversed");
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
   * Returns the wallet.
   *
   * @return the value
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the points the wallet has now.
   *
   * @return the value
   */
  public long points() {
    return points;
  }

  /**
   * Returns all points ever earned by payments.
   *
   * @return the value
   */
  public long earned() {
    return earned;
  }

  /**
   * Returns all points ever redeemed into money.
   *
   * @return the value
   */
  public long redeemed() {
    return redeemed;
  }

  /**
   * Returns all points ever taken back by refunds.
   *
   * @return the value
   */
  public long reversed() {
    return reversed;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RewardsAccount other
        && walletId.equals(other.walletId)
        && points == other.points
        && earned == other.earned
        && redeemed == other.redeemed
        && reversed == other.reversed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, points, earned, redeemed, reversed);
  }

  @Override
  public String toString() {
    return "RewardsAccount{"
        + "walletId="
        + walletId
        + ", points="
        + points
        + ", earned="
        + earned
        + ", redeemed="
        + redeemed
        + ", reversed="
        + reversed
        + "}";
  }

  /** Builds a {@link RewardsAccount}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable Long points;
    private @Nullable Long earned;
    private @Nullable Long redeemed;
    private @Nullable Long reversed;

    private Builder() {}

    /**
     * Sets the wallet.
     *
     * @param walletId the value
     * @return this builder
     */
    public Builder walletId(@Nullable WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the points the wallet has now.
     *
     * @param points the value
     * @return this builder
     */
    public Builder points(@Nullable Long points) {
      this.points = points;
      return this;
    }

    /**
     * Sets all points ever earned by payments.
     *
     * @param earned the value
     * @return this builder
     */
    public Builder earned(@Nullable Long earned) {
      this.earned = earned;
      return this;
    }

    /**
     * Sets all points ever redeemed into money.
     *
     * @param redeemed the value
     * @return this builder
     */
    public Builder redeemed(@Nullable Long redeemed) {
      this.redeemed = redeemed;
      return this;
    }

    /**
     * Sets all points ever taken back by refunds.
     *
     * @param reversed the value
     * @return this builder
     */
    public Builder reversed(@Nullable Long reversed) {
      this.reversed = reversed;
      return this;
    }

    /**
     * Builds the RewardsAccount.
     *
     * @return the RewardsAccount
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing
     */
    public RewardsAccount build() {
      return new RewardsAccount(this);
    }
  }
}
