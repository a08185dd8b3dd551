/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One item of a {@link PayoutBatch} and what became of it: paid by the transfer {@link
 * #transferId()} names, or failed with the error code of what refused it ({@code
 * wallet_not_active}, {@code insufficient_funds}, {@code limit_exceeded}, {@code
 * destination_not_found}, {@code step_up_not_supported}, a risk decline...).
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class PayoutBatchItem {
  private final PayoutBatchId batchId;
  private final int index;
  private final String reference;
  private final WalletId destination;
  private final Money amount;
  private final @Nullable String description;
  private final PayoutItemStatus status;
  private final @Nullable TransferId transferId;
  private final @Nullable String failureCode;
  private final @Nullable String failureMessage;

  private PayoutBatchItem(Builder builder) {
    this.batchId = required(builder.batchId, "PayoutBatchItem.batchId");
    this.index = builder.index;
    this.reference = required(builder.reference, "PayoutBatchItem.reference");
    this.destination = required(builder.destination, "PayoutBatchItem.destination");
    this.amount = required(builder.amount, "PayoutBatchItem.amount");
    this.description = builder.description;
    this.status = required(builder.status, "PayoutBatchItem.status");
    this.transferId = builder.transferId;
    this.failureCode = builder.failureCode;
    this.failureMessage = builder.failureMessage;
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
   * Returns the batch the item belongs to.
   *
   * @return the value
   */
  public PayoutBatchId batchId() {
    return batchId;
  }

  /**
   * Returns the item's position in the request.
   *
   * @return from 0
   */
  public int index() {
    return index;
  }

  /**
   * Returns the item's reference, unique in its batch.
   *
   * @return the value
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns the wallet the item pays.
   *
   * @return the value
   */
  public WalletId destination() {
    return destination;
  }

  /**
   * Returns the amount.
   *
   * @return the value
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns the description.
   *
   * @return the value, if set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns what became of the item.
   *
   * @return the value
   */
  public PayoutItemStatus status() {
    return status;
  }

  /**
   * Returns the transfer that paid the item; read it with {@code transfers().get} for its receipt.
   *
   * @return the value, present when the item was paid
   */
  public Optional<TransferId> transferId() {
    return Optional.ofNullable(transferId);
  }

  /**
   * Returns the error code of what refused the item.
   *
   * @return the value, present when the item failed
   */
  public Optional<String> failureCode() {
    return Optional.ofNullable(failureCode);
  }

  /**
   * Returns what refused the item, in words.
   *
   * @return the value, present when the item failed
   */
  public Optional<String> failureMessage() {
    return Optional.ofNullable(failureMessage);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PayoutBatchItem other
        && batchId.equals(other.batchId)
        && index == other.index
        && reference.equals(other.reference)
        && destination.equals(other.destination)
        && amount.equals(other.amount)
        && Objects.equals(description, other.description)
        && status == other.status
        && Objects.equals(transferId, other.transferId)
        && Objects.equals(failureCode, other.failureCode)
        && Objects.equals(failureMessage, other.failureMessage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        batchId,
        index,
        reference,
        destination,
        amount,
        description,
        status,
        transferId,
        failureCode,
        failureMessage);
  }

  @Override
  public String toString() {
    return "PayoutBatchItem{batchId="
        + batchId
        + ", index="
        + index
        + ", reference="
        + reference
        + ", destination="
        + destination
        + ", amount="
        + amount
        + ", description="
        + description
        + ", status="
        + status
        + ", transferId="
        + transferId
        + ", failureCode="
        + failureCode
        + ", failureMessage="
        + failureMessage
        + "}";
  }

  /** Builds a {@link PayoutBatchItem}; {@link #build()} requires the batch, item and status. */
  public static final class Builder {
    private @Nullable PayoutBatchId batchId;
    private int index;
    private @Nullable String reference;
    private @Nullable WalletId destination;
    private @Nullable Money amount;
    private @Nullable String description;
    private @Nullable PayoutItemStatus status;
    private @Nullable TransferId transferId;
    private @Nullable String failureCode;
    private @Nullable String failureMessage;

    private Builder() {}

    /**
     * Sets the batch.
     *
     * @param batchId the value
     * @return this builder
     */
    public Builder batchId(PayoutBatchId batchId) {
      this.batchId = required(batchId, "PayoutBatchItem.batchId");
      return this;
    }

    /**
     * Sets the position in the request.
     *
     * @param index the value, from 0
     * @return this builder
     */
    public Builder index(int index) {
      this.index = index;
      return this;
    }

    /**
     * Sets the reference.
     *
     * @param reference the value
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = required(reference, "PayoutBatchItem.reference");
      return this;
    }

    /**
     * Sets the wallet paid.
     *
     * @param destination the value
     * @return this builder
     */
    public Builder destination(WalletId destination) {
      this.destination = required(destination, "PayoutBatchItem.destination");
      return this;
    }

    /**
     * Sets the amount.
     *
     * @param amount the value
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = required(amount, "PayoutBatchItem.amount");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value, or {@code null} for none
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(PayoutItemStatus status) {
      this.status = required(status, "PayoutBatchItem.status");
      return this;
    }

    /**
     * Sets the transfer that paid the item.
     *
     * @param transferId the value, or {@code null} if it failed
     * @return this builder
     */
    public Builder transferId(@Nullable TransferId transferId) {
      this.transferId = transferId;
      return this;
    }

    /**
     * Sets the failure.
     *
     * @param code the error code, or {@code null} if it was paid
     * @param message what refused it, or {@code null} if it was paid
     * @return this builder
     */
    public Builder failure(@Nullable String code, @Nullable String message) {
      this.failureCode = code;
      this.failureMessage = message;
      return this;
    }

    /**
     * Builds the item.
     *
     * @return the item
     * @throws dev.walletsdk.InvalidRequestException if a required value is missing
     */
    public PayoutBatchItem build() {
      return new PayoutBatchItem(this);
    }
  }
}
