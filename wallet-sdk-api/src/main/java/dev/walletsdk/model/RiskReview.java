/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A movement that transaction monitoring held for review. While it is {@link
 * RiskReviewStatus#PENDING_REVIEW pending}, the movement has not run and its amount is reserved on
 * the wallet (the available balance is lower by it); a reviewer then releases it (it runs once, and
 * sending the original request again with its idempotency key returns the resource it created) or
 * rejects it (the reservation is released and the original request answers {@code risk_declined}).
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class RiskReview implements Resource {
  private final RiskReviewId id;
  private final RiskReviewStatus status;
  private final WalletId walletId;
  private final String operation;
  private final Money amount;
  private final List<RiskReason> reasons;
  private final Instant createdAt;
  private final @Nullable Instant decidedAt;
  private final @Nullable String resultId;
  private final @Nullable String failureCode;

  private RiskReview(Builder builder) {
    this.id = required(builder.id, "RiskReview.id");
    this.status = required(builder.status, "RiskReview.status");
    this.walletId = required(builder.walletId, "RiskReview.walletId");
    this.operation = required(builder.operation, "RiskReview.operation");
    this.amount = required(builder.amount, "RiskReview.amount");
    this.reasons = List.copyOf(required(builder.reasons, "RiskReview.reasons"));
    this.createdAt = required(builder.createdAt, "RiskReview.createdAt");
    this.decidedAt = builder.decidedAt;
    this.resultId = builder.resultId;
    this.failureCode = builder.failureCode;
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
   * Returns the review's id.
   *
   * @return the id
   */
  public RiskReviewId id() {
    return id;
  }

  /**
   * Returns the state when the server sent the review.
   *
   * @return the status
   */
  public RiskReviewStatus status() {
    return status;
  }

  /**
   * Returns the wallet the movement debits.
   *
   * @return the wallet id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the held operation, such as {@code payments.create} or {@code transfers.create}.
   *
   * @return the operation's name
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the amount reserved while the review is pending.
   *
   * @return the amount
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns why the movement was held: every rule that fired.
   *
   * @return the reasons, in rule order
   */
  public List<RiskReason> reasons() {
    return reasons;
  }

  /**
   * Returns when the movement was held, in server time.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns when a reviewer decided.
   *
   * @return the instant, empty while pending
   */
  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  /**
   * Returns the id of the resource the released movement created, such as a payment id.
   *
   * @return the id, empty unless released and executed
   */
  public Optional<String> resultId() {
    return Optional.ofNullable(resultId);
  }

  /**
   * Returns the error code the released movement failed with, such as {@code insufficient_funds}.
   *
   * @return the code, empty unless released and failed
   */
  public Optional<String> failureCode() {
    return Optional.ofNullable(failureCode);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RiskReview other
        && id.equals(other.id)
        && status == other.status
        && walletId.equals(other.walletId)
        && operation.equals(other.operation)
        && amount.equals(other.amount)
        && reasons.equals(other.reasons)
        && createdAt.equals(other.createdAt)
        && Objects.equals(decidedAt, other.decidedAt)
        && Objects.equals(resultId, other.resultId)
        && Objects.equals(failureCode, other.failureCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, walletId, operation, amount, reasons, createdAt, decidedAt);
  }

  @Override
  public String toString() {
    return "RiskReview{" + id + ", " + status + ", " + operation + ", " + amount + "}";
  }

  /** Builds a {@link RiskReview}; not thread-safe. */
  public static final class Builder {
    private @Nullable RiskReviewId id;
    private @Nullable RiskReviewStatus status;
    private @Nullable WalletId walletId;
    private @Nullable String operation;
    private @Nullable Money amount;
    private @Nullable List<RiskReason> reasons;
    private @Nullable Instant createdAt;
    private @Nullable Instant decidedAt;
    private @Nullable String resultId;
    private @Nullable String failureCode;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(RiskReviewId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(RiskReviewStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the wallet.
     *
     * @param walletId the wallet
     * @return this builder
     */
    public Builder walletId(WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the operation.
     *
     * @param operation such as {@code payments.create}
     * @return this builder
     */
    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    /**
     * Sets the amount.
     *
     * @param amount the amount
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets the reasons.
     *
     * @param reasons the reasons
     * @return this builder
     */
    public Builder reasons(List<RiskReason> reasons) {
      this.reasons = reasons;
      return this;
    }

    /**
     * Sets when it was held.
     *
     * @param createdAt the instant
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets when a reviewer decided.
     *
     * @param decidedAt the instant, or {@code null}
     * @return this builder
     */
    public Builder decidedAt(@Nullable Instant decidedAt) {
      this.decidedAt = decidedAt;
      return this;
    }

    /**
     * Sets the id of the resource the released movement created.
     *
     * @param resultId the id, or {@code null}
     * @return this builder
     */
    public Builder resultId(@Nullable String resultId) {
      this.resultId = resultId;
      return this;
    }

    /**
     * Sets the error code the released movement failed with.
     *
     * @param failureCode the code, or {@code null}
     * @return this builder
     */
    public Builder failureCode(@Nullable String failureCode) {
      this.failureCode = failureCode;
      return this;
    }

    /**
     * Builds the review.
     *
     * @return the review
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing
     */
    public RiskReview build() {
      return new RiskReview(this);
    }
  }
}
