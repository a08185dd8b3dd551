/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to move money between a wallet's available balance and one of its pots ({@code POST
 * /v1/pots/{potId}/deposits} or {@code .../withdrawals}). The amount is in the pot's currency.
 * Immutable and thread-safe.
 */
public final class PotMoveRequest {
  private final PotId potId;
  private final Money amount;
  private final @Nullable IdempotencyKey idempotencyKey;

  private PotMoveRequest(Builder builder) {
    this.potId = required(builder.potId, "pot");
    this.amount = required(builder.amount, "amount");
    this.idempotencyKey = builder.idempotencyKey;
  }

  /**
   * Creates a request with a key the client generates per call.
   *
   * @param pot the pot
   * @param amount greater than zero, in the pot's currency
   * @return the request
   * @throws InvalidRequestException if a value is missing or the amount is not positive
   */
  public static PotMoveRequest of(PotId pot, Money amount) {
    return builder().pot(pot).amount(amount).build();
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
   * Returns the pot.
   *
   * @return the pot's id
   */
  public PotId potId() {
    return potId;
  }

  /**
   * Returns the amount to move.
   *
   * @return greater than zero
   */
  public Money amount() {
    return amount;
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
    return o instanceof PotMoveRequest other
        && potId.equals(other.potId)
        && amount.equals(other.amount)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(potId, amount, idempotencyKey);
  }

  @Override
  public String toString() {
    return "PotMoveRequest{potId="
        + potId
        + ", amount="
        + amount
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link PotMoveRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable PotId potId;
    private @Nullable Money amount;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the pot. Required.
     *
     * @param potId the pot
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder pot(PotId potId) {
      this.potId = required(potId, "pot");
      return this;
    }

    /**
     * Sets the amount. Required.
     *
     * @param amount greater than zero, in the pot's currency
     * @return this builder
     * @throws InvalidRequestException (code {@code zero_amount} or {@code negative_amount})
     */
    public Builder amount(Money amount) {
      this.amount = positive(amount, "amount");
      return this;
    }

    /**
     * Sets the idempotency key. Optional: without one the client generates a key per call; set one
     * to make a move safe to retry across calls.
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
     * @throws InvalidRequestException if the pot or amount is missing
     */
    public PotMoveRequest build() {
      return new PotMoveRequest(this);
    }
  }
}
