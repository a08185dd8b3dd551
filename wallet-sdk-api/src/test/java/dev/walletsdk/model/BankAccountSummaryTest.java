/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;

import org.junit.jupiter.api.Test;

class BankAccountSummaryTest {
  @Test
  void moreThanFourTrailingCharactersAreRejectedWithoutShowingThem() {
    assertRejected(
        () ->
            BankAccountSummary.builder()
                .holderName("Ada Lovelace")
                .accountNumberLast4("DE89370400440532013000")
                .build(),
        "BankAccountSummary.accountNumberLast4",
        "invalid_length",
        "BankAccountSummary.accountNumberLast4 must be 1 to 4 characters but has 22");
  }
}
