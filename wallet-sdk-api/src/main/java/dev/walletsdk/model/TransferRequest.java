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
 * A request to move money from a wallet to another wallet or to a bank account ({@code POST
 * /v1/transfers}).
 *
 * <p>Give either an {@code amount} in the source wallet's currency or a {@code quote} that fixes
 * the amounts of a conversion. Built with {@link #builder()}; every setter validates its argument
 * at once and {@link Builder#build()} checks the rules that span fields. Immutable and thread-safe;
 * {@link #toString()} masks the account number of a payout.
 */
public final class TransferRequest {
  /** The longest reference accepted. */
  public static final int MAX_REFERENCE_LENGTH = 64;

  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION_LENGTH = 140;

  private final WalletId from;
  private final @Nullable WalletId to;
  private final @Nullable BankAccount toAccount;
  private final @Nullable Money amount;
  private final @Nullable QuoteId quoteId;
  private final @Nullable String reference;
  private final @Nullable String description;
  private final @Nullable IdempotencyKey idempotencyKey;

  private TransferRequest(Builder builder) {
    this.from = required(builder.from, "from");
    exactlyOne(builder.to, "to", builder.toAccount, "toAccount");
    if (from.equals(builder.to)) {
      throw InvalidRequestException.forField(
          "to", "same_wallet", "to must differ from from but both are " + from);
    }
    exactlyOne(builder.amount, "amount", builder.quoteId, "quote");
    this.to = builder.to;
    this.toAccount = builder.toAccount;
    this.amount = builder.amount;
    this.quoteId = builder.quoteId;
    this.reference = builder.reference;
    this.description = builder.description;
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
   * Returns the wallet to take the money from.
   *
   * @return the source wallet's id
   */
  public WalletId from() {
    return from;
  }

  /**
   * Returns the wallet to send the money to.
   *
   * @return the destination wallet's id, or empty for a payout to a bank account
   */
  public Optional<WalletId> to() {
    return Optional.ofNullable(to);
  }

  /**
   * Returns the bank account to pay out to.
   *
   * @return the account, or empty for a transfer between wallets
   */
  public Optional<BankAccount> toAccount() {
    return Optional.ofNullable(toAccount);
  }

  /**
   * Returns the amount to send.
   *
   * @return the amount in the source wallet's currency, or empty when a quote fixes it
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns the quote that fixes the amounts of a conversion.
   *
   * @return the quote's id, or empty when an amount is given
   */
  public Optional<QuoteId> quoteId() {
    return Optional.ofNullable(quoteId);
  }

  /**
   * Returns the partner's own reference for the transfer.
   *
   * @return the reference, if set
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns the description shown to the wallet holders.
   *
   * @return the description, if set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
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
    return o instanceof TransferRequest other
        && from.equals(other.from)
        && Objects.equals(to, other.to)
        && Objects.equals(toAccount, other.toAccount)
        && Objects.equals(amount, other.amount)
        && Objects.equals(quoteId, other.quoteId)
        && Objects.equals(reference, other.reference)
        && Objects.equals(description, other.description)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        from, to, toAccount, amount, quoteId, reference, description, idempotencyKey);
  }

  /** Returns every field, with the account number of a payout masked to its last four digits. */
  @Override
  public String toString() {
    return "TransferRequest{from="
        + from
        + ", to="
        + to
        + ", toAccount="
        + toAccount
        + ", amount="
        + amount
        + ", quoteId="
        + quoteId
        + ", reference="
        + reference
        + ", description="
        + FreeText.describe(description)
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link TransferRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId from;
    private @Nullable WalletId to;
    private @Nullable BankAccount toAccount;
    private @Nullable Money amount;
    private @Nullable QuoteId quoteId;
    private @Nullable String reference;
    private @Nullable String description;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the wallet to take the money from. Required.
     *
     * @param from the source wallet's id
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder from(WalletId from) {
      this.from = required(from, "from");
      return this;
    }

    /**
     * Sets the wallet to send the money to. Set either this or {@link #toAccount(BankAccount)}.
     *
     * @param to the destination wallet's id, not the source wallet
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder to(WalletId to) {
      this.to = required(to, "to");
      return this;
    }

    /**
     * Sets the bank account to pay out to. Set either this or {@link #to(WalletId)}.
     *
     * @param toAccount the destination account
     * @return this builder
     * @throws InvalidRequestException if the account is missing
     */
    public Builder toAccount(BankAccount toAccount) {
      this.toAccount = required(toAccount, "toAccount");
      return this;
    }

    /**
     * Sets the amount to send, in the source wallet's currency. Set either this or a quote.
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
     * Sets the quote that fixes the amounts of a conversion. Set either this or an amount.
     *
     * @param quoteId the id of an open quote for the source wallet
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder quote(QuoteId quoteId) {
      this.quoteId = required(quoteId, "quote");
      return this;
    }

    /**
     * Sets the quote that fixes the amounts of a conversion, as {@link #quote(QuoteId)}.
     *
     * @param quote an open quote for the source wallet
     * @return this builder
     * @throws InvalidRequestException if the quote is missing
     */
    public Builder quote(Quote quote) {
      return quote(required(quote, "quote").id());
    }

    /**
     * Sets the partner's own reference for the transfer, such as an invoice number. Optional.
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
     * Sets the description shown to the wallet holders. Optional.
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
     * @throws InvalidRequestException if the source is missing, not exactly one of {@code to} and
     *     {@code toAccount} is set, the destination wallet is the source wallet ({@code
     *     same_wallet}), or not exactly one of {@code amount} and {@code quote} is set
     */
    public TransferRequest build() {
      return new TransferRequest(this);
    }
  }
}
