/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pot's standing deposit: a fixed amount moved from the wallet's available balance into the pot
 * every week or month on the platform clock.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class PotSweep {
  private final Money amount;
  private final RecurrenceInterval interval;
  private final Instant nextRunAt;

  private PotSweep(Builder builder) {
    this.amount = required(builder.amount, "PotSweep.amount");
    this.interval = required(builder.interval, "PotSweep.interval");
    this.nextRunAt = required(builder.nextRunAt, "PotSweep.nextRunAt");
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
   * Returns what each run moves.
   *
   * @return the value
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns how often it runs.
   *
   * @return the value
   */
  public RecurrenceInterval interval() {
    return interval;
  }

  /**
   * Returns when the next run is due, in server time.
   *
   * @return the value
   */
  public Instant nextRunAt() {
    return nextRunAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PotSweep other
        && amount.equals(other.amount)
        && Objects.equals(interval, other.interval)
        && nextRunAt.equals(other.nextRunAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, interval, nextRunAt);
  }

  @Override
  public String toString() {
    return "PotSweep{"
        + "amount="
        + amount
        + ", interval="
        + interval
        + ", nextRunAt="
        + nextRunAt
        + "}";
  }

  /** Builds a {@link PotSweep}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable Money amount;
    private @Nullable RecurrenceInterval interval;
    private @Nullable Instant nextRunAt;

    private Builder() {}

    /**
     * Sets what each run moves.
     *
     * @param amount the value
     * @return this builder
     */
    public Builder amount(@Nullable Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets how often it runs.
     *
     * @param interval the value
     * @return this builder
     */
    public Builder interval(@Nullable RecurrenceInterval interval) {
      this.interval = interval;
      return this;
    }

    /**
     * Sets when the next run is due, in server time.
     *
     * @param nextRunAt the value
     * @return this builder
     */
    public Builder nextRunAt(@Nullable Instant nextRunAt) {
      this.nextRunAt = nextRunAt;
      return this;
    }

    /**
     * Builds the PotSweep.
     *
     * @return the PotSweep
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing
     */
    public PotSweep build() {
      return new PotSweep(this);
    }
  }
}
