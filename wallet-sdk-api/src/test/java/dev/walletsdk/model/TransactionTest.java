/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransactionTest {
  private static Transaction.Builder debit() {
    return Transaction.builder()
        .id(TransactionId.of("txn_x1"))
        .walletId(WalletId.of("wal_a1"))
        .type(TransactionType.TRANSFER_OUT)
        .direction(Direction.DEBIT)
        .amount(Money.of("10.00", "EUR"))
        .balanceAfter(Money.of("90.00", "EUR"))
        .resourceId("trf_t1")
        .createdAt(Instant.parse("2026-11-01T10:00:00Z"));
  }

  @Test
  void debitKeepsAPositiveAmount() {
    Transaction transaction = debit().build();

    assertThat(transaction.direction()).isEqualTo(Direction.DEBIT);
    assertThat(transaction.amount()).isEqualTo(Money.of("10.00", "EUR"));
  }

  @Test
  void negativeAmountIsRejected() {
    assertRejected(
        () -> debit().amount(Money.of("-10.00", "EUR")).build(),
        "Transaction.amount",
        "negative_amount",
        "Transaction.amount must not be negative but was -10.00 EUR");
  }

  @Test
  void balanceInAnotherCurrencyIsRejected() {
    assertRejected(
        () -> debit().balanceAfter(Money.of("90.00", "USD")).build(),
        "Transaction.balanceAfter",
        "currency_mismatch",
        "Transaction.balanceAfter 90.00 USD must be in the currency of amount, EUR");
  }
}
