/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.optionalText;
import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.Tip;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to pay the merchant of a scanned EMVCo QR code from a wallet ({@code POST
 * /v1/qr/payments}).
 *
 * <p>The platform finds the merchant in the code's {@code dev.walletsdk} merchant account. The
 * amount comes from the code (tag 54) when it has one; otherwise the payer gives it, in the code's
 * currency. A tip may be added only when the code prompts for one (tag 55 = 01); a fixed or
 * percentage convenience fee (55 = 02 or 03) is added by the platform. Built with {@link
 * #builder()}; {@link Builder#build()} checks these rules before anything is sent. Immutable and
 * thread-safe.
 */
public final class QrPaymentRequest {
  private final WalletId walletId;
  private final MerchantQr qr;
  private final @Nullable Money amount;
  private final @Nullable Money tip;
  private final @Nullable String description;
  private final @Nullable String reference;
  private final @Nullable IdempotencyKey idempotencyKey;

  private QrPaymentRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    this.qr = required(builder.qr, "qr");
    this.amount = checkAmount(qr, builder.amount);
    this.tip = checkTip(qr, builder.tip);
    this.description = builder.description;
    this.reference = builder.reference;
    this.idempotencyKey = builder.idempotencyKey;
  }

  private static @Nullable Money checkAmount(MerchantQr qr, @Nullable Money amount) {
    if (qr.amount().isPresent()) {
      if (amount != null && !amount.equals(qr.amount().get())) {
        throw InvalidRequestException.forField(
            "amount",
            "amount_mismatch",
            "amount " + amount + " differs from the QR code's amount " + qr.amount().get());
      }
      return null;
    }
    if (amount == null) {
      throw InvalidRequestException.forField(
          "amount", "required", "amount is required: the QR code has no amount (tag 54)");
    }
    return sameCurrency(qr, amount, "amount");
  }

  private static @Nullable Money checkTip(MerchantQr qr, @Nullable Money tip) {
    if (tip == null) {
      return null;
    }
    if (qr.tip().map(t -> t.kind() != Tip.Kind.PROMPT).orElse(true)) {
      throw InvalidRequestException.forField(
          "tip", "tip_not_allowed", "tip is only allowed when the QR code prompts for one");
    }
    return sameCurrency(qr, tip, "tip");
  }

  private static Money sameCurrency(MerchantQr qr, Money money, String field) {
    if (money.currency() != qr.currency()) {
      throw InvalidRequestException.forField(
          field,
          "currency_mismatch",
          field + " " + money + " must be in the QR code's currency, " + qr.currency());
    }
    return money;
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
   * Returns the scanned code.
   *
   * @return the parsed QR payload
   */
  public MerchantQr qr() {
    return qr;
  }

  /**
   * Returns the amount the payer entered.
   *
   * @return the amount; empty when the code fixes it
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns the tip the payer added.
   *
   * @return the tip, if any
   */
  public Optional<Money> tip() {
    return Optional.ofNullable(tip);
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof QrPaymentRequest other
        && walletId.equals(other.walletId)
        && qr.equals(other.qr)
        && Objects.equals(amount, other.amount)
        && Objects.equals(tip, other.tip)
        && Objects.equals(description, other.description)
        && Objects.equals(reference, other.reference)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, qr, amount, tip, description, reference, idempotencyKey);
  }

  @Override
  public String toString() {
    return "QrPaymentRequest{walletId="
        + walletId
        + ", qr="
        + qr
        + ", amount="
        + amount
        + ", tip="
        + tip
        + ", description="
        + description
        + ", reference="
        + reference
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link QrPaymentRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable MerchantQr qr;
    private @Nullable Money amount;
    private @Nullable Money tip;
    private @Nullable String description;
    private @Nullable String reference;
    private @Nullable IdempotencyKey idempotencyKey;

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
     * Sets the scanned code. Required.
     *
     * @param qr the parsed payload
     * @return this builder
     * @throws InvalidRequestException if the code is missing
     */
    public Builder qr(MerchantQr qr) {
      this.qr = required(qr, "qr");
      return this;
    }

    /**
     * Sets the scanned code from its text, as {@link #qr(MerchantQr)} with {@link
     * MerchantQr#parse(String)}.
     *
     * @param payload the text of the QR code
     * @return this builder
     * @throws dev.walletsdk.qr.QrFormatException naming the tag, if the payload is not valid
     */
    public Builder payload(String payload) {
      return qr(MerchantQr.parse(payload));
    }

    /**
     * Sets the amount, when the code has none. Must be in the code's currency.
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
     * Adds a tip, when the code prompts for one. Must be in the code's currency.
     *
     * @param tip greater than zero
     * @return this builder
     * @throws InvalidRequestException if the tip is missing, negative or zero
     */
    public Builder tip(Money tip) {
      this.tip = positive(tip, "tip");
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
     * Sets the partner's own reference for the payment. Optional.
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
     * @throws InvalidRequestException if the wallet or code is missing; the amount is missing
     *     although the code has none ({@code required}), differs from the code's ({@code
     *     amount_mismatch}) or is in another currency ({@code currency_mismatch}); or a tip is
     *     given that the code does not prompt for ({@code tip_not_allowed})
     */
    public QrPaymentRequest build() {
      return new QrPaymentRequest(this);
    }
  }
}
