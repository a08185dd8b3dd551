/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.nonNegative;
import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.sameCurrency;

import dev.walletsdk.InvalidRequestException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One posted entry in a wallet's history: a single movement of one currency into or out of the
 * wallet.
 *
 * <p>The amount is never negative; {@link #direction()} says which way the money moved. A payment
 * with a fee, for example, may post as several entries. Immutable and thread-safe. Built by the
 * client from server responses; tests may build their own with {@link #builder()}.
 */
public final class Transaction implements Resource {
  private final TransactionId id;
  private final WalletId walletId;
  private final TransactionType type;
  private final Direction direction;
  private final Money amount;
  private final Money balanceAfter;
  private final String resourceId;
  private final @Nullable String reference;
  private final @Nullable String description;
  private final Instant createdAt;

  private Transaction(Builder builder) {
    this.id = required(builder.id, "Transaction.id");
    this.walletId = required(builder.walletId, "Transaction.walletId");
    this.type = required(builder.type, "Transaction.type");
    this.direction = required(builder.direction, "Transaction.direction");
    this.amount = nonNegative(builder.amount, "Transaction.amount");
    this.balanceAfter = required(builder.balanceAfter, "Transaction.balanceAfter");
    this.resourceId = required(builder.resourceId, "Transaction.resourceId");
    this.reference = builder.reference;
    this.description = builder.description;
    this.createdAt = required(builder.createdAt, "Transaction.createdAt");
    sameCurrency(balanceAfter, "Transaction.balanceAfter", amount, "amount");
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
   * @return the id
   */
  public TransactionId id() {
    return id;
  }

  /**
   * Returns the wallet whose history holds the entry.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns what caused the entry.
   *
   * @return the type
   */
  public TransactionType type() {
    return type;
  }

  /**
   * Returns whether money came in or went out.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * Returns how much moved.
   *
   * @return the amount, zero or more
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns the wallet's posted balance of this currency right after the entry.
   *
   * @return the balance after, in the currency of {@link #amount()}
   */
  public Money balanceAfter() {
    return balanceAfter;
  }

  /**
   * Returns the id of the resource that caused the entry: a payment, refund, transfer or funding.
   *
   * @return the id as sent by the server, for example {@code "trf_8f3KQ2"}
   */
  public String resourceId() {
    return resourceId;
  }

  /**
   * Returns the partner's reference of the resource that caused the entry.
   *
   * @return the reference, if one was given
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns the description shown to the wallet holder.
   *
   * @return the description, if there is one
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns when the entry was posted, in server time.
   *
   * @return the posting instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Transaction other
        && id.equals(other.id)
        && walletId.equals(other.walletId)
        && type == other.type
        && direction == other.direction
        && amount.equals(other.amount)
        && balanceAfter.equals(other.balanceAfter)
        && resourceId.equals(other.resourceId)
        && Objects.equals(reference, other.reference)
        && Objects.equals(description, other.description)
        && createdAt.equals(other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        walletId,
        type,
        direction,
        amount,
        balanceAfter,
        resourceId,
        reference,
        description,
        createdAt);
  }

  @Override
  public String toString() {
    return "Transaction{id="
        + id
        + ", walletId="
        + walletId
        + ", type="
        + type
        + ", direction="
        + direction
        + ", amount="
        + amount
        + ", balanceAfter="
        + balanceAfter
        + ", resourceId="
        + resourceId
        + ", reference="
        + reference
        + ", description="
        + FreeText.describe(description)
        + ", createdAt="
        + createdAt
        + "}";
  }

  /** Builds a {@link Transaction}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable TransactionId id;
    private @Nullable WalletId walletId;
    private @Nullable TransactionType type;
    private @Nullable Direction direction;
    private @Nullable Money amount;
    private @Nullable Money balanceAfter;
    private @Nullable String resourceId;
    private @Nullable String reference;
    private @Nullable String description;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the entry's id
     * @return this builder
     */
    public Builder id(TransactionId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the wallet.
     *
     * @param walletId the wallet whose history holds the entry
     * @return this builder
     */
    public Builder walletId(WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the type.
     *
     * @param type what caused the entry
     * @return this builder
     */
    public Builder type(TransactionType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param direction whether money came in or went out
     * @return this builder
     */
    public Builder direction(Direction direction) {
      this.direction = direction;
      return this;
    }

    /**
     * Sets the amount.
     *
     * @param amount how much moved, zero or more
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets the balance after the entry.
     *
     * @param balanceAfter the posted balance right after the entry
     * @return this builder
     */
    public Builder balanceAfter(Money balanceAfter) {
      this.balanceAfter = balanceAfter;
      return this;
    }

    /**
     * Sets the id of the resource that caused the entry.
     *
     * @param resourceId the id, for example {@code "trf_8f3KQ2"}
     * @return this builder
     */
    public Builder resourceId(String resourceId) {
      this.resourceId = resourceId;
      return this;
    }

    /**
     * Sets the partner's reference.
     *
     * @param reference the reference, or {@code null} for none
     * @return this builder
     */
    public Builder reference(@Nullable String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or {@code null} for none
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the posting instant.
     *
     * @param createdAt when the entry was posted
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return the entry
     * @throws InvalidRequestException if a required field is missing ({@code required}), the amount
     *     is negative ({@code negative_amount}), or the balance after is in another currency than
     *     the amount ({@code currency_mismatch})
     */
    public Transaction build() {
      return new Transaction(this);
    }
  }
}
