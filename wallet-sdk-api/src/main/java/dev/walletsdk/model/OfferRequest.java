/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.range;
import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.text;

import dev.walletsdk.InvalidRequestException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to create a merchant-funded offer ({@code POST /v1/offers}): a whole percentage or a
 * fixed amount off payments to one registered merchant, within a validity window on the platform
 * clock.
 *
 * <p>Set exactly one of {@link Builder#percentOff(int)} and {@link Builder#amountOff(Money)}; a
 * fixed offer also needs a minimum spend above its amount off, so the holder always pays something.
 * A percentage discount is rounded to the minor unit half up (an exact half goes to the holder).
 * Built with {@link #builder()}; every setter validates its argument at once and {@link
 * Builder#build()} checks the rules that span fields. Immutable and thread-safe.
 */
public final class OfferRequest {
  /** The longest title accepted. */
  public static final int MAX_TITLE_LENGTH = 100;

  /** The largest percentage off. */
  public static final int MAX_PERCENT_OFF = 99;

  /** The most vouchers of one offer a wallet may hold. */
  public static final int MAX_PER_HOLDER_LIMIT = 100;

  private final MerchantId merchantId;
  private final String title;
  private final CurrencyCode currency;
  private final @Nullable Integer percentOff;
  private final @Nullable Money amountOff;
  private final @Nullable Money minimumSpend;
  private final @Nullable Instant validFrom;
  private final Instant validUntil;
  private final int perHolderLimit;
  private final @Nullable IdempotencyKey idempotencyKey;

  private OfferRequest(Builder builder) {
    this.merchantId = required(builder.merchantId, "merchant");
    this.title = required(builder.title, "title");
    this.currency = required(builder.currency, "currency");
    Checks.exactlyOne(builder.percentOff, "percentOff", builder.amountOff, "amountOff");
    this.percentOff = builder.percentOff;
    this.amountOff = builder.amountOff;
    this.minimumSpend = builder.minimumSpend;
    this.validFrom = builder.validFrom;
    this.validUntil = required(builder.validUntil, "validUntil");
    this.perHolderLimit = builder.perHolderLimit;
    this.idempotencyKey = builder.idempotencyKey;
    inCurrency(amountOff, "amountOff");
    inCurrency(minimumSpend, "minimumSpend");
    if (amountOff != null
        && (minimumSpend == null || minimumSpend.minorUnits() <= amountOff.minorUnits())) {
      throw InvalidRequestException.forField(
          "minimumSpend",
          minimumSpend == null ? "required" : "out_of_range",
          "a fixed offer needs a minimumSpend greater than its amountOff " + amountOff);
    }
    if (validFrom != null && !validUntil.isAfter(validFrom)) {
      throw InvalidRequestException.forField(
          "validUntil",
          "out_of_range",
          "validUntil " + validUntil + " must be after validFrom " + validFrom);
    }
  }

  private void inCurrency(@Nullable Money amount, String field) {
    if (amount != null && amount.currency() != currency) {
      throw InvalidRequestException.forField(
          field,
          "currency_mismatch",
          field + " " + amount + " must be in the offer's currency, " + currency);
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
   * Returns the merchant that funds the offer.
   *
   * @return the merchant's id
   */
  public MerchantId merchantId() {
    return merchantId;
  }

  /**
   * Returns what holders see.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the currency payments must be in.
   *
   * @return the currency
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the whole percent off.
   *
   * @return the percentage, if this is a percentage offer
   */
  public Optional<Integer> percentOff() {
    return Optional.ofNullable(percentOff);
  }

  /**
   * Returns the fixed amount off.
   *
   * @return the amount, if this is a fixed offer
   */
  public Optional<Money> amountOff() {
    return Optional.ofNullable(amountOff);
  }

  /**
   * Returns the least a payment must be.
   *
   * @return the minimum spend, if set
   */
  public Optional<Money> minimumSpend() {
    return Optional.ofNullable(minimumSpend);
  }

  /**
   * Returns from when vouchers can be redeemed.
   *
   * @return the instant, if set; the server takes its current time without one
   */
  public Optional<Instant> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /**
   * Returns when vouchers expire (exclusive).
   *
   * @return the instant
   */
  public Instant validUntil() {
    return validUntil;
  }

  /**
   * Returns how many of its vouchers a wallet may hold issued or used.
   *
   * @return the limit, 1 unless set
   */
  public int perHolderLimit() {
    return perHolderLimit;
  }

  /**
   * Returns the idempotency key.
   *
   * @return the key, if set
   */
  public Optional<IdempotencyKey> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OfferRequest other
        && merchantId.equals(other.merchantId)
        && title.equals(other.title)
        && currency == other.currency
        && Objects.equals(percentOff, other.percentOff)
        && Objects.equals(amountOff, other.amountOff)
        && Objects.equals(minimumSpend, other.minimumSpend)
        && Objects.equals(validFrom, other.validFrom)
        && validUntil.equals(other.validUntil)
        && perHolderLimit == other.perHolderLimit
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        merchantId,
        title,
        currency,
        percentOff,
        amountOff,
        minimumSpend,
        validFrom,
        validUntil,
        perHolderLimit,
        idempotencyKey);
  }

  @Override
  public String toString() {
    return "OfferRequest{merchantId="
        + merchantId
        + ", title="
        + title
        + ", currency="
        + currency
        + ", percentOff="
        + percentOff
        + ", amountOff="
        + amountOff
        + ", minimumSpend="
        + minimumSpend
        + ", validFrom="
        + validFrom
        + ", validUntil="
        + validUntil
        + ", perHolderLimit="
        + perHolderLimit
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds an {@link OfferRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable MerchantId merchantId;
    private @Nullable String title;
    private @Nullable CurrencyCode currency;
    private @Nullable Integer percentOff;
    private @Nullable Money amountOff;
    private @Nullable Money minimumSpend;
    private @Nullable Instant validFrom;
    private @Nullable Instant validUntil;
    private int perHolderLimit = 1;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the registered merchant that funds the offer. Required.
     *
     * @param merchantId the merchant's id
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder merchant(MerchantId merchantId) {
      this.merchantId = required(merchantId, "merchant");
      return this;
    }

    /**
     * Sets what holders see. Required.
     *
     * @param title 1 to 100 characters, no control characters
     * @return this builder
     * @throws InvalidRequestException if the title is missing, empty, too long or has control
     *     characters
     */
    public Builder title(String title) {
      this.title = text(title, "title", MAX_TITLE_LENGTH);
      return this;
    }

    /**
     * Sets the currency payments must be in. Required.
     *
     * @param currency the currency
     * @return this builder
     * @throws InvalidRequestException if the currency is missing
     */
    public Builder currency(CurrencyCode currency) {
      this.currency = required(currency, "currency");
      return this;
    }

    /**
     * Makes this a percentage offer. Set this or {@link #amountOff(Money)}.
     *
     * @param percentOff whole percent off, 1 to 99
     * @return this builder
     * @throws InvalidRequestException if the percentage is out of range
     */
    public Builder percentOff(int percentOff) {
      this.percentOff = range(percentOff, "percentOff", 1, MAX_PERCENT_OFF);
      return this;
    }

    /**
     * Makes this a fixed offer. Set this or {@link #percentOff(int)}; a fixed offer also needs a
     * greater {@link #minimumSpend(Money)}.
     *
     * @param amountOff the amount off, greater than zero, in the offer's currency
     * @return this builder
     * @throws InvalidRequestException if the amount is missing, negative or zero
     */
    public Builder amountOff(Money amountOff) {
      this.amountOff = positive(amountOff, "amountOff");
      return this;
    }

    /**
     * Sets the least a payment must be for a voucher to apply. Optional for a percentage offer.
     *
     * @param minimumSpend the amount in the offer's currency, or {@code null} for none
     * @return this builder
     */
    public Builder minimumSpend(@Nullable Money minimumSpend) {
      this.minimumSpend = minimumSpend;
      return this;
    }

    /**
     * Sets from when vouchers can be redeemed. Optional: the server's current time without one.
     *
     * @param validFrom the instant, at most 366 days ahead, or {@code null} for now
     * @return this builder
     */
    public Builder validFrom(@Nullable Instant validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /**
     * Sets when vouchers expire (exclusive). Required.
     *
     * @param validUntil after now and after validFrom, at most 366 days after validFrom
     * @return this builder
     * @throws InvalidRequestException if the instant is missing
     */
    public Builder validUntil(Instant validUntil) {
      this.validUntil = required(validUntil, "validUntil");
      return this;
    }

    /**
     * Sets how many of the offer's vouchers a wallet may hold issued or used. Optional: 1.
     *
     * @param perHolderLimit 1 to 100
     * @return this builder
     * @throws InvalidRequestException if the limit is out of range
     */
    public Builder perHolderLimit(int perHolderLimit) {
      this.perHolderLimit = range(perHolderLimit, "perHolderLimit", 1, MAX_PER_HOLDER_LIMIT);
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
     * @throws InvalidRequestException if the merchant, title, currency or validUntil is missing
     *     ({@code required}), not exactly one of percentOff and amountOff is set, an amount is in
     *     another currency ({@code currency_mismatch}), a fixed offer lacks a greater minimumSpend,
     *     or validUntil is not after validFrom
     */
    public OfferRequest build() {
      return new OfferRequest(this);
    }
  }
}
