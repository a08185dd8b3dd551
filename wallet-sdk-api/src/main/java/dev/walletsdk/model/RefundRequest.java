/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.optionalText;
import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to refund a payment ({@code POST /v1/payments/{id}/refunds}), in full or in part.
 *
 * <p>Built with {@link #builder()}; every setter validates its argument at once and {@link
 * Builder#build()} checks that the payment is named. Immutable and thread-safe.
 */
public final class RefundRequest {
  /** The longest reason accepted. */
  public static final int MAX_REASON_LENGTH = 140;

  private final PaymentId paymentId;
  private final @Nullable Money amount;
  private final @Nullable String reason;
  private final @Nullable IdempotencyKey idempotencyKey;

  private RefundRequest(Builder builder) {
    this.paymentId = required(builder.paymentId, "payment");
    this.amount = builder.amount;
    this.reason = builder.reason;
    this.idempotencyKey = builder.idempotencyKey;
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
   * Returns the payment to refund.
   *
   * @return the payment's id
   */
  public PaymentId paymentId() {
    return paymentId;
  }

  /**
   * Returns the amount to refund.
   *
   * @return the amount in the payment's currency, or empty to refund everything not yet refunded
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns why the payment is refunded.
   *
   * @return the reason, if set
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
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
    return o instanceof RefundRequest other
        && paymentId.equals(other.paymentId)
        && Objects.equals(amount, other.amount)
        && Objects.equals(reason, other.reason)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(paymentId, amount, reason, idempotencyKey);
  }

  @Override
  public String toString() {
    return "RefundRequest{paymentId="
        + paymentId
        + ", amount="
        + amount
        + ", reason="
        + reason
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link RefundRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable PaymentId paymentId;
    private @Nullable Money amount;
    private @Nullable String reason;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the payment to refund. Required.
     *
     * @param paymentId the payment's id
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder payment(PaymentId paymentId) {
      this.paymentId = required(paymentId, "payment");
      return this;
    }

    /**
     * Sets the amount to refund, in the payment's currency. Optional: without one the server
     * refunds everything not yet refunded.
     *
     * @param amount the amount, greater than zero, or {@code null} for a full refund
     * @return this builder
     * @throws InvalidRequestException if the amount is negative or zero
     */
    public Builder amount(@Nullable Money amount) {
      this.amount = amount == null ? null : positive(amount, "amount");
      return this;
    }

    /**
     * Sets why the payment is refunded. Optional.
     *
     * @param reason 1 to 140 characters, no control characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException if the reason is empty, too long or has control characters
     */
    public Builder reason(@Nullable String reason) {
      this.reason = optionalText(reason, "reason", MAX_REASON_LENGTH);
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
     * @throws InvalidRequestException if the payment is missing
     */
    public RefundRequest build() {
      return new RefundRequest(this);
    }
  }
}
