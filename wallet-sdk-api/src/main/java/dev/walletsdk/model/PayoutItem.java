/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.optionalText;
import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.text;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One item of a {@link PayoutBatchRequest}: pay an amount to a wallet, under a reference unique in
 * the batch. Immutable and thread-safe.
 */
public final class PayoutItem {
  /** The longest item reference. */
  public static final int MAX_REFERENCE = 64;

  /** The longest item description. */
  public static final int MAX_DESCRIPTION = 140;

  private final String reference;
  private final WalletId destination;
  private final Money amount;
  private final @Nullable String description;

  private PayoutItem(Builder builder) {
    this.reference = required(builder.reference, "reference");
    this.destination = required(builder.destination, "destination");
    this.amount = required(builder.amount, "amount");
    this.description = builder.description;
  }

  /**
   * Creates an item without a description.
   *
   * @param reference 1 to 64 characters, unique in the batch
   * @param destination the wallet to pay
   * @param amount greater than zero, in the batch's currency
   * @return the item
   * @throws InvalidRequestException if a value is missing or invalid
   */
  public static PayoutItem of(String reference, WalletId destination, Money amount) {
    return builder().reference(reference).destination(destination).amount(amount).build();
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
   * Returns the item's reference, unique in its batch.
   *
   * @return 1 to 64 characters
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns the wallet paid.
   *
   * @return the wallet's id
   */
  public WalletId destination() {
    return destination;
  }

  /**
   * Returns the amount paid.
   *
   * @return greater than zero
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns the description the transfer carries.
   *
   * @return the description, if set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PayoutItem other
        && reference.equals(other.reference)
        && destination.equals(other.destination)
        && amount.equals(other.amount)
        && Objects.equals(description, other.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, destination, amount, description);
  }

  @Override
  public String toString() {
    return "PayoutItem{reference="
        + reference
        + ", destination="
        + destination
        + ", amount="
        + amount
        + ", description="
        + description
        + "}";
  }

  /** Builds a {@link PayoutItem}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable String reference;
    private @Nullable WalletId destination;
    private @Nullable Money amount;
    private @Nullable String description;

    private Builder() {}

    /**
     * Sets the reference. Required.
     *
     * @param reference 1 to 64 characters without control characters, unique in the batch
     * @return this builder
     * @throws InvalidRequestException (field {@code reference}) if it is missing or invalid
     */
    public Builder reference(String reference) {
      this.reference = text(reference, "reference", MAX_REFERENCE);
      return this;
    }

    /**
     * Sets the wallet to pay. Required.
     *
     * @param destination the wallet
     * @return this builder
     * @throws InvalidRequestException (field {@code destination}) if it is missing
     */
    public Builder destination(WalletId destination) {
      this.destination = required(destination, "destination");
      return this;
    }

    /**
     * Sets the amount. Required.
     *
     * @param amount greater than zero, in the batch's currency
     * @return this builder
     * @throws InvalidRequestException (code {@code zero_amount} or {@code negative_amount})
     */
    public Builder amount(Money amount) {
      this.amount = positive(amount, "amount");
      return this;
    }

    /**
     * Sets the description. Optional.
     *
     * @param description 1 to 140 characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException (field {@code description}) if it is empty or too long
     */
    public Builder description(@Nullable String description) {
      this.description = optionalText(description, "description", MAX_DESCRIPTION);
      return this;
    }

    /**
     * Builds the item.
     *
     * @return the item
     * @throws InvalidRequestException if the reference, destination or amount is missing
     */
    public PayoutItem build() {
      return new PayoutItem(this);
    }
  }
}
