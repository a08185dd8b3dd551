/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A payment as the engine keeps it; refunds raise its refunded totals. */
public final class PaymentRecord {
  private final String id;
  private final String partnerId;
  private final String walletId;
  private final String merchantId;
  private final Amount amount;
  private final Amount debited;
  private final Amount fee;
  private final @Nullable String quoteId;
  private @Nullable String description;
  private @Nullable String reference;
  private final Instant createdAt;
  private long refundedMinor;
  private long refundedDebitMinor;
  private @Nullable QrExtra qrExtra;
  private long pointsEarned;
  private long pointsReversed;
  private String category = BudgetBook.DEFAULT_CATEGORY;
  private @Nullable String voucherId;
  private long discountMinor;

  PaymentRecord(
      String id,
      String partnerId,
      String walletId,
      String merchantId,
      Amount amount,
      Amount debited,
      Amount fee,
      @Nullable String quoteId,
      @Nullable String description,
      @Nullable String reference,
      Instant createdAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.walletId = walletId;
    this.merchantId = merchantId;
    this.amount = amount;
    this.debited = debited;
    this.fee = fee;
    this.quoteId = quoteId;
    this.description = description;
    this.reference = reference;
    this.createdAt = createdAt;
  }

  /**
   * The payment id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The paying partner.
   *
   * @return the partner id
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * The paying wallet.
   *
   * @return the wallet id
   */
  public String walletId() {
    return walletId;
  }

  /**
   * The merchant paid.
   *
   * @return the merchant id
   */
  public String merchantId() {
    return merchantId;
  }

  /**
   * What the merchant receives.
   *
   * @return the amount
   */
  public Amount amount() {
    return amount;
  }

  /**
   * What left the wallet, fee included.
   *
   * @return the amount
   */
  public Amount debited() {
    return debited;
  }

  /**
   * The FX fee, in the debited currency.
   *
   * @return the fee
   */
  public Amount fee() {
    return fee;
  }

  /**
   * The quote used.
   *
   * @return the quote id, or {@code null}
   */
  public @Nullable String quoteId() {
    return quoteId;
  }

  /**
   * The description.
   *
   * @return the text, or {@code null}
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * The partner's reference.
   *
   * @return the reference, or {@code null}
   */
  public @Nullable String reference() {
    return reference;
  }

  /**
   * When it was made.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * What was refunded, in the payment's currency.
   *
   * @return the amount
   */
  public Amount refunded() {
    return Amount.of(amount.currency(), refundedMinor);
  }

  /**
   * What was credited back, in the debited currency.
   *
   * @return the amount
   */
  public Amount refundedDebit() {
    return Amount.of(debited.currency(), refundedDebitMinor);
  }

  /**
   * The state derived from the refunds.
   *
   * @return the wire status
   */
  public String status() {
    if (refundedMinor == 0) {
      return "succeeded";
    }
    return refundedMinor == amount.minor() ? "refunded" : "partially_refunded";
  }

  void addRefund(long amountMinor, long creditedMinor) {
    refundedMinor = Math.addExact(refundedMinor, amountMinor);
    refundedDebitMinor = Math.addExact(refundedDebitMinor, creditedMinor);
  }

  /**
   * What a QR code payment added to the merchant's amount.
   *
   * @return the tip or convenience fee, or {@code null}
   */
  public @Nullable QrExtra qrExtra() {
    return qrExtra;
  }

  void qrExtra(@Nullable QrExtra extra) {
    this.qrExtra = extra;
  }

  /**
   * The rewards points the payment earned.
   *
   * @return the points, 0 if none
   */
  public long pointsEarned() {
    return pointsEarned;
  }

  /**
   * The rewards points taken back by its refunds.
   *
   * @return the points, 0 if none
   */
  public long pointsReversed() {
    return pointsReversed;
  }

  void pointsEarned(long points) {
    this.pointsEarned = points;
  }

  void addPointsReversed(long points) {
    pointsReversed = Math.addExact(pointsReversed, points);
  }

  /**
   * The merchant's category: the QR code's tag 52, or the merchant's registered category.
   *
   * @return four digits, ISO 18245
   */
  public String category() {
    return category;
  }

  void category(String category) {
    this.category = category;
  }

  /** Removes the free text the holder's partner put in: description and reference. */
  void erasePersonalData() {
    this.description = null;
    this.reference = null;
  }

  /**
   * The voucher the payment redeemed.
   *
   * @return the voucher id, or {@code null}
   */
  public @Nullable String voucherId() {
    return voucherId;
  }

  /**
   * The voucher's discount: the merchant receives {@link #amount()}, the wallet paid {@link
   * #debited()}, the offer's merchant funded the difference.
   *
   * @return the discount, zero without a voucher
   */
  public Amount discount() {
    return Amount.of(amount.currency(), discountMinor);
  }

  void voucher(String voucher, Amount discount) {
    this.voucherId = voucher;
    this.discountMinor = discount.minor();
  }
}
