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
 * A bank account to pay out to, as sent in a {@link TransferRequest}.
 *
 * <p>The account number is sensitive: the client encrypts it in transit when field encryption is
 * on, and neither {@link #toString()} nor any validation message shows more than its last four
 * characters. Immutable and thread-safe.
 */
public final class BankAccount {
  /** The longest holder name accepted. */
  public static final int MAX_HOLDER_NAME_LENGTH = 140;

  private static final int MIN_ACCOUNT_NUMBER_LENGTH = 4;
  private static final int MAX_ACCOUNT_NUMBER_LENGTH = 34;
  private static final int MIN_BANK_CODE_LENGTH = 2;
  private static final int MAX_BANK_CODE_LENGTH = 11;
  private static final int VISIBLE_DIGITS = 4;

  private final String holderName;
  private final String accountNumber;
  private final @Nullable String bankCode;

  private BankAccount(String holderName, String accountNumber, @Nullable String bankCode) {
    this.holderName = holderName;
    this.accountNumber = accountNumber;
    this.bankCode = bankCode;
  }

  /**
   * Creates a bank account.
   *
   * @param holderName the name of the account holder: 1 to 140 characters, no control characters
   * @param accountNumber the account number, such as an IBAN without spaces: 4 to 34 upper-case
   *     letters or digits
   * @param bankCode the code of the bank, such as a BIC: 2 to 11 upper-case letters or digits, or
   *     {@code null} when the account number identifies the bank
   * @return the account
   * @throws InvalidRequestException if a value is missing ({@code required}), the holder name is
   *     too long or has control characters, or the account number or bank code is not made of
   *     upper-case letters and digits of the allowed length ({@code invalid_format})
   */
  public static BankAccount of(
      @Nullable String holderName, @Nullable String accountNumber, @Nullable String bankCode) {
    return new BankAccount(
        text(holderName, "holderName", MAX_HOLDER_NAME_LENGTH),
        checkedAccountNumber(accountNumber),
        checkedBankCode(bankCode));
  }

  private static String checkedAccountNumber(@Nullable String accountNumber) {
    String number = required(accountNumber, "accountNumber");
    if (!isUpperAlphanumeric(number, MIN_ACCOUNT_NUMBER_LENGTH, MAX_ACCOUNT_NUMBER_LENGTH)) {
      // The message leaves the value out: a mistyped account number is still personal data.
      throw InvalidRequestException.forField(
          "accountNumber",
          "invalid_format",
          "accountNumber must be "
              + MIN_ACCOUNT_NUMBER_LENGTH
              + " to "
              + MAX_ACCOUNT_NUMBER_LENGTH
              + " upper-case letters or digits (value not shown)");
    }
    return number;
  }

  private static @Nullable String checkedBankCode(@Nullable String bankCode) {
    if (bankCode != null
        && !isUpperAlphanumeric(bankCode, MIN_BANK_CODE_LENGTH, MAX_BANK_CODE_LENGTH)) {
      throw InvalidRequestException.forField(
          "bankCode",
          "invalid_format",
          "bankCode "
              + CurrencyCode.quoted(bankCode)
              + " must be "
              + MIN_BANK_CODE_LENGTH
              + " to "
              + MAX_BANK_CODE_LENGTH
              + " upper-case letters or digits");
    }
    return bankCode;
  }

  private static boolean isUpperAlphanumeric(String value, int minLength, int maxLength) {
    return value.length() >= minLength
        && value.length() <= maxLength
        && value.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
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
   * Returns the full account number. Handle it as personal data: do not log it.
   *
   * @return the account number
   */
  public String accountNumber() {
    return accountNumber;
  }

  /**
   * Returns the last four characters of the account number, safe to show the holder.
   *
   * @return the last four characters
   */
  public String accountNumberLast4() {
    return accountNumber.substring(accountNumber.length() - VISIBLE_DIGITS);
  }

  /**
   * Returns the code of the bank.
   *
   * @return the bank code, if one was given
   */
  public Optional<String> bankCode() {
    return Optional.ofNullable(bankCode);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BankAccount other
        && holderName.equals(other.holderName)
        && accountNumber.equals(other.accountNumber)
        && Objects.equals(bankCode, other.bankCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(holderName, accountNumber, bankCode);
  }

  /**
   * Returns the holder's name, the account number masked to its last four characters, and the bank
   * code.
   */
  @Override
  public String toString() {
    return "BankAccount{holderName="
        + holderName
        + ", accountNumber=••••"
        + accountNumberLast4()
        + ", bankCode="
        + bankCode
        + "}";
  }
}
