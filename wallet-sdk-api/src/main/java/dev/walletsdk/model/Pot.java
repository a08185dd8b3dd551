/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A savings pot: a named sub-balance of a wallet in one currency, held in its own ledger account
 * ({@code GET /v1/pots/{potId}}). The wallet's {@link Balance} excludes what its pots hold.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class Pot implements Resource {
  private final PotId id;
  private final WalletId walletId;
  private final String name;
  private final CurrencyCode currency;
  private final Money balance;
  private final @Nullable Money target;
  private final @Nullable PotSweep sweep;
  private final @Nullable PotSweepRun lastSweep;
  private final PotStatus status;
  private final Instant createdAt;
  private final @Nullable Instant closedAt;

  private Pot(Builder builder) {
    this.id = required(builder.id, "Pot.id");
    this.walletId = required(builder.walletId, "Pot.walletId");
    this.name = required(builder.name, "Pot.name");
    this.currency = required(builder.currency, "Pot.currency");
    this.balance = required(builder.balance, "Pot.balance");
    this.target = builder.target;
    this.sweep = builder.sweep;
    this.lastSweep = builder.lastSweep;
    this.status = required(builder.status, "Pot.status");
    this.createdAt = required(builder.createdAt, "Pot.createdAt");
    this.closedAt = builder.closedAt;
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
   * Returns the pot's id.
   *
   * @return the value
   */
  public PotId id() {
    return id;
  }

  /**
   * Returns the wallet the pot belongs to.
   *
   * @return the value
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the pot's name.
   *
   * @return the value
   */
  public String name() {
    return name;
  }

  /**
   * Returns the pot's currency, fixed at creation.
   *
   * @return the value
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns what the pot holds.
   *
   * @return the value
   */
  public Money balance() {
    return balance;
  }

  /**
   * Returns the savings target.
   *
   * @return the value, if present
   */
  public Optional<Money> target() {
    return Optional.ofNullable(target);
  }

  /**
   * Returns the active sweep; absent without one and once the pot is closed.
   *
   * @return the value, if present
   */
  public Optional<PotSweep> sweep() {
    return Optional.ofNullable(sweep);
  }

  /**
   * Returns the latest sweep run.
   *
   * @return the value, if present
   */
  public Optional<PotSweepRun> lastSweep() {
    return Optional.ofNullable(lastSweep);
  }

  /**
   * Returns the status.
   *
   * @return the value
   */
  public PotStatus status() {
    return status;
  }

  /**
   * Returns when the pot was created, in server time.
   *
   * @return the value
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns when the pot was closed.
   *
   * @return the value, if present
   */
  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Pot other
        && id.equals(other.id)
        && walletId.equals(other.walletId)
        && name.equals(other.name)
        && Objects.equals(currency, other.currency)
        && balance.equals(other.balance)
        && Objects.equals(target, other.target)
        && Objects.equals(sweep, other.sweep)
        && Objects.equals(lastSweep, other.lastSweep)
        && Objects.equals(status, other.status)
        && createdAt.equals(other.createdAt)
        && Objects.equals(closedAt, other.closedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, walletId, name, currency, balance, target, sweep, lastSweep, status, createdAt,
        closedAt);
  }

  @Override
  public String toString() {
    return "Pot{"
        + "id="
        + id
        + ", walletId="
        + walletId
        + ", name="
        + name
        + ", currency="
        + currency
        + ", balance="
        + balance
        + ", target="
        + target
        + ", sweep="
        + sweep
        + ", lastSweep="
        + lastSweep
        + ", status="
        + status
        + ", createdAt="
        + createdAt
        + ", closedAt="
        + closedAt
        + "}";
  }

  /** Builds a {@link Pot}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable PotId id;
    private @Nullable WalletId walletId;
    private @Nullable String name;
    private @Nullable CurrencyCode currency;
    private @Nullable Money balance;
    private @Nullable Money target;
    private @Nullable PotSweep sweep;
    private @Nullable PotSweepRun lastSweep;
    private @Nullable PotStatus status;
    private @Nullable Instant createdAt;
    private @Nullable Instant closedAt;

    private Builder() {}

    /**
     * Sets the pot's id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable PotId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the wallet the pot belongs to.
     *
     * @param walletId the value
     * @return this builder
     */
    public Builder walletId(@Nullable WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the pot's name.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the pot's currency, fixed at creation.
     *
     * @param currency the value
     * @return this builder
     */
    public Builder currency(@Nullable CurrencyCode currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets what the pot holds.
     *
     * @param balance the value
     * @return this builder
     */
    public Builder balance(@Nullable Money balance) {
      this.balance = balance;
      return this;
    }

    /**
     * Sets the savings target.
     *
     * @param target the value
     * @return this builder
     */
    public Builder target(@Nullable Money target) {
      this.target = target;
      return this;
    }

    /**
     * Sets the active sweep; absent without one and once the pot is closed.
     *
     * @param sweep the value
     * @return this builder
     */
    public Builder sweep(@Nullable PotSweep sweep) {
      this.sweep = sweep;
      return this;
    }

    /**
     * Sets the latest sweep run.
     *
     * @param lastSweep the value
     * @return this builder
     */
    public Builder lastSweep(@Nullable PotSweepRun lastSweep) {
      this.lastSweep = lastSweep;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(@Nullable PotStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets when the pot was created, in server time.
     *
     * @param createdAt the value
     * @return this builder
     */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets when the pot was closed.
     *
     * @param closedAt the value
     * @return this builder
     */
    public Builder closedAt(@Nullable Instant closedAt) {
      this.closedAt = closedAt;
      return this;
    }

    /**
     * Builds the Pot.
     *
     * @return the Pot
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing
     */
    public Pot build() {
      return new Pot(this);
    }
  }
}
