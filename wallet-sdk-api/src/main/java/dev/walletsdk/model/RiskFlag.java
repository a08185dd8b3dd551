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
 * A decision of transaction monitoring other than a plain allow, the data of a {@code risk.flagged}
 * event: the movement, the outcome (the strictest of the rules that fired) and every rule's reason;
 * for a hold, the review that holds the movement.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class RiskFlag implements Resource {
  private final String id;
  private final WalletId walletId;
  private final String operation;
  private final Money amount;
  private final RiskOutcome outcome;
  private final List<RiskReason> reasons;
  private final @Nullable RiskReview review;
  private final Instant createdAt;

  private RiskFlag(Builder builder) {
    this.id = required(builder.id, "RiskFlag.id");
    this.walletId = required(builder.walletId, "RiskFlag.walletId");
    this.operation = required(builder.operation, "RiskFlag.operation");
    this.amount = required(builder.amount, "RiskFlag.amount");
    this.outcome = required(builder.outcome, "RiskFlag.outcome");
    this.reasons = List.copyOf(required(builder.reasons, "RiskFlag.reasons"));
    this.review = builder.review;
    this.createdAt = required(builder.createdAt, "RiskFlag.createdAt");
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
   * Returns the flag's id.
   *
   * @return the id, {@code rsk_...}
   */
  public String id() {
    return id;
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
   * Returns the operation, such as {@code payments.create}.
   *
   * @return the operation's name
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the amount assessed.
   *
   * @return the amount
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns the decision.
   *
   * @return the strictest outcome of the rules that fired
   */
  public RiskOutcome outcome() {
    return outcome;
  }

  /**
   * Returns every rule that fired.
   *
   * @return the reasons, in rule order
   */
  public List<RiskReason> reasons() {
    return reasons;
  }

  /**
   * Returns the review holding the movement, for a hold.
   *
   * @return the review, empty for any other outcome
   */
  public Optional<RiskReview> review() {
    return Optional.ofNullable(review);
  }

  /**
   * Returns when the decision was made, in server time.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RiskFlag other
        && id.equals(other.id)
        && walletId.equals(other.walletId)
        && operation.equals(other.operation)
        && amount.equals(other.amount)
        && outcome == other.outcome
        && reasons.equals(other.reasons)
        && Objects.equals(review, other.review)
        && createdAt.equals(other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, walletId, operation, amount, outcome, reasons, review, createdAt);
  }

  @Override
  public String toString() {
    return "RiskFlag{" + id + ", " + outcome + ", " + operation + ", " + amount + "}";
  }

  /** Builds a {@link RiskFlag}; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable WalletId walletId;
    private @Nullable String operation;
    private @Nullable Money amount;
    private @Nullable RiskOutcome outcome;
    private @Nullable List<RiskReason> reasons;
    private @Nullable RiskReview review;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
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
     * Sets the outcome.
     *
     * @param outcome the outcome
     * @return this builder
     */
    public Builder outcome(RiskOutcome outcome) {
      this.outcome = outcome;
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
     * Sets the review of a hold.
     *
     * @param review the review, or {@code null}
     * @return this builder
     */
    public Builder review(@Nullable RiskReview review) {
      this.review = review;
      return this;
    }

    /**
     * Sets when the decision was made.
     *
     * @param createdAt the instant
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the flag.
     *
     * @return the flag
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing
     */
    public RiskFlag build() {
      return new RiskFlag(this);
    }
  }
}
