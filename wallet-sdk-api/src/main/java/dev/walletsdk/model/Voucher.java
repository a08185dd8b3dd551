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
 * A single-use voucher of an {@link Offer}, held by one wallet ({@code GET
 * /v1/vouchers/{voucherId}}). A payment that names it ({@link
 * PaymentRequest.Builder#voucher(VoucherId)}) redeems it; the clock expires it when its offer ends;
 * a refund of that payment restores it (a full refund at once while the offer runs) or forfeits it
 * (any other first refund).
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class Voucher implements Resource {
  private final VoucherId id;
  private final OfferId offerId;
  private final WalletId walletId;
  private final MerchantId merchantId;
  private final String title;
  private final VoucherStatus status;
  private final Instant validFrom;
  private final Instant validUntil;
  private final Instant issuedAt;
  private final @Nullable PaymentId paymentId;
  private final @Nullable Instant redeemedAt;
  private final @Nullable Instant endedAt;

  private Voucher(Builder builder) {
    this.id = required(builder.id, "Voucher.id");
    this.offerId = required(builder.offerId, "Voucher.offerId");
    this.walletId = required(builder.walletId, "Voucher.walletId");
    this.merchantId = required(builder.merchantId, "Voucher.merchantId");
    this.title = required(builder.title, "Voucher.title");
    this.status = required(builder.status, "Voucher.status");
    this.validFrom = required(builder.validFrom, "Voucher.validFrom");
    this.validUntil = required(builder.validUntil, "Voucher.validUntil");
    this.issuedAt = required(builder.issuedAt, "Voucher.issuedAt");
    this.paymentId = builder.paymentId;
    this.redeemedAt = builder.redeemedAt;
    this.endedAt = builder.endedAt;
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
   * Returns the voucher's id.
   *
   * @return the value
   */
  public VoucherId id() {
    return id;
  }

  /**
   * Returns the offer it is a voucher of.
   *
   * @return the value
   */
  public OfferId offerId() {
    return offerId;
  }

  /**
   * Returns the wallet that holds it.
   *
   * @return the value
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the merchant of its offer.
   *
   * @return the value
   */
  public MerchantId merchantId() {
    return merchantId;
  }

  /**
   * Returns its offer's title.
   *
   * @return the value
   */
  public String title() {
    return title;
  }

  /**
   * Returns the status.
   *
   * @return the value
   */
  public VoucherStatus status() {
    return status;
  }

  /**
   * Returns from when it can be redeemed, in server time.
   *
   * @return the value
   */
  public Instant validFrom() {
    return validFrom;
  }

  /**
   * Returns when it expires (exclusive), in server time.
   *
   * @return the value
   */
  public Instant validUntil() {
    return validUntil;
  }

  /**
   * Returns when it was issued, in server time.
   *
   * @return the value
   */
  public Instant issuedAt() {
    return issuedAt;
  }

  /**
   * Returns the payment that redeemed it; kept when a refund forfeits it.
   *
   * @return the value, if present
   */
  public Optional<PaymentId> paymentId() {
    return Optional.ofNullable(paymentId);
  }

  /**
   * Returns when a payment redeemed it.
   *
   * @return the value, if present
   */
  public Optional<Instant> redeemedAt() {
    return Optional.ofNullable(redeemedAt);
  }

  /**
   * Returns when it expired or was voided.
   *
   * @return the value, if present
   */
  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Voucher other
        && Objects.equals(id, other.id)
        && Objects.equals(offerId, other.offerId)
        && Objects.equals(walletId, other.walletId)
        && Objects.equals(merchantId, other.merchantId)
        && Objects.equals(title, other.title)
        && Objects.equals(status, other.status)
        && Objects.equals(validFrom, other.validFrom)
        && Objects.equals(validUntil, other.validUntil)
        && Objects.equals(issuedAt, other.issuedAt)
        && Objects.equals(paymentId, other.paymentId)
        && Objects.equals(redeemedAt, other.redeemedAt)
        && Objects.equals(endedAt, other.endedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        offerId,
        walletId,
        merchantId,
        title,
        status,
        validFrom,
        validUntil,
        issuedAt,
        paymentId,
        redeemedAt,
        endedAt);
  }

  @Override
  public String toString() {
    return "Voucher{"
        + "id="
        + id
        + ", offerId="
        + offerId
        + ", walletId="
        + walletId
        + ", merchantId="
        + merchantId
        + ", title="
        + title
        + ", status="
        + status
        + ", validFrom="
        + validFrom
        + ", validUntil="
        + validUntil
        + ", issuedAt="
        + issuedAt
        + ", paymentId="
        + paymentId
        + ", redeemedAt="
        + redeemedAt
        + ", endedAt="
        + endedAt
        + "}";
  }

  /** Builds a {@link Voucher}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable VoucherId id;
    private @Nullable OfferId offerId;
    private @Nullable WalletId walletId;
    private @Nullable MerchantId merchantId;
    private @Nullable String title;
    private @Nullable VoucherStatus status;
    private @Nullable Instant validFrom;
    private @Nullable Instant validUntil;
    private @Nullable Instant issuedAt;
    private @Nullable PaymentId paymentId;
    private @Nullable Instant redeemedAt;
    private @Nullable Instant endedAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(VoucherId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the offer.
     *
     * @param offerId the value
     * @return this builder
     */
    public Builder offerId(OfferId offerId) {
      this.offerId = offerId;
      return this;
    }

    /**
     * Sets the wallet.
     *
     * @param walletId the value
     * @return this builder
     */
    public Builder walletId(WalletId walletId) {
      this.walletId = walletId;
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
     * Sets the status.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(VoucherStatus status) {
      this.status = status;
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
     * Sets the issue instant.
     *
     * @param issuedAt the value
     * @return this builder
     */
    public Builder issuedAt(Instant issuedAt) {
      this.issuedAt = issuedAt;
      return this;
    }

    /**
     * Sets the payment.
     *
     * @param paymentId the value, or {@code null} for none
     * @return this builder
     */
    public Builder paymentId(@Nullable PaymentId paymentId) {
      this.paymentId = paymentId;
      return this;
    }

    /**
     * Sets the redemption instant.
     *
     * @param redeemedAt the value, or {@code null} for none
     * @return this builder
     */
    public Builder redeemedAt(@Nullable Instant redeemedAt) {
      this.redeemedAt = redeemedAt;
      return this;
    }

    /**
     * Sets the end instant.
     *
     * @param endedAt the value, or {@code null} for none
     * @return this builder
     */
    public Builder endedAt(@Nullable Instant endedAt) {
      this.endedAt = endedAt;
      return this;
    }

    /**
     * Builds the voucher.
     *
     * @return the voucher
     * @throws dev.walletsdk.InvalidRequestException if a required field is missing ({@code
     *     required})
     */
    public Voucher build() {
      return new Voucher(this);
    }
  }
}
