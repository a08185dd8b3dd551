/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to issue a consumer-presented payment token for a wallet ({@code POST /v1/qr/tokens}).
 * Immutable and thread-safe.
 */
public final class PaymentTokenRequest {
  /** The shortest lifetime a token may have. */
  public static final Duration MIN_LIFETIME = Duration.ofSeconds(10);

  /** The longest lifetime a token may have. */
  public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

  /** The lifetime of a token when none is requested. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);

  private final WalletId walletId;
  private final @Nullable Duration lifetime;
  private final @Nullable IdempotencyKey idempotencyKey;

  private PaymentTokenRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    this.lifetime = builder.lifetime;
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
   * Returns the wallet the token pays from.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the requested lifetime.
   *
   * @return the lifetime, or empty for {@link #DEFAULT_LIFETIME}
   */
  public Optional<Duration> lifetime() {
    return Optional.ofNullable(lifetime);
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
    return o instanceof PaymentTokenRequest other
        && walletId.equals(other.walletId)
        && Objects.equals(lifetime, other.lifetime)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, lifetime, idempotencyKey);
  }

  @Override
  public String toString() {
    return "PaymentTokenRequest{walletId="
        + walletId
        + ", lifetime="
        + lifetime
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link PaymentTokenRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable Duration lifetime;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the wallet the token pays from. Required.
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
     * Sets how long the token stays redeemable. Optional; whole seconds from 10 s to 5 min.
     *
     * @param lifetime the lifetime
     * @return this builder
     * @throws InvalidRequestException if the lifetime is missing, outside the bounds or not whole
     *     seconds
     */
    public Builder lifetime(Duration lifetime) {
      required(lifetime, "lifetime");
      if (lifetime.compareTo(MIN_LIFETIME) < 0
          || lifetime.compareTo(MAX_LIFETIME) > 0
          || lifetime.getNano() != 0) {
        throw InvalidRequestException.forField(
            "lifetime",
            "out_of_range",
            "lifetime must be whole seconds from 10 to 300 but was " + lifetime);
      }
      this.lifetime = lifetime;
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
     * @throws InvalidRequestException if the wallet is missing
     */
    public PaymentTokenRequest build() {
      return new PaymentTokenRequest(this);
    }
  }
}
