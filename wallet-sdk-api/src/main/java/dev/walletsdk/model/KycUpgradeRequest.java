/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to raise a wallet's KYC level ({@code POST /v1/wallets/{walletId}/kyc}).
 *
 * <p>The identity is optional when the wallet already holds one that supports the level; when the
 * wallet holds one, a new identity's name and date of birth must match it. Built with {@link
 * #builder()}; immutable and thread-safe.
 */
public final class KycUpgradeRequest {
  private final WalletId walletId;
  private final KycLevel level;
  private final @Nullable Identity identity;
  private final @Nullable IdempotencyKey idempotencyKey;

  private KycUpgradeRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    this.level = required(builder.level, "level");
    this.identity = builder.identity;
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
   * Returns the wallet to upgrade.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the level asked for.
   *
   * @return {@link KycLevel#BASIC} or {@link KycLevel#FULL}
   */
  public KycLevel level() {
    return level;
  }

  /**
   * Returns the identity to verify.
   *
   * @return the identity, if given; sent field-encrypted
   */
  public Optional<Identity> identity() {
    return Optional.ofNullable(identity);
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
    return o instanceof KycUpgradeRequest other
        && walletId.equals(other.walletId)
        && level == other.level
        && Objects.equals(identity, other.identity)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, level, identity, idempotencyKey);
  }

  @Override
  public String toString() {
    return "KycUpgradeRequest{walletId="
        + walletId
        + ", level="
        + level
        + ", identity="
        + identity
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link KycUpgradeRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable KycLevel level;
    private @Nullable Identity identity;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the wallet to upgrade. Required.
     *
     * @param walletId the wallet's id
     * @return this builder
     * @throws InvalidRequestException if missing
     */
    public Builder wallet(WalletId walletId) {
      this.walletId = required(walletId, "wallet");
      return this;
    }

    /**
     * Sets the level asked for. Required.
     *
     * @param level {@link KycLevel#BASIC} or {@link KycLevel#FULL}
     * @return this builder
     * @throws InvalidRequestException if missing, {@link KycLevel#UNVERIFIED} or {@link
     *     KycLevel#UNKNOWN}
     */
    public Builder level(KycLevel level) {
      required(level, "level");
      if (level != KycLevel.BASIC && level != KycLevel.FULL) {
        throw InvalidRequestException.forField(
            "level", "invalid_level", "level must be BASIC or FULL but was " + level);
      }
      this.level = level;
      return this;
    }

    /**
     * Sets the identity to verify. Optional when the wallet already holds one that supports the
     * level.
     *
     * @param identity the identity, or {@code null} for none
     * @return this builder
     */
    public Builder identity(@Nullable Identity identity) {
      this.identity = identity;
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
     * @throws InvalidRequestException if the wallet or the level is missing
     */
    public KycUpgradeRequest build() {
      return new KycUpgradeRequest(this);
    }
  }
}
