/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.list;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's wallet: an account that holds balances in one or more currencies.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class Wallet implements Resource {
  private final WalletId id;
  private final String displayName;
  private final @Nullable String reference;
  private final WalletStatus status;
  private final WalletKind kind;
  private final List<CurrencyCode> currencies;
  private final Instant createdAt;
  private final KycLevel kycLevel;
  private final @Nullable Instant kycVerifiedAt;

  private Wallet(Builder builder) {
    this.id = required(builder.id, "Wallet.id");
    this.displayName = required(builder.displayName, "Wallet.displayName");
    this.reference = builder.reference;
    this.status = required(builder.status, "Wallet.status");
    this.kind = required(builder.kind, "Wallet.kind");
    this.currencies = list(builder.currencies, "Wallet.currencies");
    this.createdAt = required(builder.createdAt, "Wallet.createdAt");
    this.kycLevel = required(builder.kycLevel, "Wallet.kycLevel");
    this.kycVerifiedAt = builder.kycVerifiedAt;
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
   * Returns the wallet's id.
   *
   * @return the id
   */
  public WalletId id() {
    return id;
  }

  /**
   * Returns the name shown to the wallet holder, for example the holder's name.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the partner's own reference for this wallet, such as a customer number.
   *
   * @return the reference, if one was given when the wallet was opened
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns the lifecycle state.
   *
   * @return the status
   */
  public WalletStatus status() {
    return status;
  }

  /**
   * Returns whose money the wallet holds.
   *
   * @return {@link WalletKind#PERSONAL} or {@link WalletKind#BUSINESS}; {@link WalletKind#UNKNOWN}
   *     for a kind this SDK does not know
   */
  public WalletKind kind() {
    return kind;
  }

  /**
   * Returns the currencies the wallet holds balances in, in the order they were added; the first is
   * the wallet's main currency.
   *
   * @return an immutable, non-empty list
   */
  public List<CurrencyCode> currencies() {
    return currencies;
  }

  /**
   * Returns when the wallet was opened, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns how far the holder's identity is verified; the level's limits apply to the wallet.
   *
   * @return the level; {@link KycLevel#UNKNOWN} if the server sent a level this SDK does not know,
   *     or none at all
   */
  public KycLevel kycLevel() {
    return kycLevel;
  }

  /**
   * Returns when the platform verified the current KYC level.
   *
   * @return the instant, empty while the wallet is {@link KycLevel#UNVERIFIED}
   */
  public Optional<Instant> kycVerifiedAt() {
    return Optional.ofNullable(kycVerifiedAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Wallet other
        && id.equals(other.id)
        && displayName.equals(other.displayName)
        && Objects.equals(reference, other.reference)
        && status == other.status
        && kind == other.kind
        && currencies.equals(other.currencies)
        && createdAt.equals(other.createdAt)
        && kycLevel == other.kycLevel
        && Objects.equals(kycVerifiedAt, other.kycVerifiedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, displayName, reference, status, kind, currencies, createdAt, kycLevel, kycVerifiedAt);
  }

  @Override
  public String toString() {
    return "Wallet{id="
        + id
        + ", displayName="
        + displayName
        + ", reference="
        + reference
        + ", status="
        + status
        + ", kind="
        + kind
        + ", currencies="
        + currencies
        + ", createdAt="
        + createdAt
        + ", kycLevel="
        + kycLevel
        + "}";
  }

  /** Builds a {@link Wallet}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable WalletId id;
    private @Nullable String displayName;
    private @Nullable String reference;
    private @Nullable WalletStatus status;
    private @Nullable WalletKind kind = WalletKind.PERSONAL;
    private @Nullable List<CurrencyCode> currencies;
    private @Nullable Instant createdAt;
    private KycLevel kycLevel = KycLevel.UNKNOWN;
    private @Nullable Instant kycVerifiedAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the wallet's id
     * @return this builder
     */
    public Builder id(WalletId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the display name.
     *
     * @param displayName the name shown to the holder
     * @return this builder
     */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
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
     * Sets the status.
     *
     * @param status the lifecycle state
     * @return this builder
     */
    public Builder status(WalletStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets whose money the wallet holds. Optional: a wallet built without one is {@link
     * WalletKind#PERSONAL}, as the platform opens wallets by default.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(WalletKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets the currencies.
     *
     * @param currencies the currencies held, main currency first
     * @return this builder
     */
    public Builder currencies(List<CurrencyCode> currencies) {
      this.currencies = currencies;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt when the wallet was opened
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the KYC level. Optional: a wallet built without one has {@link KycLevel#UNKNOWN}.
     *
     * @param kycLevel the level
     * @return this builder
     */
    public Builder kycLevel(KycLevel kycLevel) {
      this.kycLevel = kycLevel;
      return this;
    }

    /**
     * Sets when the KYC level was verified.
     *
     * @param kycVerifiedAt the instant, or {@code null} while unverified
     * @return this builder
     */
    public Builder kycVerifiedAt(@Nullable Instant kycVerifiedAt) {
      this.kycVerifiedAt = kycVerifiedAt;
      return this;
    }

    /**
     * Builds the wallet.
     *
     * @return the wallet
     * @throws InvalidRequestException (code {@code required}) naming the first missing field
     */
    public Wallet build() {
      return new Wallet(this);
    }
  }
}
