/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import dev.walletsdk.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tags 55 to 57: whether the payer is asked for a tip, or pays a convenience fee that is fixed (tag
 * 56) or a percentage of the amount (tag 57).
 */
public final class Tip {
  /** The indicator of tag 55. */
  public enum Kind {
    /** {@code "01"}: the payer's app asks for a tip. */
    PROMPT("01"),
    /** {@code "02"}: a fixed convenience fee, in tag 56. */
    FIXED_FEE("02"),
    /** {@code "03"}: a convenience fee as a percentage of the amount, in tag 57. */
    PERCENTAGE_FEE("03");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /**
     * Returns the value of tag 55.
     *
     * @return {@code "01"}, {@code "02"} or {@code "03"}
     */
    public String code() {
      return code;
    }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Kind kind;
  private final @Nullable Money fixedFee;
  private final @Nullable BigDecimal percentage;

  private Tip(Kind kind, @Nullable Money fixedFee, @Nullable BigDecimal percentage) {
    this.kind = kind;
    this.fixedFee = fixedFee;
    this.percentage = percentage;
  }

  /**
   * The payer is asked for a tip.
   *
   * @return the tip indicator {@code 01}
   */
  public static Tip prompt() {
    return new Tip(Kind.PROMPT, null, null);
  }

  /**
   * A fixed convenience fee.
   *
   * @param fee the fee, greater than zero, in the currency of tag 53
   * @return the tip indicator {@code 02} with tag 56
   * @throws QrFormatException (tag 56) if the fee is not positive or has more than 13 characters
   */
  public static Tip fixedFee(Money fee) {
    Objects.requireNonNull(fee, "fee");
    QrRules.amountText("56", fee.toAmountString());
    return new Tip(Kind.FIXED_FEE, fee, null);
  }

  /**
   * A convenience fee as a percentage of the amount.
   *
   * @param percentage from 0.01 to 99.99, for example {@code 3.5} for 3.5 %
   * @return the tip indicator {@code 03} with tag 57
   * @throws QrFormatException (tag 57) if the percentage is outside that range or has more than 2
   *     decimals
   */
  public static Tip percentageFee(BigDecimal percentage) {
    Objects.requireNonNull(percentage, "percentage");
    return new Tip(Kind.PERCENTAGE_FEE, null, QrRules.percentage(percentage.toPlainString()));
  }

  /**
   * Returns the indicator.
   *
   * @return the kind of tip or fee
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the fixed fee of tag 56.
   *
   * @return the fee, present for {@link Kind#FIXED_FEE} only
   */
  public Optional<Money> fixedFee() {
    return Optional.ofNullable(fixedFee);
  }

  /**
   * Returns the percentage of tag 57.
   *
   * @return the percentage, present for {@link Kind#PERCENTAGE_FEE} only
   */
  public Optional<BigDecimal> percentage() {
    return Optional.ofNullable(percentage);
  }

  /**
   * Computes the convenience fee due on an amount. A percentage fee is {@code amount × percentage /
   * 100}, rounded half-even to the currency's minor unit: the one place this package rounds, and it
   * does so explicitly.
   *
   * @param amount the amount of the payment
   * @return the fee; empty for {@link Kind#PROMPT}, where the payer chooses the tip
   */
  public Optional<Money> feeFor(Money amount) {
    Objects.requireNonNull(amount, "amount");
    return switch (kind) {
      case PROMPT -> Optional.empty();
      case FIXED_FEE -> Optional.of(Objects.requireNonNull(fixedFee));
      case PERCENTAGE_FEE ->
          Optional.of(
              amount.multiply(
                  Objects.requireNonNull(percentage).divide(HUNDRED), RoundingMode.HALF_EVEN));
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Tip other
        && kind == other.kind
        && Objects.equals(fixedFee, other.fixedFee)
        && Objects.equals(percentage, other.percentage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, fixedFee, percentage);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case PROMPT -> "Tip{prompt}";
      case FIXED_FEE -> "Tip{fixedFee=" + fixedFee + "}";
      case PERCENTAGE_FEE ->
          "Tip{percentage=" + Objects.requireNonNull(percentage).toPlainString() + "}";
    };
  }
}
