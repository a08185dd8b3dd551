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
 * A step-up challenge: an operation that waits for the customer to prove their presence with a
 * one-time password before the server executes it.
 *
 * <p>Confirming the challenge executes the guarded operation exactly once. Immutable and
 * thread-safe. Built by the client from server responses; tests may build their own with {@link
 * #builder()}.
 */
public final class Challenge implements Resource {
  private final ChallengeId id;
  private final ChallengeMethod method;
  private final ChallengeStatus status;
  private final Instant createdAt;
  private final Instant expiresAt;
  private final @Nullable Money amount;
  private final String operation;

  private Challenge(Builder builder) {
    this.id = required(builder.id, "Challenge.id");
    this.method = required(builder.method, "Challenge.method");
    this.status = required(builder.status, "Challenge.status");
    this.createdAt = required(builder.createdAt, "Challenge.createdAt");
    this.expiresAt = required(builder.expiresAt, "Challenge.expiresAt");
    this.amount = builder.amount;
    this.operation = required(builder.operation, "Challenge.operation");
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
   * Returns the challenge's id.
   *
   * @return the id
   */
  public ChallengeId id() {
    return id;
  }

  /**
   * Returns how the customer answers.
   *
   * @return the method
   */
  public ChallengeMethod method() {
    return method;
  }

  /**
   * Returns the state when the server sent the challenge.
   *
   * @return the status
   */
  public ChallengeStatus status() {
    return status;
  }

  /**
   * Returns when the challenge was issued, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns when the challenge expires, in server time.
   *
   * @return the expiry instant
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Returns the amount of the operation awaiting confirmation, to show the customer what they
   * confirm.
   *
   * @return the amount, if the operation moves money
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns the operation awaiting confirmation.
   *
   * @return the operation's name, for example {@code "transfers.create"} or {@code
   *     "payments.create"}
   */
  public String operation() {
    return operation;
  }

  /**
   * Tells whether the challenge has expired at the given instant.
   *
   * @param now the instant to check
   * @return {@code true} if {@code now} is at or after {@link #expiresAt()}
   */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Challenge other
        && id.equals(other.id)
        && method == other.method
        && status == other.status
        && createdAt.equals(other.createdAt)
        && expiresAt.equals(other.expiresAt)
        && Objects.equals(amount, other.amount)
        && operation.equals(other.operation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, method, status, createdAt, expiresAt, amount, operation);
  }

  @Override
  public String toString() {
    return "Challenge{id="
        + id
        + ", method="
        + method
        + ", status="
        + status
        + ", createdAt="
        + createdAt
        + ", expiresAt="
        + expiresAt
        + ", amount="
        + amount
        + ", operation="
        + operation
        + "}";
  }

  /** Builds a {@link Challenge}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable ChallengeId id;
    private @Nullable ChallengeMethod method;
    private @Nullable ChallengeStatus status;
    private @Nullable Instant createdAt;
    private @Nullable Instant expiresAt;
    private @Nullable Money amount;
    private @Nullable String operation;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the challenge's id
     * @return this builder
     */
    public Builder id(ChallengeId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the method.
     *
     * @param method how the customer answers
     * @return this builder
     */
    public Builder method(ChallengeMethod method) {
      this.method = method;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the challenge's state
     * @return this builder
     */
    public Builder status(ChallengeStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt when the challenge was issued
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the expiry instant.
     *
     * @param expiresAt when the challenge expires
     * @return this builder
     */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /**
     * Sets the amount of the operation awaiting confirmation.
     *
     * @param amount the amount, or {@code null} if the operation moves no money
     * @return this builder
     */
    public Builder amount(@Nullable Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets the operation awaiting confirmation.
     *
     * @param operation the operation's name, for example {@code "transfers.create"}
     * @return this builder
     */
    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    /**
     * Builds the challenge.
     *
     * @return the challenge
     * @throws InvalidRequestException (code {@code required}) naming the first missing field
     */
    public Challenge build() {
      return new Challenge(this);
    }
  }
}
