/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to issue an e-invoice from a business wallet ({@code POST
 * /v1/wallets/{walletId}/invoices}): 1 to 100 lines priced in the invoice's currency, a due date,
 * and whether partial payments are allowed. Immutable and thread-safe.
 */
public final class InvoiceRequest {
  /** The most lines an invoice may have. */
  public static final int MAX_LINES = 100;

  private final WalletId walletId;
  private final CurrencyCode currency;
  private final List<InvoiceLineRequest> lines;
  private final LocalDate dueDate;
  private final boolean allowPartialPayments;
  private final @Nullable IdempotencyKey idempotencyKey;

  private InvoiceRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    this.currency = required(builder.currency, "currency");
    this.dueDate = required(builder.dueDate, "dueDate");
    if (builder.lines.isEmpty()) {
      throw InvalidRequestException.forField("lines", "required", "lines needs at least one line");
    }
    for (int i = 0; i < builder.lines.size(); i++) {
      Money price = builder.lines.get(i).unitPrice();
      if (price.currency() != currency) {
        throw InvalidRequestException.forField(
            "lines[" + i + "].unitPrice",
            "currency_mismatch",
            "lines[" + i + "].unitPrice is in " + price.currency() + ", not " + currency);
      }
    }
    this.lines = List.copyOf(builder.lines);
    this.allowPartialPayments = builder.allowPartialPayments;
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
   * Returns the issuing wallet.
   *
   * @return a business wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the currency.
   *
   * @return the currency of every line
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the lines.
   *
   * @return 1 to 100 lines, in order
   */
  public List<InvoiceLineRequest> lines() {
    return lines;
  }

  /**
   * Returns the due date.
   *
   * @return the last day payable before the invoice is overdue (UTC)
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Returns whether partial payments are allowed.
   *
   * @return whether a payer may pay less than what is due
   */
  public boolean allowPartialPayments() {
    return allowPartialPayments;
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
    return o instanceof InvoiceRequest other
        && walletId.equals(other.walletId)
        && currency == other.currency
        && lines.equals(other.lines)
        && dueDate.equals(other.dueDate)
        && allowPartialPayments == other.allowPartialPayments
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, currency, lines, dueDate, allowPartialPayments, idempotencyKey);
  }

  @Override
  public String toString() {
    return "InvoiceRequest{walletId="
        + walletId
        + ", currency="
        + currency
        + ", lines="
        + lines
        + ", dueDate="
        + dueDate
        + ", allowPartialPayments="
        + allowPartialPayments
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds an {@link InvoiceRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable CurrencyCode currency;
    private final List<InvoiceLineRequest> lines = new ArrayList<>();
    private @Nullable LocalDate dueDate;
    private boolean allowPartialPayments;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the issuing wallet. Required; it must be a business wallet.
     *
     * @param walletId the wallet
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder wallet(WalletId walletId) {
      this.walletId = required(walletId, "wallet");
      return this;
    }

    /**
     * Sets the currency. Required; the wallet must hold it.
     *
     * @param currency the currency of every line
     * @return this builder
     * @throws InvalidRequestException if it is missing
     */
    public Builder currency(CurrencyCode currency) {
      this.currency = required(currency, "currency");
      return this;
    }

    /**
     * Adds a line. At least one is required, at most 100.
     *
     * @param line the line
     * @return this builder
     * @throws InvalidRequestException if it is missing or the invoice already has 100 lines
     */
    public Builder line(InvoiceLineRequest line) {
      required(line, "line");
      if (lines.size() == MAX_LINES) {
        throw InvalidRequestException.forField(
            "lines", "too_many", "an invoice has at most " + MAX_LINES + " lines");
      }
      lines.add(line);
      return this;
    }

    /**
     * Sets the due date. Required; today or later on the platform's clock (UTC).
     *
     * @param dueDate the last day payable before the invoice is overdue
     * @return this builder
     * @throws InvalidRequestException if it is missing
     */
    public Builder dueDate(LocalDate dueDate) {
      this.dueDate = required(dueDate, "dueDate");
      return this;
    }

    /**
     * Sets whether payers may pay less than what is due. Optional; {@code false} unless set.
     *
     * @param allowPartialPayments whether partial payments are allowed
     * @return this builder
     */
    public Builder allowPartialPayments(boolean allowPartialPayments) {
      this.allowPartialPayments = allowPartialPayments;
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
     * @throws InvalidRequestException if a required value is missing or a line's price is in
     *     another currency
     */
    public InvoiceRequest build() {
      return new InvoiceRequest(this);
    }
  }
}
