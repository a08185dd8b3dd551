/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.list;
import static dev.walletsdk.model.Checks.required;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An e-invoice issued by a business wallet ({@code GET /v1/invoices/{invoiceId}}). What it was paid
 * is read from the ledger's payment entries, and its {@link #status()} follows from that: {@code
 * amountDue = total - amountCredited - amountPaid}.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class Invoice implements Resource {
  private final InvoiceId id;
  private final WalletId walletId;
  private final String creditorReference;
  private final InvoiceStatus status;
  private final CurrencyCode currency;
  private final List<InvoiceLine> lines;
  private final Money netTotal;
  private final Money taxTotal;
  private final Money total;
  private final Money amountCredited;
  private final Money amountPaid;
  private final Money amountDue;
  private final boolean allowPartialPayments;
  private final LocalDate dueDate;
  private final @Nullable String qrPayload;
  private final List<CreditNote> creditNotes;
  private final Instant issuedAt;
  private final @Nullable Instant overdueAt;
  private final @Nullable Instant voidedAt;
  private final @Nullable Instant settledAt;

  private Invoice(Builder builder) {
    this.id = required(builder.id, "Invoice.id");
    this.walletId = required(builder.walletId, "Invoice.walletId");
    this.creditorReference = required(builder.creditorReference, "Invoice.creditorReference");
    this.status = required(builder.status, "Invoice.status");
    this.currency = required(builder.currency, "Invoice.currency");
    this.lines = list(builder.lines, "Invoice.lines");
    this.netTotal = required(builder.netTotal, "Invoice.netTotal");
    this.taxTotal = required(builder.taxTotal, "Invoice.taxTotal");
    this.total = required(builder.total, "Invoice.total");
    this.amountCredited = required(builder.amountCredited, "Invoice.amountCredited");
    this.amountPaid = required(builder.amountPaid, "Invoice.amountPaid");
    this.amountDue = required(builder.amountDue, "Invoice.amountDue");
    this.allowPartialPayments =
        required(builder.allowPartialPayments, "Invoice.allowPartialPayments");
    this.dueDate = required(builder.dueDate, "Invoice.dueDate");
    this.qrPayload = builder.qrPayload;
    this.creditNotes = list(builder.creditNotes, "Invoice.creditNotes");
    this.issuedAt = required(builder.issuedAt, "Invoice.issuedAt");
    this.overdueAt = builder.overdueAt;
    this.voidedAt = builder.voidedAt;
    this.settledAt = builder.settledAt;
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
  public InvoiceId id() {
    return id;
  }

  /**
   * Returns the issuing business wallet, which payments credit.
   *
   * @return the value
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the payable ISO 11649 creditor reference ({@code RF}, two check digits, the invoice
   * number).
   *
   * @return the value
   */
  public String creditorReference() {
    return creditorReference;
  }

  /**
   * Returns the status.
   *
   * @return the value
   */
  public InvoiceStatus status() {
    return status;
  }

  /**
   * Returns the currency of every amount.
   *
   * @return the value
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the lines, in the order issued.
   *
   * @return the value
   */
  public List<InvoiceLine> lines() {
    return lines;
  }

  /**
   * Returns the sum of the lines' nets.
   *
   * @return the value
   */
  public Money netTotal() {
    return netTotal;
  }

  /**
   * Returns the sum of the lines' taxes.
   *
   * @return the value
   */
  public Money taxTotal() {
    return taxTotal;
  }

  /**
   * Returns what was invoiced: net total plus tax total.
   *
   * @return the value
   */
  public Money total() {
    return total;
  }

  /**
   * Returns the sum of the credit notes.
   *
   * @return the value
   */
  public Money amountCredited() {
    return amountCredited;
  }

  /**
   * Returns the sum of the payments, as the ledger shows them.
   *
   * @return the value
   */
  public Money amountPaid() {
    return amountPaid;
  }

  /**
   * Returns what remains payable.
   *
   * @return the value
   */
  public Money amountDue() {
    return amountDue;
  }

  /**
   * Returns whether a payer may pay less than what is due.
   *
   * @return the value
   */
  public boolean allowPartialPayments() {
    return allowPartialPayments;
  }

  /**
   * Returns the last day payable before the invoice is overdue (UTC).
   *
   * @return the value
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Returns the EMVCo dynamic QR code for the amount due, while the invoice takes payments.
   *
   * @return the value, or empty if absent
   */
  public Optional<String> qrPayload() {
    return Optional.ofNullable(qrPayload);
  }

  /**
   * Returns the credit notes, oldest first.
   *
   * @return the value
   */
  public List<CreditNote> creditNotes() {
    return creditNotes;
  }

  /**
   * Returns when it was issued.
   *
   * @return the value
   */
  public Instant issuedAt() {
    return issuedAt;
  }

  /**
   * Returns when it fell overdue.
   *
   * @return the value, or empty if absent
   */
  public Optional<Instant> overdueAt() {
    return Optional.ofNullable(overdueAt);
  }

  /**
   * Returns when it was voided.
   *
   * @return the value, or empty if absent
   */
  public Optional<Instant> voidedAt() {
    return Optional.ofNullable(voidedAt);
  }

  /**
   * Returns when nothing remained due.
   *
   * @return the value, or empty if absent
   */
  public Optional<Instant> settledAt() {
    return Optional.ofNullable(settledAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Invoice other
        && Objects.equals(id, other.id)
        && Objects.equals(walletId, other.walletId)
        && Objects.equals(creditorReference, other.creditorReference)
        && Objects.equals(status, other.status)
        && Objects.equals(currency, other.currency)
        && Objects.equals(lines, other.lines)
        && Objects.equals(netTotal, other.netTotal)
        && Objects.equals(taxTotal, other.taxTotal)
        && Objects.equals(total, other.total)
        && Objects.equals(amountCredited, other.amountCredited)
        && Objects.equals(amountPaid, other.amountPaid)
        && Objects.equals(amountDue, other.amountDue)
        && allowPartialPayments == other.allowPartialPayments
        && Objects.equals(dueDate, other.dueDate)
        && Objects.equals(qrPayload, other.qrPayload)
        && Objects.equals(creditNotes, other.creditNotes)
        && Objects.equals(issuedAt, other.issuedAt)
        && Objects.equals(overdueAt, other.overdueAt)
        && Objects.equals(voidedAt, other.voidedAt)
        && Objects.equals(settledAt, other.settledAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        walletId,
        creditorReference,
        status,
        currency,
        lines,
        netTotal,
        taxTotal,
        total,
        amountCredited,
        amountPaid,
        amountDue,
        allowPartialPayments,
        dueDate,
        qrPayload,
        creditNotes,
        issuedAt,
        overdueAt,
        voidedAt,
        settledAt);
  }

  @Override
  public String toString() {
    return "Invoice{id="
        + id
        + ", walletId="
        + walletId
        + ", creditorReference="
        + creditorReference
        + ", status="
        + status
        + ", currency="
        + currency
        + ", lines="
        + lines
        + ", netTotal="
        + netTotal
        + ", taxTotal="
        + taxTotal
        + ", total="
        + total
        + ", amountCredited="
        + amountCredited
        + ", amountPaid="
        + amountPaid
        + ", amountDue="
        + amountDue
        + ", allowPartialPayments="
        + allowPartialPayments
        + ", dueDate="
        + dueDate
        + ", qrPayload="
        + qrPayload
        + ", creditNotes="
        + creditNotes
        + ", issuedAt="
        + issuedAt
        + ", overdueAt="
        + overdueAt
        + ", voidedAt="
        + voidedAt
        + ", settledAt="
        + settledAt
        + "}";
  }

  /** Builds a {@link Invoice}; {@link #build()} checks that every required value is set. */
  public static final class Builder {
    private @Nullable InvoiceId id;
    private @Nullable WalletId walletId;
    private @Nullable String creditorReference;
    private @Nullable InvoiceStatus status;
    private @Nullable CurrencyCode currency;
    private @Nullable List<InvoiceLine> lines;
    private @Nullable Money netTotal;
    private @Nullable Money taxTotal;
    private @Nullable Money total;
    private @Nullable Money amountCredited;
    private @Nullable Money amountPaid;
    private @Nullable Money amountDue;
    private @Nullable Boolean allowPartialPayments;
    private @Nullable LocalDate dueDate;
    private @Nullable String qrPayload;
    private @Nullable List<CreditNote> creditNotes;
    private @Nullable Instant issuedAt;
    private @Nullable Instant overdueAt;
    private @Nullable Instant voidedAt;
    private @Nullable Instant settledAt;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable InvoiceId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the issuing business wallet, which payments credit.
     *
     * @param walletId the value
     * @return this builder
     */
    public Builder walletId(@Nullable WalletId walletId) {
      this.walletId = walletId;
      return this;
    }

    /**
     * Sets the payable ISO 11649 creditor reference ({@code RF}, two check digits, the invoice
     * number).
     *
     * @param creditorReference the value
     * @return this builder
     */
    public Builder creditorReference(@Nullable String creditorReference) {
      this.creditorReference = creditorReference;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(@Nullable InvoiceStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the currency of every amount.
     *
     * @param currency the value
     * @return this builder
     */
    public Builder currency(@Nullable CurrencyCode currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets the lines, in the order issued.
     *
     * @param lines the value
     * @return this builder
     */
    public Builder lines(@Nullable List<InvoiceLine> lines) {
      this.lines = lines;
      return this;
    }

    /**
     * Sets the sum of the lines' nets.
     *
     * @param netTotal the value
     * @return this builder
     */
    public Builder netTotal(@Nullable Money netTotal) {
      this.netTotal = netTotal;
      return this;
    }

    /**
     * Sets the sum of the lines' taxes.
     *
     * @param taxTotal the value
     * @return this builder
     */
    public Builder taxTotal(@Nullable Money taxTotal) {
      this.taxTotal = taxTotal;
      return this;
    }

    /**
     * Sets what was invoiced: net total plus tax total.
     *
     * @param total the value
     * @return this builder
     */
    public Builder total(@Nullable Money total) {
      this.total = total;
      return this;
    }

    /**
     * Sets the sum of the credit notes.
     *
     * @param amountCredited the value
     * @return this builder
     */
    public Builder amountCredited(@Nullable Money amountCredited) {
      this.amountCredited = amountCredited;
      return this;
    }

    /**
     * Sets the sum of the payments, as the ledger shows them.
     *
     * @param amountPaid the value
     * @return this builder
     */
    public Builder amountPaid(@Nullable Money amountPaid) {
      this.amountPaid = amountPaid;
      return this;
    }

    /**
     * Sets what remains payable.
     *
     * @param amountDue the value
     * @return this builder
     */
    public Builder amountDue(@Nullable Money amountDue) {
      this.amountDue = amountDue;
      return this;
    }

    /**
     * Sets whether a payer may pay less than what is due.
     *
     * @param allowPartialPayments the value
     * @return this builder
     */
    public Builder allowPartialPayments(boolean allowPartialPayments) {
      this.allowPartialPayments = allowPartialPayments;
      return this;
    }

    /**
     * Sets the last day payable before the invoice is overdue (UTC).
     *
     * @param dueDate the value
     * @return this builder
     */
    public Builder dueDate(@Nullable LocalDate dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * Sets the EMVCo dynamic QR code for the amount due, while the invoice takes payments.
     *
     * @param qrPayload the value, or {@code null} if absent
     * @return this builder
     */
    public Builder qrPayload(@Nullable String qrPayload) {
      this.qrPayload = qrPayload;
      return this;
    }

    /**
     * Sets the credit notes, oldest first.
     *
     * @param creditNotes the value
     * @return this builder
     */
    public Builder creditNotes(@Nullable List<CreditNote> creditNotes) {
      this.creditNotes = creditNotes;
      return this;
    }

    /**
     * Sets when it was issued.
     *
     * @param issuedAt the value
     * @return this builder
     */
    public Builder issuedAt(@Nullable Instant issuedAt) {
      this.issuedAt = issuedAt;
      return this;
    }

    /**
     * Sets when it fell overdue.
     *
     * @param overdueAt the value, or {@code null} if absent
     * @return this builder
     */
    public Builder overdueAt(@Nullable Instant overdueAt) {
      this.overdueAt = overdueAt;
      return this;
    }

    /**
     * Sets when it was voided.
     *
     * @param voidedAt the value, or {@code null} if absent
     * @return this builder
     */
    public Builder voidedAt(@Nullable Instant voidedAt) {
      this.voidedAt = voidedAt;
      return this;
    }

    /**
     * Sets when nothing remained due.
     *
     * @param settledAt the value, or {@code null} if absent
     * @return this builder
     */
    public Builder settledAt(@Nullable Instant settledAt) {
      this.settledAt = settledAt;
      return this;
    }

    /**
     * Builds the Invoice.
     *
     * @return the Invoice
     * @throws dev.walletsdk.InvalidRequestException if a required value is missing
     */
    public Invoice build() {
      return new Invoice(this);
    }
  }
}
