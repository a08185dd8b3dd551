/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.required;
import static dev.walletsdk.model.Checks.text;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A payout destination as a response shows it: the server never returns a full account number, only
 * its last four characters.
 *
 * <p>Immutable and thread-safe. Built by the client from server responses; tests may build their
 * own with {@link #builder()}.
 */
public final class BankAccountSummary {
  private static final int LAST_DIGITS = 4;

  private final String holderName;
  private final String accountNumberLast4;
  private final @Nullable String bankCode;

  private BankAccountSummary(Builder builder) {
    this.holderName = required(builder.holderName, "BankAccountSummary.holderName");
    this.accountNumberLast4 =
        text(builder.accountNumberLast4, "BankAccountSummary.accountNumberLast4", LAST_DIGITS);
    this.bankCode = builder.bankCode;
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
   * Returns the name of the account holder.
   *
   * @return the holder's name
   */
  public String holderName() {
    return holderName;
  }

  /**
   * Returns the end of the account number, enough for the holder to recognise the account.
   *
   * @return the last 1 to 4 characters of the account number
   */
  public String accountNumberLast4() {
    return accountNumberLast4;
  }

  /**
   * Returns the code of the bank, such as a BIC.
   *
   * @return the bank code, if the transfer named one
   */
  public Optional<String> bankCode() {
    return Optional.ofNullable(bankCode);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BankAccountSummary other
        && holderName.equals(other.holderName)
        && accountNumberLast4.equals(other.accountNumberLast4)
        && Objects.equals(bankCode, other.bankCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(holderName, accountNumberLast4, bankCode);
  }

  /** Returns the holder's name, the masked account number and the bank code. */
  @Override
  public String toString() {
    return "BankAccountSummary{holderName="
        + holderName
        + ", accountNumber=••••"
        + accountNumberLast4
        + ", bankCode="
        + bankCode
        + "}";
  }

  /** Builds a {@link BankAccountSummary}; {@link #build()} throws if a field is missing. */
  public static final class Builder {
    private @Nullable String holderName;
    private @Nullable String accountNumberLast4;
    private @Nullable String bankCode;

    private Builder() {}

    /**
     * Sets the holder's name.
     *
     * @param holderName the name of the account holder
     * @return this builder
     */
    public Builder holderName(String holderName) {
      this.holderName = holderName;
      return this;
    }

    /**
     * Sets the end of the account number.
     *
     * @param accountNumberLast4 the last 1 to 4 characters of the account number
     * @return this builder
     */
    public Builder accountNumberLast4(String accountNumberLast4) {
      this.accountNumberLast4 = accountNumberLast4;
      return this;
    }

    /**
     * Sets the bank code.
     *
     * @param bankCode the code of the bank, or {@code null} for none
     * @return this builder
     */
    public Builder bankCode(@Nullable String bankCode) {
      this.bankCode = bankCode;
      return this;
    }

    /**
     * Builds the summary.
     *
     * @return the summary
     * @throws InvalidRequestException if the holder's name or the end of the account number is
     *     missing ({@code required}), or the end of the account number is empty or longer than 4
     *     characters ({@code invalid_length})
     */
    public BankAccountSummary build() {
      return new BankAccountSummary(this);
    }
  }
}
