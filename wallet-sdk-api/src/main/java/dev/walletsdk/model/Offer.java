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
 * A merchant-funded offer ({@code GET /v1/offers/{offerId}}): a whole percentage or a fixed amount
 * off a payment to one merchant, from a minimum spend, within a validity window on the platform
 * clock. Its single-use {@link Voucher}s are issued to wallets, at most {@link #perHolderLimit()}
 * per wallet. Exactly one of {@link #percentOff()} and {@link #amountOff()} is present.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class Offer implements Resource {
  private final OfferId id;
  private final MerchantId merchantId;
  private final String title;
  private final CurrencyCode currency;
  private final @Nullable Integer percentOff;
  private final @Nullable Money amountOff;
  private final @Nullable Money minimumSpend;
  private final Instant validFrom;
  private final Instant validUntil;
  private final int perHolderLimit;
  private final Instant createdAt;

  private Offer(Builder builder) {
    this.id = required(builder.id, "Offer.id");
    this.merchantId = required(builder.merchantId, "Offer.merchantId");
    this.title = required(builder.title, "Offer.title");
    this.currency = required(builder.currency, "Offer.currency");
    this.percentOff = builder.percentOff;
    this.amountOff = builder.amountOff;
    this.minimumSpend = builder.minimumSpend;
    this.validFrom = required(builder.validFrom, "Offer.validFrom");
    this.validUntil = required(builder.validUntil, "Offer.validUntil");
    this.perHolderLimit = required(builder.perHolderLimit, "Offer.perHolderLimit");
    this.createdAt = required(builder.createdAt, "Offer.createdAt");
    if ((percentOff == null) == (amountOff == null)) {
      throw dev.walletsdk.InvalidRequestException.forField(
          "Offer.percentOff",
          "mutually_exclusive",
          "an offer has exactly one of percentOff and amountOff");
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
   * Returns the offer's id.
   *
   * @return the value
   */
  public OfferId id() {
    return id;
  }

  /**
   * Returns the merchant that funds the offer and whose payments it applies to.
   *
   * @return the value
   */
  public MerchantId merchantId() {
    return merchantId;
  }

  /**
   * Returns what holders see.
   *
   * @return the value
   */
  public String title() {
    return title;
  }

  /**
   * Returns the currency payments must be in.
   *
   * @return the value
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the whole percent off, 1 to 99, of a percentage offer.
   *
   * @return the value, if present
   */
  public Optional<Integer> percentOff() {
    return Optional.ofNullable(percentOff);
  }

  /**
   * Returns the amount off of a fixed offer.
   *
   * @return the value, if present
   */
  public Optional<Money> amountOff() {
    return Optional.ofNullable(amountOff);
  }

  /**
   * Returns the least a payment must be for a voucher to apply.
   *
   * @return the value, if present
   */
  public Optional<Money> minimumSpend() {
    return Optional.ofNullable(minimumSpend);
  }

  /**
   * Returns from when vouchers can be redeemed, in server time.
   *
   * @return the value
   */
  public Instant validFrom() {
    return validFrom;
  }

  /**
   * Returns when vouchers expire (exclusive), in server time.
   *
   * @return the value
   */
  public Instant validUntil() {
    return validUntil;
  }

  /**
   * Returns how many of its vouchers a wallet may hold issued or used.
   *
   * @return the value
   */
  public int perHolderLimit() {
    return perHolderLimit;
  }

  /**
   * Returns when the offer was created, in server time.
   *
   * @return the value
   */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Offer other
        && Objects.equals(id, other.id)
        && Objects.equals(merchantId, other.merchantId)
        && Objects.equals(title, other.title)
        && Objects.equals(currency, other.currency)
        && Objects.equals(percentOff, other.percentOff)
        && Objects.equals(amountOff, other.amountOff)
        && Objects.equals(minimumSpend, other.minimumSpend)
        && Objects.equals(validFrom, other.validFrom)
        && Objects.equals(validUntil, other.validUntil)
        && perHolderLimit == other.perHolderLimit
        && Objects.equals(createdAt, other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        merchantId,
        title,
        currency,
        percentOff,
        amountOff,
        minimumSpend,
        validFrom,
        validUntil,
        perHolderLimit,
        createdAt);
  }

  @Override
  public String toString() {
    return "Offer{"
        + "id="
        + id
        + ", merchantId="
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
        + ", createdAt="
        + createdAt
        + "}";
  }

  /** Builds a {@link Offer}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable OfferId id;
    private @Nullable MerchantId merchantId;
    private @Nullable String title;
    private @Nullable CurrencyCode currency;
    private @Nullable Integer percentOff;
    private @Nullable Money amountOff;
    private @Nullable Money minimumSpend;
    private @Nullable Instant validFrom;
    private @Nullable Instant validUntil;
    private @Nullable Integer perHolderLimit;
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(OfferId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the merchant.
     *
     * @param merchantId the value
     * @return this builder
     */
    public Builder merchantId(MerchantId merchantId) {
      this.merchantId = merchantId;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the value
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the currency.
     *
     * @param currency the value
     * @return this builder
     */
    public Builder currency(CurrencyCode currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets the percent off.
     *
     * @param percentOff the value, or {@code null} for none
     * @return this builder
     */
    public Builder percentOff(@Nullable Integer percentOff) {
      this.percentOff = percentOff;
      return this;
    }

    /**
     * Sets the amount off.
     *
     * @param amountOff the value, or {@code null} for none
     * @return this builder
     */
    public Builder amountOff(@Nullable Money amountOff) {
      this.amountOff = amountOff;
      return this;
    }

    /**
     * Sets the minimum spend.
     *
     * @param minimumSpend the value, or {@code null} for none
     * @return this builder
     */
    public Builder minimumSpend(@Nullable Money minimumSpend) {
      this.minimumSpend = minimumSpend;
      return this;
    }

    /**
     * Sets the start of the window.
     *
     * @param validFrom the value
     * @return this builder
     */
    public Builder validFrom(Instant validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /**
     * Sets the end of the window.
     *
     * @param validUntil the value
     * @return this builder
     */
    public Builder validUntil(Instant validUntil) {
      this.validUntil = validUntil;
      return this;
    }

    /**
     * Sets the limit per holder.
     *
     * @param perHolderLimit the value
     * @return this builder
     */
    public Builder perHolderLimit(int perHolderLimit) {
      this.perHolderLimit = perHolderLimit;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt the value
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Builds the offer.
     *
     * @return the offer
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing ({@code
     *     required}) or not exactly one of percentOff and amountOff is set ({@code
     *     mutually_exclusive})
     */
    public Offer build() {
      return new Offer(this);
    }
  }
}
