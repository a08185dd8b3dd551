/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A budget to create: the most a wallet may spend per period in a merchant category, in one
 * currency, with the percentages at which the platform alerts. Immutable; build with {@link
 * #builder()}.
 */
public final class BudgetRequest {
  /** The most thresholds a budget may have. */
  public static final int MAX_THRESHOLDS = 5;

  private static final Pattern CATEGORY = Pattern.compile("[0-9]{4}");

  private final WalletId walletId;
  private final String category;
  private final SpendingPeriod period;
  private final Money amount;
  private final @Nullable List<Integer> thresholds;
  private final @Nullable IdempotencyKey idempotencyKey;

  private BudgetRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    this.category = required(builder.category, "category");
    this.period = required(builder.period, "period");
    this.amount = required(builder.amount, "amount");
    this.thresholds = builder.thresholds;
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
   * Checks a merchant category code.
   *
   * @param category the code
   * @return the code
   * @throws InvalidRequestException (field {@code category}, code {@code invalid_format}) unless it
   *     is 4 digits
   */
  public static String category(String category) {
    if (category == null || !CATEGORY.matcher(category).matches()) {
      throw InvalidRequestException.forField(
          "category",
          "invalid_format",
          "category must be an ISO 18245 merchant category code of 4 digits but was "
              + CurrencyCode.quoted(category));
    }
    return category;
  }

  /**
   * The wallet.
   *
   * @return the wallet's id
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * The merchant category.
   *
   * @return 4 digits
   */
  public String category() {
    return category;
  }

  /**
   * The period.
   *
   * @return the period
   */
  public SpendingPeriod period() {
    return period;
  }

  /**
   * The most to spend per period.
   *
   * @return a positive amount
   */
  public Money amount() {
    return amount;
  }

  /**
   * The alert thresholds.
   *
   * @return the percentages, ascending, or empty for the platform's default ({@code [80]})
   */
  public Optional<List<Integer>> thresholds() {
    return Optional.ofNullable(thresholds);
  }

  /**
   * The idempotency key.
   *
   * @return the key, or empty for one the client makes
   */
  public Optional<IdempotencyKey> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BudgetRequest other
        && walletId.equals(other.walletId)
        && category.equals(other.category)
        && period == other.period
        && amount.equals(other.amount)
        && Objects.equals(thresholds, other.thresholds)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, category, period, amount, thresholds, idempotencyKey);
  }

  @Override
  public String toString() {
    return "BudgetRequest{walletId="
        + walletId
        + ", category="
        + category
        + ", period="
        + period
        + ", amount="
        + amount
        + ", thresholds="
        + thresholds
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link BudgetRequest}; each setter validates at once. Not thread-safe. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable String category;
    private @Nullable SpendingPeriod period;
    private @Nullable Money amount;
    private @Nullable List<Integer> thresholds;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the wallet. Required.
     *
     * @param walletId the wallet
     * @return this builder
     * @throws InvalidRequestException if {@code null}
     */
    public Builder wallet(WalletId walletId) {
      this.walletId = required(walletId, "wallet");
      return this;
    }

    /**
     * Sets the merchant category. Required.
     *
     * @param category an ISO 18245 code, 4 digits
     * @return this builder
     * @throws InvalidRequestException (code {@code invalid_format}) unless 4 digits
     */
    public Builder category(String category) {
      this.category = BudgetRequest.category(category);
      return this;
    }

    /**
     * Sets the period. Required.
     *
     * @param period the period
     * @return this builder
     * @throws InvalidRequestException if {@code null}
     */
    public Builder period(SpendingPeriod period) {
      this.period = required(period, "period");
      return this;
    }

    /**
     * Sets the most to spend per period. Required.
     *
     * @param amount a positive amount
     * @return this builder
     * @throws InvalidRequestException (code {@code zero_amount} or {@code negative_amount})
     */
    public Builder amount(Money amount) {
      this.amount = positive(amount, "amount");
      return this;
    }

    /**
     * Sets the alert thresholds.
     *
     * @param percentages 1 to 5 distinct whole percentages from 1 to 100
     * @return this builder
     * @throws InvalidRequestException (field {@code thresholds}) if out of range or repeated
     */
    public Builder thresholds(int... percentages) {
      if (percentages == null) {
        throw InvalidRequestException.forField("thresholds", "required", "thresholds is required");
      }
      if (percentages.length < 1 || percentages.length > MAX_THRESHOLDS) {
        throw InvalidRequestException.forField(
            "thresholds",
            "invalid_length",
            "thresholds must hold 1 to " + MAX_THRESHOLDS + " percentages");
      }
      TreeSet<Integer> sorted = new TreeSet<>();
      for (int percentage : percentages) {
        if (percentage < 1 || percentage > 100) {
          throw InvalidRequestException.forField(
              "thresholds",
              "out_of_range",
              "thresholds must be percentages from 1 to 100 but one was " + percentage);
        }
        if (!sorted.add(percentage)) {
          throw InvalidRequestException.forField(
              "thresholds", "duplicate", "thresholds repeat " + percentage);
        }
      }
      this.thresholds = List.copyOf(sorted);
      return this;
    }

    /**
     * Sets the idempotency key.
     *
     * @param idempotencyKey the key, or {@code null} for one the client makes
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
     * @throws InvalidRequestException if a required member is missing
     */
    public BudgetRequest build() {
      return new BudgetRequest(this);
    }
  }
}
