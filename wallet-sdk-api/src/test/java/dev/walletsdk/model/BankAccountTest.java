/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BankAccountTest {
  private static final String IBAN = "DE89370400440532013000";
  private static final String INVALID_NUMBER_MESSAGE =
      "accountNumber must be 4 to 34 upper-case letters or digits (value not shown)";

  @Test
  void toStringMasksTheAccountNumber() {
    BankAccount account = BankAccount.of("Ada Lovelace", IBAN, "COBADEFFXXX");

    assertThat(account)
        .hasToString(
            "BankAccount{holderName=Ada Lovelace, accountNumber=••••3000, bankCode=COBADEFFXXX}");
  }

  @Test
  void lastFourCharactersAreTheEndOfTheNumber() {
    assertThat(BankAccount.of("Ada Lovelace", IBAN, null).accountNumberLast4()).isEqualTo("3000");
  }

  @Test
  void bankCodeIsOptional() {
    BankAccount account = BankAccount.of("Ada Lovelace", IBAN, null);

    assertThat(account.bankCode()).isEmpty();
    assertThat(account.accountNumber()).isEqualTo(IBAN);
  }

  @Test
  void accountNumberWithSpacesIsRejected() {
    assertRejected(
        () -> BankAccount.of("Ada Lovelace", "DE89 3704 0044 0532 0130 00", null),
        "accountNumber",
        "invalid_format",
        INVALID_NUMBER_MESSAGE);
  }

  @Test
  void rejectionNeverShowsTheAccountNumber() {
    assertThatThrownBy(() -> BankAccount.of("Ada Lovelace", "de89370400440532013000", null))
        .message()
        .doesNotContain("de89370400440532013000")
        .doesNotContain("3000");
  }

  @Test
  void accountNumberShorterThanFourCharactersIsRejected() {
    assertRejected(
        () -> BankAccount.of("Ada Lovelace", "123", null),
        "accountNumber",
        "invalid_format",
        INVALID_NUMBER_MESSAGE);
  }

  @Test
  void accountNumberLongerThan34CharactersIsRejected() {
    assertRejected(
        () -> BankAccount.of("Ada Lovelace", "1".repeat(35), null),
        "accountNumber",
        "invalid_format",
        INVALID_NUMBER_MESSAGE);
  }

  @Test
  void missingAccountNumberIsRejected() {
    assertRejected(
        () -> BankAccount.of("Ada Lovelace", null, null),
        "accountNumber",
        "required",
        "accountNumber is required");
  }

  @Test
  void malformedBankCodeIsRejected() {
    assertRejected(
        () -> BankAccount.of("Ada Lovelace", IBAN, "cobadeff"),
        "bankCode",
        "invalid_format",
        "bankCode \"cobadeff\" must be 2 to 11 upper-case letters or digits");
  }

  @Test
  void emptyHolderNameIsRejected() {
    assertRejected(
        () -> BankAccount.of("", IBAN, null),
        "holderName",
        "invalid_length",
        "holderName must be 1 to 140 characters but has 0");
  }

  @Test
  void accountsWithTheSameFieldsAreEqual() {
    assertThat(BankAccount.of("Ada Lovelace", IBAN, null))
        .isEqualTo(BankAccount.of("Ada Lovelace", IBAN, null))
        .hasSameHashCodeAs(BankAccount.of("Ada Lovelace", IBAN, null))
        .isNotEqualTo(BankAccount.of("Ada Lovelace", IBAN, "COBADEFFXXX"));
  }
}
