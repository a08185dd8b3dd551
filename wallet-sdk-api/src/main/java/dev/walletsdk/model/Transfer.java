/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.exactlyOne;
import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.sameCurrency;

import dev.walletsdk.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A movement of money from a wallet to another wallet or, as a payout, to a bank account.
 *
 * <p>Exactly one of {@link #destinationWalletId()} and {@link #destinationAccount()} is present. A
 * transfer between wallets completes at once; a payout stays {@link TransferStatus#PENDING} until
 * the bank settles it. Immutable and thread-safe. Built by the client from server responses; tests
 * may build their own with {@link #builder()}.
 */
public final class Transfer implements Resource {
  private final TransferId id;
  private final WalletId sourceWalletId;
  private final @Nullable WalletId destinationWalletId;
  private final @Nullable BankAccountSummary destinationAccount;
  private final Money sourceAmount;
  private final Money destinationAmount;
  private final Money fee;
  private final @Nullable BigDecimal rate;
  private final @Nullable QuoteId quoteId;
  private final @Nullable String reference;
  private final @Nullable String description;
  private final TransferStatus status;
  private final Instant createdAt;
  private final @Nullable Receipt receipt;

  private Transfer(Builder builder) {
    this.id = required(builder.id, "Transfer.id");
    this.sourceWalletId = required(builder.sourceWalletId, "Transfer.sourceWalletId");
    this.destinationWalletId = builder.destinationWalletId;
    this.destinationAccount = builder.destinationAccount;
    this.sourceAmount = required(builder.sourceAmount, "Transfer.sourceAmount");
    this.destinationAmount = required(builder.destinationAmount, "Transfer.destinationAmount");
    this.fee = required(builder.fee, "Transfer.fee");
    this.rate = builder.rate;
    this.quoteId = builder.quoteId;
    this.reference = builder.reference;
    this.description = builder.description;
    this.status = required(builder.status, "Transfer.status");
    this.createdAt = required(builder.createdAt, "Transfer.createdAt");
    this.receipt = builder.receipt;
    exactlyOne(
        destinationWalletId,
        "Transfer.destinationWalletId",
        destinationAccount,
        "Transfer.destinationAccount");
    sameCurrency(fee, "Transfer.fee", sourceAmount, "sourceAmount");
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
   * Returns the transfer's id.
   *
   * @return the id
   */
  public TransferId id() {
    return id;
  }

  /**
   * Returns the wallet the money came from.
   *
   * @return the source wallet's id
   */
  public WalletId sourceWalletId() {
    return sourceWalletId;
  }

  /**
   * Returns the wallet the money went to.
   *
   * @return the destination wallet's id, or empty for a payout to a bank account
   */
  public Optional<WalletId> destinationWalletId() {
    return Optional.ofNullable(destinationWalletId);
  }

  /**
   * Returns the bank account the money was paid out to.
   *
   * @return the account, masked, or empty for a transfer between wallets
   */
  public Optional<BankAccountSummary> destinationAccount() {
    return Optional.ofNullable(destinationAccount);
  }

  /**
   * Returns what was debited from the source wallet, fee included.
   *
   * @return the source amount, in the source wallet's currency
   */
  public Money sourceAmount() {
    return sourceAmount;
  }

  /**
   * Returns what was credited to the destination.
   *
   * @return the destination amount, in the destination's currency
   */
  public Money destinationAmount() {
    return destinationAmount;
  }

  /**
   * Returns the fee, which is part of {@link #sourceAmount()}.
   *
   * @return the fee in the source currency; zero when there is none
   */
  public Money fee() {
    return fee;
  }

  /**
   * Returns the exchange rate applied.
   *
   * @return units of the destination currency per unit of the source currency, present when the
   *     currencies differ
   */
  public Optional<BigDecimal> rate() {
    return Optional.ofNullable(rate);
  }

  /**
   * Returns the quote the transfer used to convert currencies.
   *
   * @return the quote's id, if the transfer was made with a quote
   */
  public Optional<QuoteId> quoteId() {
    return Optional.ofNullable(quoteId);
  }

  /**
   * Returns the partner's own reference for the transfer, such as an invoice number.
   *
   * @return the reference, if one was given
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Returns the description shown to the wallet holders.
   *
   * @return the description, if one was given
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the state when the server sent the transfer.
   *
   * @return the status
   */
  public TransferStatus status() {
    return status;
  }

  /**
   * Returns when the transfer was made, in server time.
   *
   * @return the creation instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns the server's signed receipt for the transfer.
   *
   * @return the receipt, if the server sent one
   */
  public Optional<Receipt> receipt() {
    return Optional.ofNullable(receipt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Transfer other
        && id.equals(other.id)
        && sourceWalletId.equals(other.sourceWalletId)
        && Objects.equals(destinationWalletId, other.destinationWalletId)
        && Objects.equals(destinationAccount, other.destinationAccount)
        && sourceAmount.equals(other.sourceAmount)
        && destinationAmount.equals(other.destinationAmount)
        && fee.equals(other.fee)
        && Objects.equals(rate, other.rate)
        && Objects.equals(quoteId, other.quoteId)
        && Objects.equals(reference, other.reference)
        && Objects.equals(description, other.description)
        && status == other.status
        && createdAt.equals(other.createdAt)
        && Objects.equals(receipt, other.receipt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        sourceWalletId,
        destinationWalletId,
        destinationAccount,
        sourceAmount,
        destinationAmount,
        fee,
        rate,
        quoteId,
        reference,
        description,
        status,
        createdAt,
        receipt);
  }

  @Override
  public String toString() {
    return "Transfer{id="
        + id
        + ", sourceWalletId="
        + sourceWalletId
        + ", destinationWalletId="
        + destinationWalletId
        + ", destinationAccount="
        + destinationAccount
        + ", sourceAmount="
        + sourceAmount
        + ", destinationAmount="
        + destinationAmount
        + ", fee="
        + fee
        + ", rate="
        + (rate == null ? null : rate.toPlainString())
        + ", quoteId="
        + quoteId
        + ", reference="
        + reference
        + ", description="
        + FreeText.describe(description)
        + ", status="
        + status
        + ", createdAt="
        + createdAt
        + ", receipt="
        + receipt
        + "}";
  }

  /** Builds a {@link Transfer}; {@link #build()} throws if a required field is missing. */
  public static final class Builder {
    private @Nullable TransferId id;
    private @Nullable WalletId sourceWalletId;
    private @Nullable WalletId destinationWalletId;
    private @Nullable BankAccountSummary destinationAccount;
    private @Nullable Money sourceAmount;
    private @Nullable Money destinationAmount;
    private @Nullable Money fee;
    private @Nullable BigDecimal rate;
    private @Nullable QuoteId quoteId;
    private @Nullable String reference;
    private @Nullable String description;
    private @Nullable TransferStatus status;
    private @Nullable Instant createdAt;
    private @Nullable Receipt receipt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the transfer's id
     * @return this builder
     */
    public Builder id(TransferId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the source wallet.
     *
     * @param sourceWalletId the wallet the money came from
     * @return this builder
     */
    public Builder sourceWalletId(WalletId sourceWalletId) {
      this.sourceWalletId = sourceWalletId;
      return this;
    }

    /**
     * Sets the destination wallet; set either this or {@link #destinationAccount}.
     *
     * @param destinationWalletId the wallet the money went to, or {@code null} for a payout
     * @return this builder
     */
    public Builder destinationWalletId(@Nullable WalletId destinationWalletId) {
      this.destinationWalletId = destinationWalletId;
      return this;
    }

    /**
     * Sets the destination bank account; set either this or {@link #destinationWalletId}.
     *
     * @param destinationAccount the account paid out to, or {@code null} for a wallet transfer
     * @return this builder
     */
    public Builder destinationAccount(@Nullable BankAccountSummary destinationAccount) {
      this.destinationAccount = destinationAccount;
      return this;
    }

    /**
     * Sets the amount debited from the source.
     *
     * @param sourceAmount the source amount, fee included
     * @return this builder
     */
    public Builder sourceAmount(Money sourceAmount) {
      this.sourceAmount = sourceAmount;
      return this;
    }

    /**
     * Sets the amount credited to the destination.
     *
     * @param destinationAmount the destination amount
     * @return this builder
     */
    public Builder destinationAmount(Money destinationAmount) {
      this.destinationAmount = destinationAmount;
      return this;
    }

    /**
     * Sets the fee.
     *
     * @param fee the fee in the source currency
     * @return this builder
     */
    public Builder fee(Money fee) {
      this.fee = fee;
      return this;
    }

    /**
     * Sets the rate.
     *
     * @param rate units of the destination currency per unit of the source currency, or {@code
     *     null} when the currencies are the same
     * @return this builder
     */
    public Builder rate(@Nullable BigDecimal rate) {
      this.rate = rate;
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
     * Sets the status.
     *
     * @param status the transfer's state
     * @return this builder
     */
    public Builder status(TransferStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the creation instant.
     *
     * @param createdAt when the transfer was made
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
     * Builds the transfer.
     *
     * @return the transfer
     * @throws InvalidRequestException if a required field is missing ({@code required}), both or
     *     neither destinations are set ({@code required} or {@code mutually_exclusive}), or the fee
     *     is not in the source currency ({@code currency_mismatch})
     */
    public Transfer build() {
      return new Transfer(this);
    }
  }
}
