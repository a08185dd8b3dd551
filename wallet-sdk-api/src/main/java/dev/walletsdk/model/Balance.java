/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One currency's balance of a wallet.
 *
 * <p>{@link #total()} is the posted balance and always equals {@link #available()} plus {@link
 * #pending()}: money reserved by an outgoing movement that has not settled yet, such as a payout to
 * a bank account, is part of the total but can no longer be spent.
 *
 * <p>Money in the wallet's savings pots is in none of the three: it is {@link #inPots()}, listed
 * apart, so code written before pots existed keeps seeing only the spendable money.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class Balance {
  private final WalletId walletId;
  private final CurrencyCode currency;
  private final Money available;
  private final Money pending;
  private final Money total;
  private final Money inPots;

  private Balance(Builder builder) {
    this.walletId = required(builder.walletId, "Balance.walletId");
    this.currency = required(builder.currency, "Balance.currency");
    this.available = required(builder.available, "Balance.available");
    this.pending = required(builder.pending, "Balance.pending");
    this.total = required(builder.total, "Balance.total");
    this.inPots = builder.inPots == null ? Money.zero(currency) : builder.inPots;
    requireCurrency(available, "available");
    requireCurrency(pending, "pending");
    requireCurrency(total, "total");
    requireCurrency(inPots, "inPots");
    if (inPots.isNegative()) {
      throw InvalidRequestException.forField(
          "Balance.inPots", "negative_amount", "Balance.inPots must not be negative: " + inPots);
    }
    requireConsistentTotal();
  }

  private void requireCurrency(Money amount, String name) {
    if (amount.currency() != currency) {
      throw InvalidRequestException.forField(
          "Balance.currency",
          "currency_mismatch",
          "Balance amounts must all be in " + currency + " but " + name + " is " + amount);
    }
  }

  private void requireConsistentTotal() {
    if (!total.equals(available.plus(pending))) {
      throw InvalidRequestException.forField(
          "Balance.total",
          "inconsistent_balance",
          "Balance.total "
              + total
              + " must equal available "
              + available
              + " + pending "
              + pending);
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
   * Returns an empty balance: what a wallet holds in a currency it has never received.
   *
   * @param walletId the wallet
   * @param currency the currency
   * @return a balance whose available, pending and total amounts are all zero
   */
  public static Balance zero(WalletId walletId, CurrencyCode currency) {
    Money zero = Money.zero(required(currency, "Balance.currency"));
    return builder()
        .walletId(walletId)
        .currency(currency)
        .available(zero)
        .pending(zero)
        .total(zero)
        .build();
  }

  /**
   * Returns the wallet the balance belongs to.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the currency of the balance; every amount of the balance is in it.
   *
   * @return the currency
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns what can be spent now.
   *
   * @return the available amount, {@code total - pending}
   */
  public Money available() {
    return available;
  }

  /**
   * Returns the amount reserved by pending outgoing movements, such as payouts to a bank account
   * that have not settled yet.
   *
   * @return the pending amount
   */
  public Money pending() {
    return pending;
  }

  /**
   * Returns the posted balance.
   *
   * @return the total amount, {@code available + pending}
   */
  public Money total() {
    return total;
  }

  /**
   * Returns what the wallet's savings pots hold in this currency, apart from the total.
   *
   * @return the amount; zero when the wallet has no pots or the server does not report pots
   */
  public Money inPots() {
    return inPots;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Balance other
        && walletId.equals(other.walletId)
        && currency == other.currency
        && available.equals(other.available)
        && pending.equals(other.pending)
        && total.equals(other.total)
        && inPots.equals(other.inPots);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, currency, available, pending, total, inPots);
  }

  @Override
  public String toString() {
    return "Balance{walletId="
        + walletId
        + ", currency="
        + currency
        + ", available="
        + available
        + ", pending="
        + pending
        + ", total="
        + total
        + ", inPots="
        + inPots
        + "}";
  }

  /**
   * Builds a {@link Balance}; {@link #build()} throws if a required field is missing or the amounts
   * do not add up.
   */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable CurrencyCode currency;
    private @Nullable Money available;
    private @Nullable Money pending;
    private @Nullable Money total;
    private @Nullable Money inPots;

    private Builder() {}

    /**
     * Sets the wallet.
     *
     * @param walletId the wallet's id
     * @return this builder
     */
    public Builder walletId(WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the currency.
     *
     * @param currency the currency of every amount
     * @return this builder
     */
    public Builder currency(CurrencyCode currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets the available amount.
     *
     * @param available what can be spent now
     * @return this builder
     */
    public Builder available(Money available) {
      this.available = available;
      return this;
    }

    /**
     * Sets the pending amount.
     *
     * @param pending the amount reserved by pending outgoing movements
     * @return this builder
     */
    public Builder pending(Money pending) {
      this.pending = pending;
      return this;
    }

    /**
     * Sets the total amount.
     *
     * @param total the posted balance
     * @return this builder
     */
    public Builder total(Money total) {
      this.total = total;
      return this;
    }

    /**
     * Sets what the wallet's savings pots hold in this currency. Optional: zero when not set.
     *
     * @param inPots zero or more, in the balance's currency
     * @return this builder
     */
    public Builder inPots(@Nullable Money inPots) {
      this.inPots = inPots;
      return this;
    }

    /**
     * Builds the balance.
     *
     * @return the balance
     * @throws InvalidRequestException if a field is missing ({@code required}), an amount is not in
     *     the balance's currency ({@code currency_mismatch}), or the total is not available plus
     *     pending ({@code inconsistent_balance})
     */
    public Balance build() {
      return new Balance(this);
    }
  }
}
