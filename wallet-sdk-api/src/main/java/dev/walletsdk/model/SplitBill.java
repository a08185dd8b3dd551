/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.list;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A merchant bill paid by several wallets in one atomic movement. Each {@link SplitShare} has the
 * amount its wallet paid, and for a bill split by percentages the percentage it came from.
 * Immutable and thread-safe.
 */
public final class SplitBill implements Resource {
  private final SplitBillId id;
  private final MerchantId merchantId;
  private final Money amount;
  private final SplitMethod method;
  private final List<SplitShare> participants;
  private final SplitBillStatus status;
  private final @Nullable String description;
  private final @Nullable String reference;
  private final Instant createdAt;

  private SplitBill(Builder builder) {
    this.id = required(builder.id, "SplitBill.id");
    this.merchantId = required(builder.merchantId, "SplitBill.merchantId");
    this.amount = required(builder.amount, "SplitBill.amount");
    this.method = required(builder.method, "SplitBill.method");
    this.participants = list(builder.participants, "SplitBill.participants");
    this.status = required(builder.status, "SplitBill.status");
    this.description = builder.description;
    this.reference = builder.reference;
    this.createdAt = required(builder.createdAt, "SplitBill.createdAt");
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
   * Returns the split bill's id.
   *
   * @return the id
   */
  public SplitBillId id() {
    return id;
  }

  /**
   * Returns the merchant paid.
   *
   * @return the merchant's id
   */
  public MerchantId merchantId() {
    return merchantId;
  }

  /**
   * Returns the whole bill.
   *
   * @return what the merchant received
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns how the bill was divided.
   *
   * @return the method
   */
  public SplitMethod method() {
    return method;
  }

  /**
   * Returns what each wallet paid, in the order of the request.
   *
   * @return the shares
   */
  public List<SplitShare> participants() {
    return participants;
  }

  /**
   * Returns the state when the server sent the split bill.
   *
   * @return the status
   */
  public SplitBillStatus status() {
    return status;
  }

  /**
   * Returns the description.
   *
   * @return the description, if one was given
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the partner's reference.
   *
   * @return the reference, if one was given
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns when the bill was paid, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SplitBill other
        && id.equals(other.id)
        && merchantId.equals(other.merchantId)
        && amount.equals(other.amount)
        && method == other.method
        && participants.equals(other.participants)
        && status == other.status
        && Objects.equals(description, other.description)
        && Objects.equals(reference, other.reference)
        && createdAt.equals(other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, merchantId, amount, method, participants, status, description, reference, createdAt);
  }

  @Override
  public String toString() {
    return "SplitBill{id="
        + id
        + ", merchantId="
        + merchantId
        + ", amount="
        + amount
        + ", method="
        + method
        + ", participants="
        + participants
        + ", status="
        + status
        + ", description="
        + description
        + ", reference="
        + reference
        + ", createdAt="
        + createdAt
        + "}";
  }

  /** Builds a {@link SplitBill}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable SplitBillId id;
    private @Nullable MerchantId merchantId;
    private @Nullable Money amount;
    private @Nullable SplitMethod method;
    private @Nullable List<SplitShare> participants;
    private @Nullable SplitBillStatus status;
    private @Nullable String description;
    private @Nullable String reference;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the split bill's id
     * @return this builder
     */
    public Builder id(SplitBillId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the merchant.
     *
     * @param merchantId the merchant paid
     * @return this builder
     */
    public Builder merchantId(MerchantId merchantId) {
      this.merchantId = merchantId;
      return this;
    }

    /**
     * Sets the whole bill.
     *
     * @param amount what the merchant received
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets the method.
     *
     * @param method how the bill was divided
     * @return this builder
     */
    public Builder method(SplitMethod method) {
      this.method = method;
      return this;
    }

    /**
     * Sets the shares.
     *
     * @param participants what each wallet paid
     * @return this builder
     */
    public Builder participants(List<SplitShare> participants) {
      this.participants = participants;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the state
     * @return this builder
     */
    public Builder status(SplitBillStatus status) {
      this.status = status;
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
     * Sets the creation instant.
     *
     * @param createdAt when the bill was paid
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the split bill.
     *
     * @return the split bill
     * @throws InvalidRequestException if a required field is missing
     */
    public SplitBill build() {
      return new SplitBill(this);
    }
  }
}
