/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.exactlyOne;
import static dev.walletsdk.model.Checks.optionalText;
import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to pay a merchant from a wallet ({@code POST /v1/payments}).
 *
 * <p>Give either an {@code amount} in the merchant's currency or a {@code quote} that converts the
 * wallet's currency into it. Built with {@link #builder()}; every setter validates its argument at
 * once and {@link Builder#build()} checks the rules that span fields. Immutable and thread-safe.
 */
public final class PaymentRequest {
  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION_LENGTH = 140;

  /** The longest reference accepted. */
  public static final int MAX_REFERENCE_LENGTH = 64;

  private final WalletId walletId;
  private final MerchantId merchantId;
  private final @Nullable Money amount;
  private final @Nullable QuoteId quoteId;
  private final @Nullable String description;
  private final @Nullable String reference;
  private final @Nullable IdempotencyKey idempotencyKey;
  private final @Nullable VoucherId voucherId;

  private PaymentRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    this.merchantId = required(builder.merchantId, "merchant");
    exactlyOne(builder.amount, "amount", builder.quoteId, "quote");
    this.amount = builder.amount;
    this.quoteId = builder.quoteId;
    this.description = builder.description;
    this.reference = builder.reference;
    this.idempotencyKey = builder.idempotencyKey;
    this.voucherId = builder.voucherId;
    if (voucherId != null && quoteId != null) {
      throw InvalidRequestException.forField(
          "voucher",
          "mutually_exclusive",
          "a voucher applies to a payment by amount, not by quote");
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
   * Returns the wallet that pays.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the merchant to pay.
   *
   * @return the merchant's id
   */
  public MerchantId merchantId() {
    return merchantId;
  }

  /**
   * Returns the amount the merchant receives.
   *
   * @return the amount, or empty when a quote fixes it
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns the quote that converts the wallet's currency into the merchant's.
   *
   * @return the quote's id, or empty when an amount is given
   */
  public Optional<QuoteId> quoteId() {
    return Optional.ofNullable(quoteId);
  }

  /**
   * Returns the description shown to the wallet holder.
   *
   * @return the description, if set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the partner's own reference for the payment.
   *
   * @return the reference, if set
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns the idempotency key chosen by the caller.
   *
   * @return the key, or empty to let the client generate one per call
   */
  public Optional<IdempotencyKey> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * Returns the voucher the payment redeems.
   *
   * @return the voucher's id, if set
   */
  public Optional<VoucherId> voucherId() {
    return Optional.ofNullable(voucherId);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PaymentRequest other
        && walletId.equals(other.walletId)
        && merchantId.equals(other.merchantId)
        && Objects.equals(amount, other.amount)
        && Objects.equals(quoteId, other.quoteId)
        && Objects.equals(description, other.description)
        && Objects.equals(reference, other.reference)
        && Objects.equals(idempotencyKey, other.idempotencyKey)
        && Objects.equals(voucherId, other.voucherId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        walletId, merchantId, amount, quoteId, description, reference, idempotencyKey, voucherId);
  }

  @Override
  public String toString() {
    return "PaymentRequest{walletId="
        + walletId
        + ", merchantId="
        + merchantId
        + ", amount="
        + amount
        + ", quoteId="
        + quoteId
        + ", description="
        + FreeText.describe(description)
        + ", reference="
        + reference
        + ", idempotencyKey="
        + idempotencyKey
        + ", voucherId="
        + voucherId
        + "}";
  }

  /** Builds a {@link PaymentRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable MerchantId merchantId;
    private @Nullable Money amount;
    private @Nullable QuoteId quoteId;
    private @Nullable String description;
    private @Nullable String reference;
    private @Nullable IdempotencyKey idempotencyKey;
    private @Nullable VoucherId voucherId;

    private Builder() {}

    /**
     * Sets the wallet that pays. Required.
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
     * Sets the merchant to pay. Required.
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
     * Sets the amount the merchant receives, in the merchant's currency. Set either this or a
     * quote.
     *
     * @param amount the amount; greater than zero
     * @return this builder
     * @throws InvalidRequestException if the amount is missing, negative or zero
     */
    public Builder amount(Money amount) {
      this.amount = positive(amount, "amount");
      return this;
    }

    /**
     * Sets the quote that converts the wallet's currency into the merchant's. Set either this or an
     * amount.
     *
     * @param quoteId the id of an open quote for the paying wallet
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder quote(QuoteId quoteId) {
      this.quoteId = required(quoteId, "quote");
      return this;
    }

    /**
     * Sets the quote that converts the wallet's currency into the merchant's, as {@link
     * #quote(QuoteId)}.
     *
     * @param quote an open quote for the paying wallet
     * @return this builder
     * @throws InvalidRequestException if the quote is missing
     */
    public Builder quote(Quote quote) {
      return quote(required(quote, "quote").id());
    }

    /**
     * Sets the description shown to the wallet holder. Optional.
     *
     * @param description 1 to 140 characters, no control characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException if the description is empty, too long or has control
     *     characters
     */
    public Builder description(@Nullable String description) {
      this.description = optionalText(description, "description", MAX_DESCRIPTION_LENGTH);
      return this;
    }

    /**
     * Sets the partner's own reference for the payment, such as an order number. Optional.
     *
     * @param reference 1 to 64 characters, no control characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException if the reference is empty, too long or has control characters
     */
    public Builder reference(@Nullable String reference) {
      this.reference = optionalText(reference, "reference", MAX_REFERENCE_LENGTH);
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
     * Sets a voucher of the paying wallet to redeem. Optional, and only with an amount: the wallet
     * pays the amount less the voucher's discount, the merchant receives the whole amount.
     *
     * @param voucherId the voucher's id, or {@code null} for none
     * @return this builder
     */
    public Builder voucher(@Nullable VoucherId voucherId) {
      this.voucherId = voucherId;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws InvalidRequestException if the wallet or the merchant is missing, or not exactly one
     *     of {@code amount} and {@code quote} is set, or a voucher is set with a quote ({@code
     *     mutually_exclusive})
     */
    public PaymentRequest build() {
      return new PaymentRequest(this);
    }
  }
}
