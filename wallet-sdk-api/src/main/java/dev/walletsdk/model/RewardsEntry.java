/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One change of a wallet's rewards points: points earned by a payment, taken back by a refund, or
 * redeemed into money. Points are whole numbers; the platform keeps them in its ledger as their own
 * asset, so every entry here matches a ledger movement.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class RewardsEntry implements Resource {
  private final RewardsEntryId id;
  private final WalletId walletId;
  private final RewardsEntryType type;
  private final long points;
  private final long balanceAfter;
  private final String resourceId;
  private final @Nullable Money amount;
  private final Instant createdAt;

  private RewardsEntry(Builder builder) {
    this.id = required(builder.id, "RewardsEntry.id");
    this.walletId = required(builder.walletId, "RewardsEntry.walletId");
    this.type = required(builder.type, "RewardsEntry.type");
    this.points = required(builder.points, "RewardsEntry.points");
    this.balanceAfter = required(builder.balanceAfter, "RewardsEntry.balanceAfter");
    this.resourceId = required(builder.resourceId, "RewardsEntry.resourceId");
    this.amount = builder.amount;
    this.createdAt = required(builder.createdAt, "RewardsEntry.createdAt");
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
   * Returns the entry's id.
   *
   * @return the value
   */
  public RewardsEntryId id() {
    return id;
  }

  /**
   * Returns the wallet whose points changed.
   *
   * @return the value
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns what changed the points.
   *
   * @return the value
   */
  public RewardsEntryType type() {
    return type;
  }

  /**
   * Returns how many points moved, always positive; {@link #type()} gives the direction.
   *
   * @return the value
   */
  public long points() {
    return points;
  }

  /**
   * Returns the wallet's points right after this entry.
   *
   * @return the value
   */
  public long balanceAfter() {
    return balanceAfter;
  }

  /**
   * Returns the id of the payment, refund or redemption that caused the entry.
   *
   * @return the value
   */
  public String resourceId() {
    return resourceId;
  }

  /**
   * Returns the money a redemption paid into the wallet.
   *
   * @return it, if present
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns when the points moved, in server time.
   *
   * @return the value
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RewardsEntry other
        && id.equals(other.id)
        && walletId.equals(other.walletId)
        && type == other.type
        && points == other.points
        && balanceAfter == other.balanceAfter
        && resourceId.equals(other.resourceId)
        && Objects.equals(amount, other.amount)
        && createdAt.equals(other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, walletId, type, points, balanceAfter, resourceId, amount, createdAt);
  }

  @Override
  public String toString() {
    return "RewardsEntry{"
        + "id="
        + id
        + ", walletId="
        + walletId
        + ", type="
        + type
        + ", points="
        + points
        + ", balanceAfter="
        + balanceAfter
        + ", resourceId="
        + resourceId
        + ", amount="
        + amount
        + ", createdAt="
        + createdAt
        + "}";
  }

  /** Builds a {@link RewardsEntry}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable RewardsEntryId id;
    private @Nullable WalletId walletId;
    private @Nullable RewardsEntryType type;
    private @Nullable Long points;
    private @Nullable Long balanceAfter;
    private @Nullable String resourceId;
    private @Nullable Money amount;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the entry's id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable RewardsEntryId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the wallet whose points changed.
     *
     * @param walletId the value
     * @return this builder
     */
    public Builder walletId(@Nullable WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets what changed the points.
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(@Nullable RewardsEntryType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets how many points moved, always positive; {@link #type()} gives the direction.
     *
     * @param points the value
     * @return this builder
     */
    public Builder points(@Nullable Long points) {
      this.points = points;
      return this;
    }

    /**
     * Sets the wallet's points right after this entry.
     *
     * @param balanceAfter the value
     * @return this builder
     */
    public Builder balanceAfter(@Nullable Long balanceAfter) {
      this.balanceAfter = balanceAfter;
      return this;
    }

    /**
     * Sets the id of the payment, refund or redemption that caused the entry.
     *
     * @param resourceId the value
     * @return this builder
     */
    public Builder resourceId(@Nullable String resourceId) {
      this.resourceId = resourceId;
      return this;
    }

    /**
     * Sets the money a redemption paid into the wallet.
     *
     * @param amount the value, or {@code null} for none
     * @return this builder
     */
    public Builder amount(@Nullable Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets when the points moved, in server time.
     *
     * @param createdAt the value
     * @return this builder
     */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the RewardsEntry.
     *
     * @return the RewardsEntry
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing
     */
    public RewardsEntry build() {
      return new RewardsEntry(this);
    }
  }
}
