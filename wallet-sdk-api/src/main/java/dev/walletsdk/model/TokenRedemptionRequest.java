/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.optionalText;
import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.text;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A merchant's request to be paid by redeeming a scanned consumer-presented payment token ({@code
 * POST /v1/qr/tokens/redeem}). The token is single-use: a second redemption fails with {@code 409
 * payment_token_used}, a late one with {@code 409 payment_token_expired}. Immutable and
 * thread-safe; {@link #toString()} omits the token text.
 */
public final class TokenRedemptionRequest {
  /** The longest token text accepted. */
  public static final int MAX_PAYLOAD_LENGTH = 512;

  private final String payload;
  private final MerchantId merchantId;
  private final Money amount;
  private final @Nullable String description;
  private final @Nullable String reference;
  private final @Nullable IdempotencyKey idempotencyKey;

  private TokenRedemptionRequest(Builder builder) {
    this.payload = required(builder.payload, "payload");
    this.merchantId = required(builder.merchantId, "merchant");
    this.amount = required(builder.amount, "amount");
    this.description = builder.description;
    this.reference = builder.reference;
    this.idempotencyKey = builder.idempotencyKey;
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
   * Returns the scanned token text.
   *
   * @return the payload
   */
  public String payload() {
    return payload;
  }

  /**
   * Returns the merchant that is paid.
   *
   * @return the merchant's id
   */
  public MerchantId merchantId() {
    return merchantId;
  }

  /**
   * Returns the amount to collect.
   *
   * @return the amount, in a currency of the paying wallet
   */
  public Money amount() {
    return amount;
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
   * Returns the merchant's reference, such as an order number.
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TokenRedemptionRequest other
        && payload.equals(other.payload)
        && merchantId.equals(other.merchantId)
        && amount.equals(other.amount)
        && Objects.equals(description, other.description)
        && Objects.equals(reference, other.reference)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(payload, merchantId, amount, description, reference, idempotencyKey);
  }

  @Override
  public String toString() {
    return "TokenRedemptionRequest{merchantId="
        + merchantId
        + ", amount="
        + amount
        + ", description="
        + description
        + ", reference="
        + reference
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link TokenRedemptionRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable String payload;
    private @Nullable MerchantId merchantId;
    private @Nullable Money amount;
    private @Nullable String description;
    private @Nullable String reference;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the scanned token text. Required.
     *
     * @param payload 1 to 512 characters without control characters
     * @return this builder
     * @throws InvalidRequestException if the text is missing, empty, too long or has control
     *     characters
     */
    public Builder payload(String payload) {
      this.payload = text(payload, "payload", MAX_PAYLOAD_LENGTH);
      return this;
    }

    /**
     * Sets the merchant that is paid. Required.
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
     * Sets the amount to collect. Required.
     *
     * @param amount greater than zero
     * @return this builder
     * @throws InvalidRequestException if the amount is missing, negative or zero
     */
    public Builder amount(Money amount) {
      this.amount = positive(amount, "amount");
      return this;
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
      this.description =
          optionalText(description, "description", PaymentRequest.MAX_DESCRIPTION_LENGTH);
      return this;
    }

    /**
     * Sets the merchant's reference. Optional.
     *
     * @param reference 1 to 64 characters, no control characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException if the reference is empty, too long or has control characters
     */
    public Builder reference(@Nullable String reference) {
      this.reference = optionalText(reference, "reference", PaymentRequest.MAX_REFERENCE_LENGTH);
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
     * @throws InvalidRequestException if the payload, merchant or amount is missing
     */
    public TokenRedemptionRequest build() {
      return new TokenRedemptionRequest(this);
    }
  }
}
