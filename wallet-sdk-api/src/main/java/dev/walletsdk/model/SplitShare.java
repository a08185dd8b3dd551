/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One participant of a split bill: the wallet, and its exact share or its percentage. In a request
 * exactly one of them is set; in a {@link SplitBill} the amount is always set and the percentage is
 * present for a bill split by percentages. Immutable and thread-safe.
 */
public final class SplitShare {
  private final WalletId walletId;
  private final @Nullable Money amount;
  private final @Nullable BigDecimal percentage;

  private SplitShare(WalletId walletId, @Nullable Money amount, @Nullable BigDecimal percentage) {
    this.walletId = Objects.requireNonNull(walletId, "walletId");
    this.amount = amount;
    this.percentage = percentage;
  }

  /**
   * A share given as an amount, or a booked share.
   *
   * @param walletId the paying wallet
   * @param amount the share
   * @param percentage the percentage it was computed from, or {@code null}
   * @return the share
   */
  public static SplitShare of(WalletId walletId, Money amount, @Nullable BigDecimal percentage) {
    return new SplitShare(walletId, Objects.requireNonNull(amount, "amount"), percentage);
  }

  /**
   * A share given as a percentage of the bill.
   *
   * @param walletId the paying wallet
   * @param percentage the percentage
   * @return the share, without an amount until the bill is allocated
   */
  public static SplitShare ofPercentage(WalletId walletId, BigDecimal percentage) {
    return new SplitShare(walletId, null, Objects.requireNonNull(percentage, "percentage"));
  }

  /**
   * Returns the paying wallet.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the share.
   *
   * @return the amount; empty in a request split by percentages
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns the percentage of the bill.
   *
   * @return the percentage, for a bill split by percentages
   */
  public Optional<BigDecimal> percentage() {
    return Optional.ofNullable(percentage);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SplitShare other
        && walletId.equals(other.walletId)
        && Objects.equals(amount, other.amount)
        && (percentage == null
            ? other.percentage == null
            : other.percentage != null && percentage.compareTo(other.percentage) == 0);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        walletId, amount, percentage == null ? null : percentage.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return "SplitShare{walletId="
        + walletId
        + ", amount="
        + amount
        + ", percentage="
        + (percentage == null ? null : percentage.toPlainString())
        + "}";
  }
}
