/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An e-invoice as the engine keeps it: issued by a business wallet, with its lines and their tax
 * fixed at issue. What has been paid is never stored here: {@link InvoiceService#amountPaid} sums
 * the ledger entries of the invoice's payments, so the status follows the ledger. Mutated only
 * under the engine's lock.
 */
public final class InvoiceRecord {
  private final String id;
  private final String partnerId;
  private final String walletId;
  private final String reference;
  private final CurrencyCode currency;
  private final boolean allowPartialPayments;
  private final LocalDate dueDate;
  private final Instant issuedAt;
  private List<Line> lines;
  private final List<CreditNote> creditNotes = new ArrayList<>();
  private final List<InvoicePaymentRecord> payments = new ArrayList<>();
  private @Nullable Instant overdueAt;
  private @Nullable Instant voidedAt;
  private @Nullable Instant settledAt;

  /**
   * One line of an invoice, its net and tax fixed at issue.
   *
   * @param description what is invoiced (holder text)
   * @param quantity how many, at least 1
   * @param unitPrice the price of one, in the invoice's currency
   * @param taxRateBasisPoints the line's tax rate in basis points (2000 is 20 %)
   * @param net quantity times unit price
   * @param tax the line's tax: net times rate, rounded half up to the minor unit, once per line
   */
  public record Line(
      String description,
      long quantity,
      Amount unitPrice,
      int taxRateBasisPoints,
      Amount net,
      Amount tax) {}

  /**
   * A credit note that lowers what is due.
   *
   * @param id the credit note id ({@code icn_})
   * @param amount how much it credits, at most what was due when it was issued
   * @param reason why (holder text), or {@code null}
   * @param createdAt when
   */
  public record CreditNote(String id, Amount amount, @Nullable String reason, Instant createdAt) {}

  InvoiceRecord(
      String id,
      String partnerId,
      String walletId,
      String reference,
      CurrencyCode currency,
      List<Line> lines,
      boolean allowPartialPayments,
      LocalDate dueDate,
      Instant issuedAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.walletId = walletId;
    this.reference = reference;
    this.currency = currency;
    this.lines = List.copyOf(lines);
    this.allowPartialPayments = allowPartialPayments;
    this.dueDate = dueDate;
    this.issuedAt = issuedAt;
  }

  /**
   * Returns the id.
   *
   * @return {@code inv_...}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the partner that owns the issuing wallet.
   *
   * @return the partner id
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * Returns the issuing business wallet, which payments credit.
   *
   * @return the wallet id
   */
  public String walletId() {
    return walletId;
  }

  /**
   * Returns the payable ISO 11649 creditor reference.
   *
   * @return {@code RF} and two check digits and the invoice number
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns the currency.
   *
   * @return the invoice's currency
   */
  public CurrencyCode currency() {
    return currency;
  }

  /**
   * Returns the lines.
   *
   * @return the lines, in request order
   */
  public List<Line> lines() {
    return lines;
  }

  /**
   * Returns whether payers may pay less than what is due.
   *
   * @return whether partial payments are allowed
   */
  public boolean allowPartialPayments() {
    return allowPartialPayments;
  }

  /**
   * Returns the last day payable before the invoice is overdue.
   *
   * @return the due date (UTC)
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Returns when it was issued.
   *
   * @return the instant
   */
  public Instant issuedAt() {
    return issuedAt;
  }

  /**
   * Returns the sum of the lines' nets.
   *
   * @return the net total
   */
  public Amount netTotal() {
    long sum = 0;
    for (Line line : lines) {
      sum = Math.addExact(sum, line.net().minor());
    }
    return Amount.of(currency, sum);
  }

  /**
   * Returns the sum of the lines' taxes, each rounded on its own line.
   *
   * @return the tax total
   */
  public Amount taxTotal() {
    long sum = 0;
    for (Line line : lines) {
      sum = Math.addExact(sum, line.tax().minor());
    }
    return Amount.of(currency, sum);
  }

  /**
   * Returns what was invoiced: net total plus tax total.
   *
   * @return the total
   */
  public Amount total() {
    return Amount.of(currency, Math.addExact(netTotal().minor(), taxTotal().minor()));
  }

  /**
   * Returns the sum of the credit notes.
   *
   * @return what was credited
   */
  public Amount credited() {
    long sum = 0;
    for (CreditNote note : creditNotes) {
      sum = Math.addExact(sum, note.amount().minor());
    }
    return Amount.of(currency, sum);
  }

  /**
   * Returns the credit notes.
   *
   * @return the credit notes, oldest first
   */
  public List<CreditNote> creditNotes() {
    return List.copyOf(creditNotes);
  }

  /**
   * Returns the payments.
   *
   * @return the payments, oldest first
   */
  public List<InvoicePaymentRecord> payments() {
    return List.copyOf(payments);
  }

  /**
   * Returns when the invoice fell overdue.
   *
   * @return the instant, or {@code null} if it did not
   */
  public @Nullable Instant overdueAt() {
    return overdueAt;
  }

  /**
   * Returns when it was voided.
   *
   * @return the instant, or {@code null} if it was not
   */
  public @Nullable Instant voidedAt() {
    return voidedAt;
  }

  /**
   * Returns when nothing remained due (paid or credited in full).
   *
   * @return the instant, or {@code null} while something is due
   */
  public @Nullable Instant settledAt() {
    return settledAt;
  }

  void addPayment(InvoicePaymentRecord payment) {
    payments.add(payment);
  }

  void addCreditNote(CreditNote note) {
    creditNotes.add(note);
  }

  void overdue(Instant at) {
    overdueAt = at;
  }

  void voided(Instant at) {
    voidedAt = at;
  }

  void settled(Instant at) {
    settledAt = at;
  }

  /**
   * Replaces the holder text (line descriptions and credit note reasons) on erasure.
   *
   * @param replacement what stands in for it
   */
  void erasePersonalData(String replacement) {
    List<Line> erased = new ArrayList<>(lines.size());
    for (Line line : lines) {
      erased.add(
          new Line(
              replacement,
              line.quantity(),
              line.unitPrice(),
              line.taxRateBasisPoints(),
              line.net(),
              line.tax()));
    }
    lines = List.copyOf(erased);
    for (int i = 0; i < creditNotes.size(); i++) {
      CreditNote note = creditNotes.get(i);
      if (note.reason() != null) {
        creditNotes.set(i, new CreditNote(note.id(), note.amount(), replacement, note.createdAt()));
      }
    }
  }
}
