/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A transfer as the engine keeps it; only a payout's status changes after creation. */
public final class TransferRecord {
  private final String id;
  private final String partnerId;
  private final String sourceWalletId;
  private final @Nullable String destinationWalletId;
  private @Nullable AccountSummary destinationAccount;
  private final Amount sourceAmount;
  private final Amount destinationAmount;
  private final Amount fee;
  private final @Nullable BigDecimal rate;
  private final @Nullable String quoteId;
  private @Nullable String reference;
  private @Nullable String description;
  private final Instant createdAt;
  private String status;

  TransferRecord(
      String id,
      String partnerId,
      String sourceWalletId,
      @Nullable String destinationWalletId,
      @Nullable AccountSummary destinationAccount,
      Amount sourceAmount,
      Amount destinationAmount,
      Amount fee,
      @Nullable BigDecimal rate,
      @Nullable String quoteId,
      @Nullable String reference,
      @Nullable String description,
      String status,
      Instant createdAt) {
    this.id = id;
    this.partnerId = partnerId;
    this.sourceWalletId = sourceWalletId;
    this.destinationWalletId = destinationWalletId;
    this.destinationAccount = destinationAccount;
    this.sourceAmount = sourceAmount;
    this.destinationAmount = destinationAmount;
    this.fee = fee;
    this.rate = rate;
    this.quoteId = quoteId;
    this.reference = reference;
    this.description = description;
    this.status = status;
    this.createdAt = createdAt;
  }

  /**
   * Returns the id.
   *
   * @return the transfer id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the partner that created it.
   *
   * @return the partner id
   */
  public String partnerId() {
    return partnerId;
  }

  /**
   * Returns the source wallet.
   *
   * @return the wallet id
   */
  public String sourceWalletId() {
    return sourceWalletId;
  }

  /**
   * Returns the destination wallet.
   *
   * @return the wallet id, or {@code null} for a payout
   */
  public @Nullable String destinationWalletId() {
    return destinationWalletId;
  }

  /**
   * Returns the bank account of a payout.
   *
   * @return the account as responses show it, or {@code null} between wallets
   */
  public @Nullable AccountSummary destinationAccount() {
    return destinationAccount;
  }

  /**
   * Returns what the source was debited, fee included.
   *
   * @return the amount
   */
  public Amount sourceAmount() {
    return sourceAmount;
  }

  /**
   * Returns what the destination was credited.
   *
   * @return the amount
   */
  public Amount destinationAmount() {
    return destinationAmount;
  }

  /**
   * Returns the fee, in the source currency.
   *
   * @return the fee
   */
  public Amount fee() {
    return fee;
  }

  /**
   * Returns the conversion rate.
   *
   * @return the rate, or {@code null} without conversion
   */
  public @Nullable BigDecimal rate() {
    return rate;
  }

  /**
   * Returns the quote used.
   *
   * @return the quote id, or {@code null}
   */
  public @Nullable String quoteId() {
    return quoteId;
  }

  /**
   * Returns the partner's reference.
   *
   * @return the reference, or {@code null}
   */
  public @Nullable String reference() {
    return reference;
  }

  /**
   * Returns the description.
   *
   * @return the description, or {@code null}
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * Returns the status.
   *
   * @return {@code pending}, {@code completed} or {@code failed}
   */
  public String status() {
    return status;
  }

  void status(String status) {
    this.status = status;
  }

  /**
   * Returns the creation time.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Removes personal data: description, reference and the destination account holder's name.
   *
   * @param marker what replaces the holder's name
   */
  void erasePersonalData(String marker) {
    this.description = null;
    this.reference = null;
    if (destinationAccount != null) {
      destinationAccount =
          new AccountSummary(marker, PrivacyService.ERASED_LAST4, destinationAccount.bankCode());
    }
  }
}
