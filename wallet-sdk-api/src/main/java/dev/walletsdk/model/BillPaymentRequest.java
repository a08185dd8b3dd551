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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to pay a biller from a wallet ({@code POST /v1/bill-payments}): at once, or from {@code
 * scheduledFor} on, once or with a {@link Recurrence}. The server checks the customer reference
 * against the biller's format and the schedule against its clock (after now, at most 366 days
 * ahead). Immutable and thread-safe.
 */
public final class BillPaymentRequest {
  /** The longest customer reference accepted. */
  public static final int MAX_CUSTOMER_REFERENCE_LENGTH = 35;

  private final WalletId walletId;
  private final BillerId billerId;
  private final String customerReference;
  private final Money amount;
  private final @Nullable Instant scheduledFor;
  private final @Nullable Recurrence recurrence;
  private final @Nullable String description;
  private final @Nullable IdempotencyKey idempotencyKey;

  private BillPaymentRequest(Builder b) {
    this.walletId = required(b.walletId, "wallet");
    this.billerId = required(b.billerId, "biller");
    this.customerReference = required(b.customerReference, "customerReference");
    this.amount = required(b.amount, "amount");
    this.scheduledFor = b.scheduledFor;
    this.recurrence = b.recurrence;
    this.description = b.description;
    this.idempotencyKey = b.idempotencyKey;
    if (recurrence != null && scheduledFor == null) {
      throw InvalidRequestException.forField(
          "scheduledFor", "required", "scheduledFor is required with a recurrence");
    }
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
   * Returns the first run.
   *
   * @return the instant, or empty to pay at once
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
   * Returns the description.
   *
   * @return the description, if set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
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
    return o instanceof BillPaymentRequest other
        && walletId.equals(other.walletId)
        && billerId.equals(other.billerId)
        && customerReference.equals(other.customerReference)
        && amount.equals(other.amount)
        && Objects.equals(scheduledFor, other.scheduledFor)
        && Objects.equals(recurrence, other.recurrence)
        && Objects.equals(description, other.description)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        walletId,
        billerId,
        customerReference,
        amount,
        scheduledFor,
        recurrence,
        description,
        idempotencyKey);
  }

  @Override
  public String toString() {
    return "BillPaymentRequest{walletId="
        + walletId
        + ", billerId="
        + billerId
        + ", customerReference="
        + customerReference
        + ", amount="
        + amount
        + ", scheduledFor="
        + scheduledFor
        + ", recurrence="
        + recurrence
        + ", description="
        + description
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link BillPaymentRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable BillerId billerId;
    private @Nullable String customerReference;
    private @Nullable Money amount;
    private @Nullable Instant scheduledFor;
    private @Nullable Recurrence recurrence;
    private @Nullable String description;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the paying wallet. Required.
     *
     * @param walletId the wallet's id
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder wallet(WalletId walletId) {
      this.walletId = required(walletId, "wallet");
      return this;
    }

    /**
     * Sets the biller. Required.
     *
     * @param billerId the biller's id, from the catalogue
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder biller(BillerId billerId) {
      this.billerId = required(billerId, "biller");
      return this;
    }

    /**
     * Sets the customer's reference at the biller. Required; its format is the biller's.
     *
     * @param customerReference 1 to 35 characters without control characters
     * @return this builder
     * @throws InvalidRequestException if the reference is missing, empty, too long or has control
     *     characters
     */
    public Builder customerReference(String customerReference) {
      this.customerReference =
          text(customerReference, "customerReference", MAX_CUSTOMER_REFERENCE_LENGTH);
      return this;
    }

    /**
     * Sets the amount of each run. Required.
     *
     * @param amount greater than zero, in a currency the biller accepts
     * @return this builder
     * @throws InvalidRequestException if the amount is missing, negative or zero
     */
    public Builder amount(Money amount) {
      this.amount = positive(amount, "amount");
      return this;
    }

    /**
     * Schedules the first run instead of paying at once. Optional.
     *
     * @param scheduledFor an instant after the server's now, at most 366 days ahead
     * @return this builder
     * @throws InvalidRequestException if the instant is missing
     */
    public Builder scheduledFor(Instant scheduledFor) {
      this.scheduledFor = required(scheduledFor, "scheduledFor");
      return this;
    }

    /**
     * Repeats the scheduled payment. Optional; needs {@link #scheduledFor(Instant)}.
     *
     * @param recurrence the recurrence
     * @return this builder
     * @throws InvalidRequestException if the recurrence is missing
     */
    public Builder recurrence(Recurrence recurrence) {
      this.recurrence = required(recurrence, "recurrence");
      return this;
    }

    /**
     * Sets the description. Optional.
     *
     * @param description 1 to 140 characters, no control characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException if the description is empty, too long or has control
     *     characters
     */
    public Builder description(@Nullable String description) {
      this.description =
          optionalText(description, "description", PaymentRequest.MAX_DESCRIPTION_LENGTH);
      return this;
    }

    /**
     * Sets the idempotency key. Optional: without one the client generates a key per call.
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
     * @throws InvalidRequestException if the wallet, biller, customer reference or amount is
     *     missing, or a recurrence has no {@code scheduledFor}
     */
    public BillPaymentRequest build() {
      return new BillPaymentRequest(this);
    }
  }
}
