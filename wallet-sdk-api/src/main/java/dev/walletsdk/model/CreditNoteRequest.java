/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to issue a credit note on an open, partially paid or overdue invoice ({@code POST
 * /v1/invoices/{invoiceId}/credit-notes}): it lowers what is due by its amount, which may not
 * exceed what is due. Immutable and thread-safe.
 */
public final class CreditNoteRequest {
  /** The longest reason. */
  public static final int MAX_REASON = 140;

  private final InvoiceId invoiceId;
  private final Money amount;
  private final @Nullable String reason;
  private final @Nullable IdempotencyKey idempotencyKey;

  private CreditNoteRequest(Builder builder) {
    this.invoiceId = required(builder.invoiceId, "invoice");
    this.amount = required(builder.amount, "amount");
    this.reason = builder.reason;
    this.idempotencyKey = builder.idempotencyKey;
  }

  /**
   * Creates a request without a reason.
   *
   * @param invoice the invoice
   * @param amount greater than zero, in the invoice's currency
   * @return the request
   * @throws InvalidRequestException if a value is missing or the amount is not positive
   */
  public static CreditNoteRequest of(InvoiceId invoice, Money amount) {
    return builder().invoice(invoice).amount(amount).build();
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
   * Returns the invoice.
   *
   * @return the invoice's id
   */
  public InvoiceId invoiceId() {
    return invoiceId;
  }

  /**
   * Returns the amount credited.
   *
   * @return greater than zero
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns the reason.
   *
   * @return the reason, or empty
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
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
    return o instanceof CreditNoteRequest other
        && invoiceId.equals(other.invoiceId)
        && amount.equals(other.amount)
        && Objects.equals(reason, other.reason)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(invoiceId, amount, reason, idempotencyKey);
  }

  @Override
  public String toString() {
    return "CreditNoteRequest{invoiceId="
        + invoiceId
        + ", amount="
        + amount
        + ", reason="
        + reason
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link CreditNoteRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable InvoiceId invoiceId;
    private @Nullable Money amount;
    private @Nullable String reason;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the invoice. Required.
     *
     * @param invoiceId the invoice
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder invoice(InvoiceId invoiceId) {
      this.invoiceId = required(invoiceId, "invoice");
      return this;
    }

    /**
     * Sets the amount. Required.
     *
     * @param amount greater than zero, in the invoice's currency, at most what is due
     * @return this builder
     * @throws InvalidRequestException (code {@code zero_amount} or {@code negative_amount})
     */
    public Builder amount(Money amount) {
      this.amount = positive(amount, "amount");
      return this;
    }

    /**
     * Sets the reason. Optional.
     *
     * @param reason 1 to 140 characters without control characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException if it is empty, too long or has control characters
     */
    public Builder reason(@Nullable String reason) {
      this.reason = Checks.optionalText(reason, "reason", MAX_REASON);
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
     * @throws InvalidRequestException if the invoice or amount is missing
     */
    public CreditNoteRequest build() {
      return new CreditNoteRequest(this);
    }
  }
}
