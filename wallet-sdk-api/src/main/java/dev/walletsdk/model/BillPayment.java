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
 * A payment to a biller: made at once, or scheduled once or repeatedly on the server's clock.
 * {@link #runs()} lists each execution with its outcome. Immutable and thread-safe.
 */
public final class BillPayment implements Resource {
  private final BillPaymentId id;
  private final WalletId walletId;
  private final BillerId billerId;
  private final String customerReference;
  private final Money amount;
  private final BillPaymentStatus status;
  private final @Nullable Instant scheduledFor;
  private final @Nullable Recurrence recurrence;
  private final List<BillPaymentRun> runs;
  private final @Nullable Instant nextRunAt;
  private final @Nullable String description;
  private final Instant createdAt;

  private BillPayment(Builder b) {
    this.id = required(b.id, "BillPayment.id");
    this.walletId = required(b.walletId, "BillPayment.walletId");
    this.billerId = required(b.billerId, "BillPayment.billerId");
    this.customerReference = required(b.customerReference, "BillPayment.customerReference");
    this.amount = required(b.amount, "BillPayment.amount");
    this.status = required(b.status, "BillPayment.status");
    this.scheduledFor = b.scheduledFor;
    this.recurrence = b.recurrence;
    this.runs = list(b.runs, "BillPayment.runs");
    this.nextRunAt = b.nextRunAt;
    this.description = b.description;
    this.createdAt = required(b.createdAt, "BillPayment.createdAt");
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
   * Returns the id.
   *
   * @return the bill payment's id
   */
  public BillPaymentId id() {
    return id;
  }

  /**
   * Returns the paying wallet.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the biller.
   *
   * @return the biller's id
   */
  public BillerId billerId() {
    return billerId;
  }

  /**
   * Returns the customer's reference at the biller.
   *
   * @return the reference
   */
  public String customerReference() {
    return customerReference;
  }

  /**
   * Returns the amount of each run.
   *
   * @return the amount
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns the state when the server sent the bill payment.
   *
   * @return the status
   */
  public BillPaymentStatus status() {
    return status;
  }

  /**
   * Returns the first scheduled run.
   *
   * @return the instant, or empty for a payment made at once
   */
  public Optional<Instant> scheduledFor() {
    return Optional.ofNullable(scheduledFor);
  }

  /**
   * Returns how the payment repeats.
   *
   * @return the recurrence, or empty for a single run
   */
  public Optional<Recurrence> recurrence() {
    return Optional.ofNullable(recurrence);
  }

  /**
   * Returns the runs made so far.
   *
   * @return the runs, oldest first
   */
  public List<BillPaymentRun> runs() {
    return runs;
  }

  /**
   * Returns when the next run is due.
   *
   * @return the instant, or empty when no run is left
   */
  public Optional<Instant> nextRunAt() {
    return Optional.ofNullable(nextRunAt);
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
   * Returns when the bill payment was created, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BillPayment other
        && id.equals(other.id)
        && walletId.equals(other.walletId)
        && billerId.equals(other.billerId)
        && customerReference.equals(other.customerReference)
        && amount.equals(other.amount)
        && status == other.status
        && Objects.equals(scheduledFor, other.scheduledFor)
        && Objects.equals(recurrence, other.recurrence)
        && runs.equals(other.runs)
        && Objects.equals(nextRunAt, other.nextRunAt)
        && Objects.equals(description, other.description)
        && createdAt.equals(other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        walletId,
        billerId,
        customerReference,
        amount,
        status,
        scheduledFor,
        recurrence,
        runs,
        nextRunAt,
        description,
        createdAt);
  }

  @Override
  public String toString() {
    return "BillPayment{id="
        + id
        + ", walletId="
        + walletId
        + ", billerId="
        + billerId
        + ", amount="
        + amount
        + ", status="
        + status
        + ", scheduledFor="
        + scheduledFor
        + ", recurrence="
        + recurrence
        + ", runs="
        + runs.size()
        + ", nextRunAt="
        + nextRunAt
        + "}";
  }

  /** Builds a {@link BillPayment}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable BillPaymentId id;
    private @Nullable WalletId walletId;
    private @Nullable BillerId billerId;
    private @Nullable String customerReference;
    private @Nullable Money amount;
    private @Nullable BillPaymentStatus status;
    private @Nullable Instant scheduledFor;
    private @Nullable Recurrence recurrence;
    private @Nullable List<BillPaymentRun> runs;
    private @Nullable Instant nextRunAt;
    private @Nullable String description;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(BillPaymentId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the wallet.
     *
     * @param walletId the paying wallet
     * @return this builder
     */
    public Builder walletId(WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the biller.
     *
     * @param billerId the biller
     * @return this builder
     */
    public Builder billerId(BillerId billerId) {
      this.billerId = billerId;
      return this;
    }

    /**
     * Sets the customer reference.
     *
     * @param customerReference the reference at the biller
     * @return this builder
     */
    public Builder customerReference(String customerReference) {
      this.customerReference = customerReference;
      return this;
    }

    /**
     * Sets the amount.
     *
     * @param amount the amount of each run
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the state
     * @return this builder
     */
    public Builder status(BillPaymentStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the first scheduled run.
     *
     * @param scheduledFor the instant, or {@code null} for a payment made at once
     * @return this builder
     */
    public Builder scheduledFor(@Nullable Instant scheduledFor) {
      this.scheduledFor = scheduledFor;
      return this;
    }

    /**
     * Sets the recurrence.
     *
     * @param recurrence the recurrence, or {@code null} for a single run
     * @return this builder
     */
    public Builder recurrence(@Nullable Recurrence recurrence) {
      this.recurrence = recurrence;
      return this;
    }

    /**
     * Sets the runs.
     *
     * @param runs the runs so far, oldest first
     * @return this builder
     */
    public Builder runs(List<BillPaymentRun> runs) {
      this.runs = runs;
      return this;
    }

    /**
     * Sets the next run.
     *
     * @param nextRunAt the instant, or {@code null} when no run is left
     * @return this builder
     */
    public Builder nextRunAt(@Nullable Instant nextRunAt) {
      this.nextRunAt = nextRunAt;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or {@code null}
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt when it was created
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the bill payment.
     *
     * @return the bill payment
     * @throws InvalidRequestException if a required field is missing
     */
    public BillPayment build() {
      return new BillPayment(this);
    }
  }
}
