/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A redemption of rewards points into money in the same wallet ({@code POST
 * /v1/rewards/redemptions}). The points and the money move in one ledger entry.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class RewardsRedemption implements Resource {
  private final RedemptionId id;
  private final WalletId walletId;
  private final long points;
  private final Money amount;
  private final Instant createdAt;

  private RewardsRedemption(Builder builder) {
    this.id = required(builder.id, "RewardsRedemption.id");
    this.walletId = required(builder.walletId, "RewardsRedemption.walletId");
    this.points = required(builder.points, "RewardsRedemption.points");
    this.amount = required(builder.amount, "RewardsRedemption.amount");
    this.createdAt = required(builder.createdAt, "RewardsRedemption.createdAt");
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
   * Returns the redemption's id.
   *
   * @return the value
   */
  public RedemptionId id() {
    return id;
  }

  /**
   * Returns the wallet whose points were redeemed and which received the money.
   *
   * @return the value
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the points redeemed.
   *
   * @return the value
   */
  public long points() {
    return points;
  }

  /**
   * Returns the money credited to the wallet.
   *
   * @return the value
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns when the redemption was made, in server time.
   *
   * @return the value
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RewardsRedemption other
        && id.equals(other.id)
        && walletId.equals(other.walletId)
        && points == other.points
        && amount.equals(other.amount)
        && createdAt.equals(other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, walletId, points, amount, createdAt);
  }

  @Override
  public String toString() {
    return "RewardsRedemption{"
        + "id="
        + id
        + ", walletId="
        + walletId
        + ", points="
        + points
        + ", amount="
        + amount
        + ", createdAt="
        + createdAt
        + "}";
  }

  /** Builds a {@link RewardsRedemption}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable RedemptionId id;
    private @Nullable WalletId walletId;
    private @Nullable Long points;
    private @Nullable Money amount;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the redemption's id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable RedemptionId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the wallet whose points were redeemed and which received the money.
     *
     * @param walletId the value
     * @return this builder
     */
    public Builder walletId(@Nullable WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the points redeemed.
     *
     * @param points the value
     * @return this builder
     */
    public Builder points(@Nullable Long points) {
      this.points = points;
      return this;
    }

    /**
     * Sets the money credited to the wallet.
     *
     * @param amount the value
     * @return this builder
     */
    public Builder amount(@Nullable Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets when the redemption was made, in server time.
     *
     * @param createdAt the value
     * @return this builder
     */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the RewardsRedemption.
     *
     * @return the RewardsRedemption
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing
     */
    public RewardsRedemption build() {
      return new RewardsRedemption(this);
    }
  }
}
