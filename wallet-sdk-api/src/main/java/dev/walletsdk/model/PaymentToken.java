/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.nonEmpty;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A consumer-presented payment token: a short-lived, single-use code the wallet holder shows as a
 * QR code and a merchant redeems once to be paid from the wallet.
 *
 * <p>{@link #payload()} is the text to render as the QR code. It is signed by the platform and
 * names the token, not the wallet; it stops working at {@link #expiresAt()} (server time) and after
 * the first redemption. Immutable and thread-safe; {@link #toString()} omits the payload, which is
 * a bearer credential until it expires.
 */
public final class PaymentToken implements Resource {
  private final PaymentTokenId id;
  private final WalletId walletId;
  private final String payload;
  private final PaymentTokenStatus status;
  private final @Nullable PaymentId paymentId;
  private final Instant createdAt;
  private final Instant expiresAt;

  private PaymentToken(Builder builder) {
    this.id = required(builder.id, "PaymentToken.id");
    this.walletId = required(builder.walletId, "PaymentToken.walletId");
    this.payload = nonEmpty(builder.payload, "PaymentToken.payload");
    this.status = required(builder.status, "PaymentToken.status");
    this.paymentId = builder.paymentId;
    this.createdAt = required(builder.createdAt, "PaymentToken.createdAt");
    this.expiresAt = required(builder.expiresAt, "PaymentToken.expiresAt");
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
   * Returns the token's id.
   *
   * @return the id
   */
  public PaymentTokenId id() {
    return id;
  }

  /**
   * Returns the wallet the token pays from.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the signed text to render as a QR code.
   *
   * @return the payload
   */
  public String payload() {
    return payload;
  }

  /**
   * Returns the state when the server sent the token.
   *
   * @return the status
   */
  public PaymentTokenStatus status() {
    return status;
  }

  /**
   * Returns the payment made by redeeming the token.
   *
   * @return the payment's id, once redeemed
   */
  public Optional<PaymentId> paymentId() {
    return Optional.ofNullable(paymentId);
  }

  /**
   * Returns when the token was issued, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns when the token stops being redeemable, in server time.
   *
   * @return the expiry instant
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PaymentToken other
        && id.equals(other.id)
        && walletId.equals(other.walletId)
        && payload.equals(other.payload)
        && status == other.status
        && Objects.equals(paymentId, other.paymentId)
        && createdAt.equals(other.createdAt)
        && expiresAt.equals(other.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, walletId, payload, status, paymentId, createdAt, expiresAt);
  }

  @Override
  public String toString() {
    return "PaymentToken{id="
        + id
        + ", walletId="
        + walletId
        + ", status="
        + status
        + ", paymentId="
        + paymentId
        + ", createdAt="
        + createdAt
        + ", expiresAt="
        + expiresAt
        + "}";
  }

  /** Builds a {@link PaymentToken}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable PaymentTokenId id;
    private @Nullable WalletId walletId;
    private @Nullable String payload;
    private @Nullable PaymentTokenStatus status;
    private @Nullable PaymentId paymentId;
    private @Nullable Instant createdAt;
    private @Nullable Instant expiresAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the token's id
     * @return this builder
     */
    public Builder id(PaymentTokenId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the wallet.
     *
     * @param walletId the wallet the token pays from
     * @return this builder
     */
    public Builder walletId(WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the payload.
     *
     * @param payload the signed QR text
     * @return this builder
     */
    public Builder payload(String payload) {
      this.payload = payload;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the token's state
     * @return this builder
     */
    public Builder status(PaymentTokenStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the payment made by redeeming the token.
     *
     * @param paymentId the payment, or {@code null} if not redeemed
     * @return this builder
     */
    public Builder paymentId(@Nullable PaymentId paymentId) {
      this.paymentId = paymentId;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt when the token was issued
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the expiry instant.
     *
     * @param expiresAt when the token stops being redeemable
     * @return this builder
     */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /**
     * Builds the token.
     *
     * @return the token
     * @throws InvalidRequestException if a required field is missing
     */
    public PaymentToken build() {
      return new PaymentToken(this);
    }
  }
}
