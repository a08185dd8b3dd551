/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.exactlyOne;
import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request for a currency conversion quote ({@code POST /v1/quotes}).
 *
 * <p>Fix exactly one side: either the amount to sell ({@code sell(Money)} with {@code
 * buy(currency)}) or the amount to buy ({@code buy(Money)} with {@code sell(currency)}); the server
 * prices the other side. Built with {@link #builder()}; every setter validates its argument at once
 * and {@link Builder#build()} checks the rules that span fields. Immutable and thread-safe.
 */
public final class QuoteRequest {
  private final WalletId walletId;
  private final CurrencyCode sellCurrency;
  private final CurrencyCode buyCurrency;
  private final @Nullable Money sellAmount;
  private final @Nullable Money buyAmount;
  private final @Nullable IdempotencyKey idempotencyKey;

  private QuoteRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    exactlyOne(builder.sellAmount, "sell", builder.buyAmount, "buy");
    this.sellAmount = builder.sellAmount;
    this.buyAmount = builder.buyAmount;
    this.sellCurrency =
        currency(
            builder.sellCurrency, "sell", "sell currency is required when buying a fixed amount");
    this.buyCurrency =
        currency(
            builder.buyCurrency, "buy", "buy currency is required when selling a fixed amount");
    if (sellCurrency == buyCurrency) {
      throw InvalidRequestException.forField(
          "buy",
          "same_currency",
          "sell and buy currencies must differ but both are " + sellCurrency);
    }
    this.idempotencyKey = builder.idempotencyKey;
  }

  /** Only the side without an amount can lack its currency: setting an amount sets it too. */
  private static CurrencyCode currency(
      @Nullable CurrencyCode currency, String field, String message) {
    if (currency == null) {
      throw InvalidRequestException.forField(field, "required", message);
    }
    return currency;
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
   * Returns the wallet that will use the quote.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the currency to sell.
   *
   * @return the sell currency
   */
  public CurrencyCode sellCurrency() {
    return sellCurrency;
  }

  /**
   * Returns the currency to buy.
   *
   * @return the buy currency
   */
  public CurrencyCode buyCurrency() {
    return buyCurrency;
  }

  /**
   * Returns the fixed amount to sell.
   *
   * @return the amount, present when {@link #fixedSide()} is {@link FixedSide#SELL}
   */
  public Optional<Money> sellAmount() {
    return Optional.ofNullable(sellAmount);
  }

  /**
   * Returns the fixed amount to buy.
   *
   * @return the amount, present when {@link #fixedSide()} is {@link FixedSide#BUY}
   */
  public Optional<Money> buyAmount() {
    return Optional.ofNullable(buyAmount);
  }

  /**
   * Returns which side has a fixed amount.
   *
   * @return {@link FixedSide#SELL} or {@link FixedSide#BUY}
   */
  public FixedSide fixedSide() {
    return sellAmount != null ? FixedSide.SELL : FixedSide.BUY;
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
    return o instanceof QuoteRequest other
        && walletId.equals(other.walletId)
        && sellCurrency == other.sellCurrency
        && buyCurrency == other.buyCurrency
        && Objects.equals(sellAmount, other.sellAmount)
        && Objects.equals(buyAmount, other.buyAmount)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, sellCurrency, buyCurrency, sellAmount, buyAmount, idempotencyKey);
  }

  @Override
  public String toString() {
    return "QuoteRequest{walletId="
        + walletId
        + ", sellCurrency="
        + sellCurrency
        + ", buyCurrency="
        + buyCurrency
        + ", sellAmount="
        + sellAmount
        + ", buyAmount="
        + buyAmount
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /**
   * Builds a {@link QuoteRequest}, validating each value as it is set. Each {@code sell} or {@code
   * buy} call replaces whatever was set for that side before.
   */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable CurrencyCode sellCurrency;
    private @Nullable CurrencyCode buyCurrency;
    private @Nullable Money sellAmount;
    private @Nullable Money buyAmount;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the wallet that will use the quote. Required.
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
     * Fixes the amount to sell; the server prices the amount bought.
     *
     * @param amount the amount to sell, fee included; greater than zero
     * @return this builder
     * @throws InvalidRequestException if the amount is missing, negative or zero
     */
    public Builder sell(Money amount) {
      Money checked = positive(amount, "sell");
      this.sellAmount = checked;
      this.sellCurrency = checked.currency();
      return this;
    }

    /**
     * Sets the currency to sell when buying a fixed amount; clears any amount set to sell.
     *
     * @param currency the currency to sell
     * @return this builder
     * @throws InvalidRequestException if the currency is missing
     */
    public Builder sell(CurrencyCode currency) {
      this.sellCurrency = required(currency, "sell");
      this.sellAmount = null;
      return this;
    }

    /**
     * Sets the currency to sell by its ISO 4217 code, as {@link #sell(CurrencyCode)}.
     *
     * @param currency the code, for example {@code "EUR"}
     * @return this builder
     * @throws InvalidRequestException if the code is missing or unknown
     */
    public Builder sell(String currency) {
      return sell(Checks.currency(currency, "sell"));
    }

    /**
     * Fixes the amount to buy; the server prices the amount sold.
     *
     * @param amount the amount to buy; greater than zero
     * @return this builder
     * @throws InvalidRequestException if the amount is missing, negative or zero
     */
    public Builder buy(Money amount) {
      Money checked = positive(amount, "buy");
      this.buyAmount = checked;
      this.buyCurrency = checked.currency();
      return this;
    }

    /**
     * Sets the currency to buy when selling a fixed amount; clears any amount set to buy.
     *
     * @param currency the currency to buy
     * @return this builder
     * @throws InvalidRequestException if the currency is missing
     */
    public Builder buy(CurrencyCode currency) {
      this.buyCurrency = required(currency, "buy");
      this.buyAmount = null;
      return this;
    }

    /**
     * Sets the currency to buy by its ISO 4217 code, as {@link #buy(CurrencyCode)}.
     *
     * @param currency the code, for example {@code "USD"}
     * @return this builder
     * @throws InvalidRequestException if the code is missing or unknown
     */
    public Builder buy(String currency) {
      return buy(Checks.currency(currency, "buy"));
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
     * @throws InvalidRequestException if the wallet is missing, not exactly one side has an amount,
     *     the other side's currency is missing, or both sides are in the same currency ({@code
     *     same_currency})
     */
    public QuoteRequest build() {
      return new QuoteRequest(this);
    }
  }
}
