/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.sameCurrency;

import dev.walletsdk.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A priced currency conversion that one payment or transfer can use before it expires.
 *
 * <p>The fee is charged in the sell currency and is included in {@link #sellAmount()}; {@link
 * #buyAmount()} is what the conversion delivers. Immutable and thread-safe. Built by the client
 * from server responses; tests may build their own with {@link #builder()}.
 */
public final class Quote {
  private final QuoteId id;
  private final WalletId walletId;
  private final Money sellAmount;
  private final Money buyAmount;
  private final BigDecimal rate;
  private final Money fee;
  private final FixedSide fixedSide;
  private final QuoteStatus status;
  private final Instant createdAt;
  private final Instant expiresAt;

  private Quote(Builder builder) {
    this.id = required(builder.id, "Quote.id");
    this.walletId = required(builder.walletId, "Quote.walletId");
    this.sellAmount = required(builder.sellAmount, "Quote.sellAmount");
    this.buyAmount = required(builder.buyAmount, "Quote.buyAmount");
    this.rate = required(builder.rate, "Quote.rate");
    this.fee = required(builder.fee, "Quote.fee");
    this.fixedSide = required(builder.fixedSide, "Quote.fixedSide");
    this.status = required(builder.status, "Quote.status");
    this.createdAt = required(builder.createdAt, "Quote.createdAt");
    this.expiresAt = required(builder.expiresAt, "Quote.expiresAt");
    sameCurrency(fee, "Quote.fee", sellAmount, "sellAmount");
    requireConversion();
  }

  private void requireConversion() {
    if (buyAmount.currency() == sellAmount.currency()) {
      throw InvalidRequestException.forField(
          "Quote.buyAmount",
          "currency_mismatch",
          "Quote.buyAmount "
              + buyAmount
              + " must be in another currency than sellAmount "
              + sellAmount);
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
   * Returns the quote's id.
   *
   * @return the id
   */
  public QuoteId id() {
    return id;
  }

  /**
   * Returns the wallet the quote was made for; only that wallet can use it.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns what the wallet pays, fee included.
   *
   * @return the amount sold, in the sell currency
   */
  public Money sellAmount() {
    return sellAmount;
  }

  /**
   * Returns what the conversion delivers.
   *
   * @return the amount bought, in the buy currency
   */
  public Money buyAmount() {
    return buyAmount;
  }

  /**
   * Returns the exchange rate.
   *
   * @return units of the buy currency per unit of the sell currency, as the server sent it
   */
  public BigDecimal rate() {
    return rate;
  }

  /**
   * Returns the fee, which is part of {@link #sellAmount()}.
   *
   * @return the fee in the sell currency; zero when there is none
   */
  public Money fee() {
    return fee;
  }

  /**
   * Returns which side the caller fixed when asking for the quote.
   *
   * @return the fixed side
   */
  public FixedSide fixedSide() {
    return fixedSide;
  }

  /**
   * Returns the lifecycle state when the server sent the quote.
   *
   * @return the status
   */
  public QuoteStatus status() {
    return status;
  }

  /**
   * Returns when the quote was made, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns when the quote expires, in server time; from then on using it fails with {@code
   * quote_expired}.
   *
   * @return the expiry instant
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Tells whether the quote has expired at the given instant. Compare with the server's clock: the
   * server decides, so a quote a few seconds from expiry may expire in transit.
   *
   * @param now the instant to check
   * @return {@code true} if {@code now} is at or after {@link #expiresAt()}
   */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Quote other
        && id.equals(other.id)
        && walletId.equals(other.walletId)
        && sellAmount.equals(other.sellAmount)
        && buyAmount.equals(other.buyAmount)
        && rate.equals(other.rate)
        && fee.equals(other.fee)
        && fixedSide == other.fixedSide
        && status == other.status
        && createdAt.equals(other.createdAt)
        && expiresAt.equals(other.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, walletId, sellAmount, buyAmount, rate, fee, fixedSide, status, createdAt, expiresAt);
  }

  @Override
  public String toString() {
    return "Quote{id="
        + id
        + ", walletId="
        + walletId
        + ", sellAmount="
        + sellAmount
        + ", buyAmount="
        + buyAmount
        + ", rate="
        + rate.toPlainString()
        + ", fee="
        + fee
        + ", fixedSide="
        + fixedSide
        + ", status="
        + status
        + ", createdAt="
        + createdAt
        + ", expiresAt="
        + expiresAt
        + "}";
  }

  /** Builds a {@link Quote}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable QuoteId id;
    private @Nullable WalletId walletId;
    private @Nullable Money sellAmount;
    private @Nullable Money buyAmount;
    private @Nullable BigDecimal rate;
    private @Nullable Money fee;
    private @Nullable FixedSide fixedSide;
    private @Nullable QuoteStatus status;
    private @Nullable Instant createdAt;
    private @Nullable Instant expiresAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the quote's id
     * @return this builder
     */
    public Builder id(QuoteId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the wallet.
     *
     * @param walletId the wallet the quote was made for
     * @return this builder
     */
    public Builder walletId(WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the amount sold.
     *
     * @param sellAmount what the wallet pays, fee included
     * @return this builder
     */
    public Builder sellAmount(Money sellAmount) {
      this.sellAmount = sellAmount;
      return this;
    }

    /**
     * Sets the amount bought.
     *
     * @param buyAmount what the conversion delivers
     * @return this builder
     */
    public Builder buyAmount(Money buyAmount) {
      this.buyAmount = buyAmount;
      return this;
    }

    /**
     * Sets the rate.
     *
     * @param rate units of the buy currency per unit of the sell currency
     * @return this builder
     */
    public Builder rate(BigDecimal rate) {
      this.rate = rate;
      return this;
    }

    /**
     * Sets the fee.
     *
     * @param fee the fee in the sell currency
     * @return this builder
     */
    public Builder fee(Money fee) {
      this.fee = fee;
      return this;
    }

    /**
     * Sets the fixed side.
     *
     * @param fixedSide which side the caller fixed
     * @return this builder
     */
    public Builder fixedSide(FixedSide fixedSide) {
      this.fixedSide = fixedSide;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the lifecycle state
     * @return this builder
     */
    public Builder status(QuoteStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt when the quote was made
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the expiry instant.
     *
     * @param expiresAt when the quote expires
     * @return this builder
     */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /**
     * Builds the quote.
     *
     * @return the quote
     * @throws InvalidRequestException if a field is missing ({@code required}), or the fee is not
     *     in the sell currency or both amounts are in one currency ({@code currency_mismatch})
     */
    public Quote build() {
      return new Quote(this);
    }
  }
}
