/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.text;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to create a savings pot in a wallet ({@code POST /v1/wallets/{walletId}/pots}). The
 * pot's currency must be one the wallet holds ({@code currency_not_held}), and its target and sweep
 * amount must be in that currency ({@code currency_mismatch}); the name is unique among the
 * wallet's open pots ({@code duplicate_name}). Immutable and thread-safe.
 */
public final class PotRequest {
  /** The longest pot name. */
  public static final int MAX_NAME_LENGTH = 50;

  private final WalletId walletId;
  private final String name;
  private final CurrencyCode currency;
  private final @Nullable Money target;
  private final @Nullable Money sweepAmount;
  private final @Nullable RecurrenceInterval sweepInterval;
  private final @Nullable IdempotencyKey idempotencyKey;

  private PotRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    this.name = required(builder.name, "name");
    this.currency = required(builder.currency, "currency");
    this.target = builder.target;
    this.sweepAmount = builder.sweepAmount;
    this.sweepInterval = builder.sweepInterval;
    this.idempotencyKey = builder.idempotencyKey;
    if (target != null && target.currency() != currency) {
      throw mismatch("target", target);
    }
    if (sweepAmount != null && sweepAmount.currency() != currency) {
      throw mismatch("sweep.amount", sweepAmount);
    }
  }

  private InvalidRequestException mismatch(String field, Money amount) {
    return InvalidRequestException.forField(
        field,
        "currency_mismatch",
        field + " must be in " + currency + ", the pot's currency, but was " + amount);
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
   * Returns the wallet the pot belongs to.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the pot's name.
   *
   * @return 1 to {@link #MAX_NAME_LENGTH} characters, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns the pot's currency.
   *
   * @return the currency
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the savings target.
   *
   * @return the target, if set
   */
  public Optional<Money> target() {
    return Optional.ofNullable(target);
  }

  /**
   * Returns what each sweep run moves into the pot.
   *
   * @return the amount, if the pot sweeps
   */
  public Optional<Money> sweepAmount() {
    return Optional.ofNullable(sweepAmount);
  }

  /**
   * Returns how often the sweep runs.
   *
   * @return the interval, if the pot sweeps
   */
  public Optional<RecurrenceInterval> sweepInterval() {
    return Optional.ofNullable(sweepInterval);
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
    return o instanceof PotRequest other
        && walletId.equals(other.walletId)
        && name.equals(other.name)
        && currency == other.currency
        && Objects.equals(target, other.target)
        && Objects.equals(sweepAmount, other.sweepAmount)
        && sweepInterval == other.sweepInterval
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        walletId, name, currency, target, sweepAmount, sweepInterval, idempotencyKey);
  }

  @Override
  public String toString() {
    return "PotRequest{walletId="
        + walletId
        + ", name="
        + name
        + ", currency="
        + currency
        + ", target="
        + target
        + ", sweepAmount="
        + sweepAmount
        + ", sweepInterval="
        + sweepInterval
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /**
   * Checks a pot name: 1 to {@link #MAX_NAME_LENGTH} characters, no control characters, not blank.
   *
   * @param name the name
   * @return the name
   * @throws InvalidRequestException (field {@code name}, code {@code required}, {@code
   *     invalid_length}, {@code invalid_character} or {@code blank}) if it is not a valid name
   */
  public static String checkName(String name) {
    String checked = text(name, "name", MAX_NAME_LENGTH);
    if (checked.isBlank()) {
      throw InvalidRequestException.forField("name", "blank", "name must not be blank");
    }
    return checked;
  }

  /** Builds a {@link PotRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable String name;
    private @Nullable CurrencyCode currency;
    private @Nullable Money target;
    private @Nullable Money sweepAmount;
    private @Nullable RecurrenceInterval sweepInterval;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the wallet. Required.
     *
     * @param walletId the wallet the pot belongs to
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder wallet(WalletId walletId) {
      this.walletId = required(walletId, "wallet");
      return this;
    }

    /**
     * Sets the name. Required.
     *
     * @param name 1 to {@link #MAX_NAME_LENGTH} characters, not blank
     * @return this builder
     * @throws InvalidRequestException as {@link PotRequest#checkName(String)}
     */
    public Builder name(String name) {
      this.name = checkName(name);
      return this;
    }

    /**
     * Sets the currency. Required.
     *
     * @param currency one of the wallet's currencies
     * @return this builder
     * @throws InvalidRequestException if the currency is missing
     */
    public Builder currency(CurrencyCode currency) {
      this.currency = required(currency, "currency");
      return this;
    }

    /**
     * Sets a savings target. Optional.
     *
     * @param target greater than zero, in the pot's currency
     * @return this builder
     * @throws InvalidRequestException (code {@code zero_amount} or {@code negative_amount})
     */
    public Builder target(Money target) {
      this.target = positive(target, "target");
      return this;
    }

    /**
     * Sets a sweep: a fixed amount moved from the wallet's available balance into the pot every
     * interval, first one interval after creation. Optional.
     *
     * @param amount greater than zero, in the pot's currency
     * @param interval {@link RecurrenceInterval#WEEKLY} or {@link RecurrenceInterval#MONTHLY}
     * @return this builder
     * @throws InvalidRequestException (field {@code sweep.amount} or {@code sweep.interval}) if a
     *     value is missing or out of range
     */
    public Builder sweep(Money amount, RecurrenceInterval interval) {
      this.sweepAmount = positive(amount, "sweep.amount");
      if (required(interval, "sweep.interval") == RecurrenceInterval.UNKNOWN) {
        throw InvalidRequestException.forField(
            "sweep.interval", "invalid_format", "sweep.interval must be WEEKLY or MONTHLY");
      }
      this.sweepInterval = interval;
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
     * @throws InvalidRequestException if the wallet, name or currency is missing, or the target or
     *     sweep amount is in another currency ({@code currency_mismatch})
     */
    public PotRequest build() {
      return new PotRequest(this);
    }
  }
}
