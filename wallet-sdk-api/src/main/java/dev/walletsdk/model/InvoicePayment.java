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
 * A payment of an {@link Invoice} ({@code POST /v1/invoice-payments}): one ledger entry from the
 * payer's wallet to the issuer's, with a signed receipt.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class InvoicePayment implements Resource {
  private final InvoicePaymentId id;
  private final InvoiceId invoiceId;
  private final String creditorReference;
  private final WalletId walletId;
  private final WalletId payeeWalletId;
  private final Money amount;
  private final Money amountDueAfter;
  private final InvoiceStatus invoiceStatus;
  private final Instant createdAt;
  private final @Nullable Receipt receipt;

  private InvoicePayment(Builder builder) {
    this.id = required(builder.id, "InvoicePayment.id");
    this.invoiceId = required(builder.invoiceId, "InvoicePayment.invoiceId");
    this.creditorReference =
        required(builder.creditorReference, "InvoicePayment.creditorReference");
    this.walletId = required(builder.walletId, "InvoicePayment.walletId");
    this.payeeWalletId = required(builder.payeeWalletId, "InvoicePayment.payeeWalletId");
    this.amount = required(builder.amount, "InvoicePayment.amount");
    this.amountDueAfter = required(builder.amountDueAfter, "InvoicePayment.amountDueAfter");
    this.invoiceStatus = required(builder.invoiceStatus, "InvoicePayment.invoiceStatus");
    this.createdAt = required(builder.createdAt, "InvoicePayment.createdAt");
    this.receipt = builder.receipt;
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
   * Returns the id.
   *
   * @return the value
   */
  public InvoicePaymentId id() {
    return id;
  }

  /**
   * Returns the invoice paid.
   *
   * @return the value
   */
  public InvoiceId invoiceId() {
    return invoiceId;
  }

  /**
   * Returns the invoice's creditor reference.
   *
   * @return the value
   */
  public String creditorReference() {
    return creditorReference;
  }

  /**
   * Returns the paying wallet.
   *
   * @return the value
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the issuing wallet, credited.
   *
   * @return the value
   */
  public WalletId payeeWalletId() {
    return payeeWalletId;
  }

  /**
   * Returns what was paid.
   *
   * @return the value
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns what remained due on the invoice after this payment.
   *
   * @return the value
   */
  public Money amountDueAfter() {
    return amountDueAfter;
  }

  /**
   * Returns the invoice's status after this payment.
   *
   * @return the value
   */
  public InvoiceStatus invoiceStatus() {
    return invoiceStatus;
  }

  /**
   * Returns when it was made.
   *
   * @return the value
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns the platform's signed receipt.
   *
   * @return the value, or empty if absent
   */
  public Optional<Receipt> receipt() {
    return Optional.ofNullable(receipt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InvoicePayment other
        && Objects.equals(id, other.id)
        && Objects.equals(invoiceId, other.invoiceId)
        && Objects.equals(creditorReference, other.creditorReference)
        && Objects.equals(walletId, other.walletId)
        && Objects.equals(payeeWalletId, other.payeeWalletId)
        && Objects.equals(amount, other.amount)
        && Objects.equals(amountDueAfter, other.amountDueAfter)
        && Objects.equals(invoiceStatus, other.invoiceStatus)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(receipt, other.receipt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        invoiceId,
        creditorReference,
        walletId,
        payeeWalletId,
        amount,
        amountDueAfter,
        invoiceStatus,
        createdAt,
        receipt);
  }

  @Override
  public String toString() {
    return "InvoicePayment{id="
        + id
        + ", invoiceId="
        + invoiceId
        + ", creditorReference="
        + creditorReference
        + ", walletId="
        + walletId
        + ", payeeWalletId="
        + payeeWalletId
        + ", amount="
        + amount
        + ", amountDueAfter="
        + amountDueAfter
        + ", invoiceStatus="
        + invoiceStatus
        + ", createdAt="
        + createdAt
        + ", receipt="
        + receipt
        + "}";
  }

  /** Builds a {@link InvoicePayment}; {@link #build()} checks that every required value is set. */
  public static final class Builder {
    private @Nullable InvoicePaymentId id;
    private @Nullable InvoiceId invoiceId;
    private @Nullable String creditorReference;
    private @Nullable WalletId walletId;
    private @Nullable WalletId payeeWalletId;
    private @Nullable Money amount;
    private @Nullable Money amountDueAfter;
    private @Nullable InvoiceStatus invoiceStatus;
    private @Nullable Instant createdAt;
    private @Nullable Receipt receipt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable InvoicePaymentId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the invoice paid.
     *
     * @param invoiceId the value
     * @return this builder
     */
    public Builder invoiceId(@Nullable InvoiceId invoiceId) {
      this.invoiceId = invoiceId;
      return this;
    }

    /**
     * Sets the invoice's creditor reference.
     *
     * @param creditorReference the value
     * @return this builder
     */
    public Builder creditorReference(@Nullable String creditorReference) {
      this.creditorReference = creditorReference;
      return this;
    }

    /**
     * Sets the paying wallet.
     *
     * @param walletId the value
     * @return this builder
     */
    public Builder walletId(@Nullable WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the issuing wallet, credited.
     *
     * @param payeeWalletId the value
     * @return this builder
     */
    public Builder payeeWalletId(@Nullable WalletId payeeWalletId) {
      this.payeeWalletId = payeeWalletId;
      return this;
    }

    /**
     * Sets what was paid.
     *
     * @param amount the value
     * @return this builder
     */
    public Builder amount(@Nullable Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets what remained due on the invoice after this payment.
     *
     * @param amountDueAfter the value
     * @return this builder
     */
    public Builder amountDueAfter(@Nullable Money amountDueAfter) {
      this.amountDueAfter = amountDueAfter;
      return this;
    }

    /**
     * Sets the invoice's status after this payment.
     *
     * @param invoiceStatus the value
     * @return this builder
     */
    public Builder invoiceStatus(@Nullable InvoiceStatus invoiceStatus) {
      this.invoiceStatus = invoiceStatus;
      return this;
    }

    /**
     * Sets when it was made.
     *
     * @param createdAt the value
     * @return this builder
     */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the platform's signed receipt.
     *
     * @param receipt the value, or {@code null} if absent
     * @return this builder
     */
    public Builder receipt(@Nullable Receipt receipt) {
      this.receipt = receipt;
      return this;
    }

    /**
     * Builds the InvoicePayment.
     *
     * @return the InvoicePayment
     * @throws dev.walletsdk.InvalidRequestException if a required value is missing
     */
    public InvoicePayment build() {
      return new InvoicePayment(this);
    }
  }
}
