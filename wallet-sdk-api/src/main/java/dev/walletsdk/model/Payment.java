/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.sameCurrency;

import dev.walletsdk.InvalidRequestException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A payment from a wallet to a merchant.
 *
 * <p>When the wallet pays in another currency than the merchant's, {@link #debitedAmount()} (what
 * left the wallet) differs from {@link #amount()} (what the merchant receives) and {@link
 * #quoteId()} names the conversion used. Immutable and thread-safe. Built by the client from server
 * responses; tests may build their own with {@link #builder()}.
 */
public final class Payment implements Resource {
  private final PaymentId id;
  private final WalletId walletId;
  private final MerchantId merchantId;
  private final Money amount;
  private final Money debitedAmount;
  private final Money fee;
  private final @Nullable QuoteId quoteId;
  private final @Nullable Money tip;
  private final @Nullable Money convenienceFee;
  private final PaymentStatus status;
  private final Money refundedAmount;
  private final @Nullable String description;
  private final @Nullable String reference;
  private final Instant createdAt;
  private final @Nullable Receipt receipt;
  private final @Nullable VoucherId voucherId;
  private final @Nullable Money discount;

  private Payment(Builder builder) {
    this.id = required(builder.id, "Payment.id");
    this.walletId = required(builder.walletId, "Payment.walletId");
    this.merchantId = required(builder.merchantId, "Payment.merchantId");
    this.amount = required(builder.amount, "Payment.amount");
    this.debitedAmount = required(builder.debitedAmount, "Payment.debitedAmount");
    this.fee = required(builder.fee, "Payment.fee");
    this.quoteId = builder.quoteId;
    this.tip = builder.tip;
    this.convenienceFee = builder.convenienceFee;
    this.status = required(builder.status, "Payment.status");
    this.refundedAmount = required(builder.refundedAmount, "Payment.refundedAmount");
    this.description = builder.description;
    this.reference = builder.reference;
    this.createdAt = required(builder.createdAt, "Payment.createdAt");
    this.receipt = builder.receipt;
    this.voucherId = builder.voucherId;
    this.discount = builder.discount;
    if ((voucherId == null) != (discount == null)) {
      throw InvalidRequestException.forField(
          "Payment.discount",
          "required",
          "a payment has a voucher and its discount together, or neither");
    }
    if (discount != null) {
      sameCurrency(discount, "Payment.discount", amount, "amount");
    }
    sameCurrency(fee, "Payment.fee", debitedAmount, "debitedAmount");
    sameCurrency(refundedAmount, "Payment.refundedAmount", amount, "amount");
    if (tip != null && convenienceFee != null) {
      throw InvalidRequestException.forField(
          "Payment.tip",
          "mutually_exclusive",
          "a payment has a tip or a convenience fee, not both");
    }
    if (tip != null) {
      sameCurrency(tip, "Payment.tip", amount, "amount");
    }
    if (convenienceFee != null) {
      sameCurrency(convenienceFee, "Payment.convenienceFee", amount, "amount");
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
   * Returns the payment's id.
   *
   * @return the id
   */
  public PaymentId id() {
    return id;
  }

  /**
   * Returns the wallet that paid.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the merchant that was paid.
   *
   * @return the merchant's id
   */
  public MerchantId merchantId() {
    return merchantId;
  }

  /**
   * Returns what the merchant receives.
   *
   * @return the amount, in the merchant's currency
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns what left the wallet, fee included; equal to {@link #amount()} when there was no
   * conversion and no fee.
   *
   * @return the debited amount, in the wallet's currency
   */
  public Money debitedAmount() {
    return debitedAmount;
  }

  /**
   * Returns the fee, which is part of {@link #debitedAmount()}.
   *
   * @return the fee in the debited currency; zero when there is none
   */
  public Money fee() {
    return fee;
  }

  /**
   * Returns the voucher the payment redeemed.
   *
   * @return the voucher's id, if the payment named one
   */
  public Optional<VoucherId> voucherId() {
    return Optional.ofNullable(voucherId);
  }

  /**
   * Returns the voucher's discount: the merchant receives {@link #amount()}, the wallet paid {@link
   * #debitedAmount()} (the amount less the discount) and the offer's merchant funded the discount.
   *
   * @return the discount, in the payment's currency, if the payment redeemed a voucher
   */
  public Optional<Money> discount() {
    return Optional.ofNullable(discount);
  }

  /**
   * Returns the tip the payer added to a QR code payment; it is part of {@link #amount()}.
   *
   * @return the tip, if the payer gave one
   */
  public Optional<Money> tip() {
    return Optional.ofNullable(tip);
  }

  /**
   * Returns the convenience fee a QR code added to the merchant's amount; it is part of {@link
   * #amount()}.
   *
   * @return the fee, if the code set one
   */
  public Optional<Money> convenienceFee() {
    return Optional.ofNullable(convenienceFee);
  }

  /**
   * Returns the quote the payment used to convert currencies.
   *
   * @return the quote's id, if the payment was made with a quote
   */
  public Optional<QuoteId> quoteId() {
    return Optional.ofNullable(quoteId);
  }

  /**
   * Returns the state when the server sent the payment.
   *
   * @return the status
   */
  public PaymentStatus status() {
    return status;
  }

  /**
   * Returns how much of the payment has been refunded so far.
   *
   * @return the refunded amount, in the currency of {@link #amount()}; zero when none
   */
  public Money refundedAmount() {
    return refundedAmount;
  }

  /**
   * Returns the description shown to the wallet holder.
   *
   * @return the description, if one was given
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the partner's own reference for the payment, such as an order number.
   *
   * @return the reference, if one was given
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns when the payment was made, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns the server's signed receipt for the payment.
   *
   * @return the receipt, if the server sent one
   */
  public Optional<Receipt> receipt() {
    return Optional.ofNullable(receipt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Payment other
        && id.equals(other.id)
        && walletId.equals(other.walletId)
        && merchantId.equals(other.merchantId)
        && amount.equals(other.amount)
        && debitedAmount.equals(other.debitedAmount)
        && fee.equals(other.fee)
        && Objects.equals(quoteId, other.quoteId)
        && Objects.equals(tip, other.tip)
        && Objects.equals(voucherId, other.voucherId)
        && Objects.equals(discount, other.discount)
        && Objects.equals(convenienceFee, other.convenienceFee)
        && status == other.status
        && refundedAmount.equals(other.refundedAmount)
        && Objects.equals(description, other.description)
        && Objects.equals(reference, other.reference)
        && createdAt.equals(other.createdAt)
        && Objects.equals(receipt, other.receipt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        walletId,
        merchantId,
        amount,
        debitedAmount,
        fee,
        quoteId,
        tip,
        voucherId,
        discount,
        convenienceFee,
        status,
        refundedAmount,
        description,
        reference,
        createdAt,
        receipt);
  }

  @Override
  public String toString() {
    return "Payment{id="
        + id
        + ", walletId="
        + walletId
        + ", merchantId="
        + merchantId
        + ", amount="
        + amount
        + ", debitedAmount="
        + debitedAmount
        + ", fee="
        + fee
        + ", quoteId="
        + quoteId
        + ", tip="
        + tip
        + ", voucherId="
        + voucherId
        + ", discount="
        + discount
        + ", convenienceFee="
        + convenienceFee
        + ", status="
        + status
        + ", refundedAmount="
        + refundedAmount
        + ", description="
        + FreeText.describe(description)
        + ", reference="
        + reference
        + ", createdAt="
        + createdAt
        + ", receipt="
        + receipt
        + "}";
  }

  /** Builds a {@link Payment}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable PaymentId id;
    private @Nullable WalletId walletId;
    private @Nullable MerchantId merchantId;
    private @Nullable Money amount;
    private @Nullable Money debitedAmount;
    private @Nullable Money fee;
    private @Nullable QuoteId quoteId;
    private @Nullable Money tip;
    private @Nullable Money convenienceFee;
    private @Nullable PaymentStatus status;
    private @Nullable Money refundedAmount;
    private @Nullable String description;
    private @Nullable String reference;
    private @Nullable Instant createdAt;
    private @Nullable Receipt receipt;
    private @Nullable VoucherId voucherId;
    private @Nullable Money discount;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the payment's id
     * @return this builder
     */
    public Builder id(PaymentId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the wallet.
     *
     * @param walletId the wallet that paid
     * @return this builder
     */
    public Builder walletId(WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the merchant.
     *
     * @param merchantId the merchant that was paid
     * @return this builder
     */
    public Builder merchantId(MerchantId merchantId) {
      this.merchantId = merchantId;
      return this;
    }

    /**
     * Sets the amount the merchant receives.
     *
     * @param amount the amount, in the merchant's currency
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets the amount that left the wallet.
     *
     * @param debitedAmount the debited amount, fee included
     * @return this builder
     */
    public Builder debitedAmount(Money debitedAmount) {
      this.debitedAmount = debitedAmount;
      return this;
    }

    /**
     * Sets the fee.
     *
     * @param fee the fee in the debited currency
     * @return this builder
     */
    public Builder fee(Money fee) {
      this.fee = fee;
      return this;
    }

    /**
     * Sets the quote used.
     *
     * @param quoteId the quote's id, or {@code null} for none
     * @return this builder
     */
    public Builder quoteId(@Nullable QuoteId quoteId) {
      this.quoteId = quoteId;
      return this;
    }

    /**
     * Sets the tip the payer added to a QR code payment.
     *
     * @param tip the tip, part of the amount, or {@code null} for none
     * @return this builder
     */
    public Builder tip(@Nullable Money tip) {
      this.tip = tip;
      return this;
    }

    /**
     * Sets the convenience fee a QR code added.
     *
     * @param convenienceFee the fee, part of the amount, or {@code null} for none
     * @return this builder
     */
    public Builder convenienceFee(@Nullable Money convenienceFee) {
      this.convenienceFee = convenienceFee;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the payment's state
     * @return this builder
     */
    public Builder status(PaymentStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the refunded amount.
     *
     * @param refundedAmount how much has been refunded, in the payment's currency
     * @return this builder
     */
    public Builder refundedAmount(Money refundedAmount) {
      this.refundedAmount = refundedAmount;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or {@code null} for none
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the partner's reference.
     *
     * @param reference the reference, or {@code null} for none
     * @return this builder
     */
    public Builder reference(@Nullable String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt when the payment was made
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the receipt.
     *
     * @param receipt the server's signed receipt, or {@code null} for none
     * @return this builder
     */
    public Builder receipt(@Nullable Receipt receipt) {
      this.receipt = receipt;
      return this;
    }

    /**
     * Sets the voucher the payment redeemed.
     *
     * @param voucherId the voucher's id, or {@code null} for none
     * @return this builder
     */
    public Builder voucherId(@Nullable VoucherId voucherId) {
      this.voucherId = voucherId;
      return this;
    }

    /**
     * Sets the voucher's discount.
     *
     * @param discount the discount in the payment's currency, or {@code null} without a voucher
     * @return this builder
     */
    public Builder discount(@Nullable Money discount) {
      this.discount = discount;
      return this;
    }

    /**
     * Builds the payment.
     *
     * @return the payment
     * @throws InvalidRequestException if a required field is missing ({@code required}), or the fee
     *     or the refunded amount is in the wrong currency ({@code currency_mismatch}), or only one
     *     of the voucher and its discount is set
     */
    public Payment build() {
      return new Payment(this);
    }
  }
}
