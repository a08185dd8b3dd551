/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A refund of all or part of a {@link Payment}, returning money to the wallet that paid.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class Refund implements Resource {
  private final RefundId id;
  private final PaymentId paymentId;
  private final WalletId walletId;
  private final Money amount;
  private final Money creditedAmount;
  private final RefundStatus status;
  private final @Nullable String reason;
  private final Instant createdAt;
  private final @Nullable Receipt receipt;

  private Refund(Builder builder) {
    this.id = required(builder.id, "Refund.id");
    this.paymentId = required(builder.paymentId, "Refund.paymentId");
    this.walletId = required(builder.walletId, "Refund.walletId");
    this.amount = required(builder.amount, "Refund.amount");
    this.creditedAmount = required(builder.creditedAmount, "Refund.creditedAmount");
    this.status = required(builder.status, "Refund.status");
    this.reason = builder.reason;
    this.createdAt = required(builder.createdAt, "Refund.createdAt");
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
   * Returns the refund's id.
   *
   * @return the id
   */
  public RefundId id() {
    return id;
  }

  /**
   * Returns the payment that was refunded.
   *
   * @return the payment's id
   */
  public PaymentId paymentId() {
    return paymentId;
  }

  /**
   * Returns the wallet the money went back to.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the amount refunded.
   *
   * @return the amount, in the currency of the payment's {@link Payment#amount()}
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns what was returned to the wallet.
   *
   * @return the credited amount, in the currency the payment originally debited
   */
  public Money creditedAmount() {
    return creditedAmount;
  }

  /**
   * Returns the state when the server sent the refund.
   *
   * @return the status
   */
  public RefundStatus status() {
    return status;
  }

  /**
   * Returns why the payment was refunded.
   *
   * @return the reason, if one was given
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns when the refund was made, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns the server's signed receipt for the refund.
   *
   * @return the receipt, if the server sent one
   */
  public Optional<Receipt> receipt() {
    return Optional.ofNullable(receipt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Refund other
        && id.equals(other.id)
        && paymentId.equals(other.paymentId)
        && walletId.equals(other.walletId)
        && amount.equals(other.amount)
        && creditedAmount.equals(other.creditedAmount)
        && status == other.status
        && Objects.equals(reason, other.reason)
        && createdAt.equals(other.createdAt)
        && Objects.equals(receipt, other.receipt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, paymentId, walletId, amount, creditedAmount, status, reason, createdAt, receipt);
  }

  @Override
  public String toString() {
    return "Refund{id="
        + id
        + ", paymentId="
        + paymentId
        + ", walletId="
        + walletId
        + ", amount="
        + amount
        + ", creditedAmount="
        + creditedAmount
        + ", status="
        + status
        + ", reason="
        + reason
        + ", createdAt="
        + createdAt
        + ", receipt="
        + receipt
        + "}";
  }

  /** Builds a {@link Refund}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable RefundId id;
    private @Nullable PaymentId paymentId;
    private @Nullable WalletId walletId;
    private @Nullable Money amount;
    private @Nullable Money creditedAmount;
    private @Nullable RefundStatus status;
    private @Nullable String reason;
    private @Nullable Instant createdAt;
    private @Nullable Receipt receipt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the refund's id
     * @return this builder
     */
    public Builder id(RefundId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the refunded payment.
     *
     * @param paymentId the payment's id
     * @return this builder
     */
    public Builder paymentId(PaymentId paymentId) {
      this.paymentId = paymentId;
      return this;
    }

    /**
     * Sets the wallet.
     *
     * @param walletId the wallet the money went back to
     * @return this builder
     */
    public Builder walletId(WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the amount refunded.
     *
     * @param amount the amount, in the payment's currency
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets the amount returned to the wallet.
     *
     * @param creditedAmount the credited amount, in the currency originally debited
     * @return this builder
     */
    public Builder creditedAmount(Money creditedAmount) {
      this.creditedAmount = creditedAmount;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the refund's state
     * @return this builder
     */
    public Builder status(RefundStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the reason.
     *
     * @param reason why the payment was refunded, or {@code null} for none
     * @return this builder
     */
    public Builder reason(@Nullable String reason) {
      this.reason = reason;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt when the refund was made
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the receipt.
     *
     * @param receipt the server's signed receipt, or {@code null} for none
     * @return this builder
     */
    public Builder receipt(@Nullable Receipt receipt) {
      this.receipt = receipt;
      return this;
    }

    /**
     * Builds the refund.
     *
     * @return the refund
     * @throws InvalidRequestException (code {@code required}) naming the first missing field
     */
    public Refund build() {
      return new Refund(this);
    }
  }
}
