/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.optionalText;
import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.text;

import dev.walletsdk.InvalidRequestException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to open a wallet ({@code POST /v1/wallets}).
 *
 * <p>Built with {@link #builder()}; every setter validates its argument at once and {@link
 * Builder#build()} checks that required fields are present. Immutable and thread-safe.
 */
public final class OpenWalletRequest {
  /** The longest display name accepted. */
  public static final int MAX_DISPLAY_NAME_LENGTH = 100;

  /** The longest reference accepted. */
  public static final int MAX_REFERENCE_LENGTH = 64;

  /** The most currencies a wallet can be opened with. */
  public static final int MAX_CURRENCIES = 20;

  private final String displayName;
  private final List<CurrencyCode> currencies;
  private final @Nullable String reference;
  private final WalletKind kind;
  private final @Nullable Identity identity;
  private final @Nullable IdempotencyKey idempotencyKey;

  private OpenWalletRequest(Builder builder) {
    this.displayName = required(builder.displayName, "displayName");
    if (builder.currencies.isEmpty()) {
      throw InvalidRequestException.forField(
          "currencies", "required", "currencies must name at least one currency");
    }
    this.currencies = List.copyOf(builder.currencies);
    this.reference = builder.reference;
    this.kind = builder.kind;
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
   * Returns the display name.
   *
   * @return the name shown to the wallet holder
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the currencies to open the wallet with, main currency first.
   *
   * @return an immutable, non-empty list without duplicates
   */
  public List<CurrencyCode> currencies() {
    return currencies;
  }

  /**
   * Returns the partner's reference for the wallet.
   *
   * @return the reference, if set
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns whose money the wallet will hold.
   *
   * @return {@link WalletKind#PERSONAL} unless set otherwise
   */
  public WalletKind kind() {
    return kind;
  }

  /**
   * Returns the holder's identity, verified by the platform to set the wallet's KYC level.
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
    return o instanceof OpenWalletRequest other
        && displayName.equals(other.displayName)
        && currencies.equals(other.currencies)
        && Objects.equals(reference, other.reference)
        && kind == other.kind
        && Objects.equals(identity, other.identity)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(displayName, currencies, reference, kind, identity, idempotencyKey);
  }

  @Override
  public String toString() {
    return "OpenWalletRequest{displayName="
        + displayName
        + ", currencies="
        + currencies
        + ", reference="
        + reference
        + ", kind="
        + kind
        + ", identity="
        + identity
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds an {@link OpenWalletRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable String displayName;
    private final LinkedHashSet<CurrencyCode> currencies = new LinkedHashSet<>();
    private @Nullable String reference;
    private WalletKind kind = WalletKind.PERSONAL;
    private @Nullable Identity identity;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the name shown to the wallet holder. Required.
     *
     * @param displayName 1 to 100 characters, no control characters
     * @return this builder
     * @throws InvalidRequestException if the name is missing, empty, too long or has control
     *     characters
     */
    public Builder displayName(String displayName) {
      this.displayName = text(displayName, "displayName", MAX_DISPLAY_NAME_LENGTH);
      return this;
    }

    /**
     * Adds a currency to hold; the first one added is the wallet's main currency. At least one is
     * required; adding a currency twice has no further effect.
     *
     * @param currency the currency
     * @return this builder
     * @throws InvalidRequestException if the currency is missing or more than 20 are added
     */
    public Builder currency(CurrencyCode currency) {
      required(currency, "currency");
      if (!currencies.contains(currency) && currencies.size() == MAX_CURRENCIES) {
        throw tooMany();
      }
      currencies.add(currency);
      return this;
    }

    /**
     * Adds a currency by its ISO 4217 code, as {@link #currency(CurrencyCode)}.
     *
     * @param currency the code, for example {@code "EUR"}
     * @return this builder
     * @throws InvalidRequestException if the code is unknown
     */
    public Builder currency(String currency) {
      return currency(CurrencyCode.of(currency));
    }

    /**
     * Replaces the currencies to hold, main currency first.
     *
     * @param currencies the currencies
     * @return this builder
     * @throws InvalidRequestException if the list or an element is missing, or it names more than
     *     20 currencies
     */
    public Builder currencies(List<CurrencyCode> currencies) {
      LinkedHashSet<CurrencyCode> distinct =
          new LinkedHashSet<>(Checks.list(currencies, "currencies"));
      if (distinct.size() > MAX_CURRENCIES) {
        throw tooMany();
      }
      this.currencies.clear();
      this.currencies.addAll(distinct);
      return this;
    }

    private static InvalidRequestException tooMany() {
      return InvalidRequestException.forField(
          "currencies",
          "too_many",
          "currencies must not name more than " + MAX_CURRENCIES + " currencies");
    }

    /**
     * Sets the partner's own reference for the wallet, such as a customer number. Optional.
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
     * Sets whose money the wallet holds. Optional: without it the wallet is {@link
     * WalletKind#PERSONAL}. Only a {@link WalletKind#BUSINESS} wallet can issue e-invoices and send
     * batch payouts; the kind cannot be changed later.
     *
     * @param kind {@link WalletKind#PERSONAL} or {@link WalletKind#BUSINESS}
     * @return this builder
     * @throws InvalidRequestException if the kind is missing or {@link WalletKind#UNKNOWN}
     */
    public Builder kind(WalletKind kind) {
      if (required(kind, "kind") == WalletKind.UNKNOWN) {
        throw InvalidRequestException.forField(
            "kind", "invalid", "kind must be PERSONAL or BUSINESS, not UNKNOWN");
      }
      this.kind = kind;
      return this;
    }

    /**
     * Sets the holder's identity. Optional: with one the platform verifies it at once and opens the
     * wallet at the highest {@link KycLevel} the data supports; without one the wallet opens {@link
     * KycLevel#UNVERIFIED}. The client sends identity data only field-encrypted, so a client
     * without field encryption refuses the request before sending it.
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
     * @throws InvalidRequestException if the display name or the currencies are missing
     */
    public OpenWalletRequest build() {
      return new OpenWalletRequest(this);
    }
  }
}
