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
 * A movement of money between a wallet's available balance and one of its pots ({@code POST
 * /v1/pots/{potId}/deposits} and {@code .../withdrawals}, or a sweep run): one ledger entry.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class PotMove implements Resource {
  private final PotMoveId id;
  private final PotId potId;
  private final WalletId walletId;
  private final PotMoveDirection direction;
  private final PotMoveTrigger trigger;
  private final Money amount;
  private final Money potBalanceAfter;
  private final Money availableAfter;
  private final Instant createdAt;
  private final @Nullable Receipt receipt;

  private PotMove(Builder builder) {
    this.id = required(builder.id, "PotMove.id");
    this.potId = required(builder.potId, "PotMove.potId");
    this.walletId = required(builder.walletId, "PotMove.walletId");
    this.direction = required(builder.direction, "PotMove.direction");
    this.trigger = required(builder.trigger, "PotMove.trigger");
    this.amount = required(builder.amount, "PotMove.amount");
    this.potBalanceAfter = required(builder.potBalanceAfter, "PotMove.potBalanceAfter");
    this.availableAfter = required(builder.availableAfter, "PotMove.availableAfter");
    this.createdAt = required(builder.createdAt, "PotMove.createdAt");
    this.receipt = builder.receipt;
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
   * Returns the move's id.
   *
   * @return the value
   */
  public PotMoveId id() {
    return id;
  }

  /**
   * Returns the pot.
   *
   * @return the value
   */
  public PotId potId() {
    return potId;
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
   * Returns whether money went into or out of the pot.
   *
   * @return the value
   */
  public PotMoveDirection direction() {
    return direction;
  }

  /**
   * Returns what made the move.
   *
   * @return the value
   */
  public PotMoveTrigger trigger() {
    return trigger;
  }

  /**
   * Returns the money moved.
   *
   * @return the value
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns the pot's balance after the move.
   *
   * @return the value
   */
  public Money potBalanceAfter() {
    return potBalanceAfter;
  }

  /**
   * Returns the wallet's available balance in the pot's currency after the move.
   *
   * @return the value
   */
  public Money availableAfter() {
    return availableAfter;
  }

  /**
   * Returns when the move was made, in server time.
   *
   * @return the value
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns the server's signed receipt for the move; event payloads carry none.
   *
   * @return the value, if present
   */
  public Optional<Receipt> receipt() {
    return Optional.ofNullable(receipt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PotMove other
        && id.equals(other.id)
        && potId.equals(other.potId)
        && walletId.equals(other.walletId)
        && Objects.equals(direction, other.direction)
        && Objects.equals(trigger, other.trigger)
        && amount.equals(other.amount)
        && potBalanceAfter.equals(other.potBalanceAfter)
        && availableAfter.equals(other.availableAfter)
        && createdAt.equals(other.createdAt)
        && Objects.equals(receipt, other.receipt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        potId,
        walletId,
        direction,
        trigger,
        amount,
        potBalanceAfter,
        availableAfter,
        createdAt,
        receipt);
  }

  @Override
  public String toString() {
    return "PotMove{"
        + "id="
        + id
        + ", potId="
        + potId
        + ", walletId="
        + walletId
        + ", direction="
        + direction
        + ", trigger="
        + trigger
        + ", amount="
        + amount
        + ", potBalanceAfter="
        + potBalanceAfter
        + ", availableAfter="
        + availableAfter
        + ", createdAt="
        + createdAt
        + ", receipt="
        + receipt
        + "}";
  }

  /** Builds a {@link PotMove}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable PotMoveId id;
    private @Nullable PotId potId;
    private @Nullable WalletId walletId;
    private @Nullable PotMoveDirection direction;
    private @Nullable PotMoveTrigger trigger;
    private @Nullable Money amount;
    private @Nullable Money potBalanceAfter;
    private @Nullable Money availableAfter;
    private @Nullable Instant createdAt;
    private @Nullable Receipt receipt;

    private Builder() {}

    /**
     * Sets the move's id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable PotMoveId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the pot.
     *
     * @param potId the value
     * @return this builder
     */
    public Builder potId(@Nullable PotId potId) {
      this.potId = potId;
      return this;
    }

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
     * Sets whether money went into or out of the pot.
     *
     * @param direction the value
     * @return this builder
     */
    public Builder direction(@Nullable PotMoveDirection direction) {
      this.direction = direction;
      return this;
    }

    /**
     * Sets what made the move.
     *
     * @param trigger the value
     * @return this builder
     */
    public Builder trigger(@Nullable PotMoveTrigger trigger) {
      this.trigger = trigger;
      return this;
    }

    /**
     * Sets the money moved.
     *
     * @param amount the value
     * @return this builder
     */
    public Builder amount(@Nullable Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets the pot's balance after the move.
     *
     * @param potBalanceAfter the value
     * @return this builder
     */
    public Builder potBalanceAfter(@Nullable Money potBalanceAfter) {
      this.potBalanceAfter = potBalanceAfter;
      return this;
    }

    /**
     * Sets the wallet's available balance in the pot's currency after the move.
     *
     * @param availableAfter the value
     * @return this builder
     */
    public Builder availableAfter(@Nullable Money availableAfter) {
      this.availableAfter = availableAfter;
      return this;
    }

    /**
     * Sets when the move was made, in server time.
     *
     * @param createdAt the value
     * @return this builder
     */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the server's signed receipt for the move; event payloads carry none.
     *
     * @param receipt the value
     * @return this builder
     */
    public Builder receipt(@Nullable Receipt receipt) {
      this.receipt = receipt;
      return this;
    }

    /**
     * Builds the PotMove.
     *
     * @return the PotMove
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing
     */
    public PotMove build() {
      return new PotMove(this);
    }
  }
}
