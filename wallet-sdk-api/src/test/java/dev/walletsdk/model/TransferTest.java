/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransferTest {
  private static final BankAccountSummary ACCOUNT =
      BankAccountSummary.builder().holderName("Ada Lovelace").accountNumberLast4("3000").build();

  private static Transfer.Builder payout() {
    return Transfer.builder()
        .id(TransferId.of("trf_t1"))
        .sourceWalletId(WalletId.of("wal_a1"))
        .destinationAccount(ACCOUNT)
        .sourceAmount(Money.of("101.00", "EUR"))
        .destinationAmount(Money.of("100.00", "EUR"))
        .fee(Money.of("1.00", "EUR"))
        .status(TransferStatus.PENDING)
        .createdAt(Instant.parse("2026-11-01T10:00:00Z"));
  }

  @Test
  void payoutHasAnAccountAndNoDestinationWallet() {
    Transfer transfer = payout().build();

    assertThat(transfer.destinationAccount()).contains(ACCOUNT);
    assertThat(transfer.destinationWalletId()).isEmpty();
    assertThat(transfer.rate()).isEmpty();
  }

  @Test
  void transferWithoutDestinationIsRejected() {
    assertRejected(
        () -> payout().destinationAccount(null).build(),
        "Transfer.destinationWalletId",
        "required",
        "exactly one of Transfer.destinationWalletId and Transfer.destinationAccount must be set"
            + " but neither was");
  }

  @Test
  void transferWithTwoDestinationsIsRejected() {
    assertRejected(
        () -> payout().destinationWalletId(WalletId.of("wal_b2")).build(),
        "Transfer.destinationAccount",
        "mutually_exclusive",
        "exactly one of Transfer.destinationWalletId and Transfer.destinationAccount must be set"
            + " but both were");
  }

  @Test
  void feeInAnotherCurrencyThanTheSourceIsRejected() {
    assertRejected(
        () -> payout().fee(Money.of("1.00", "USD")).build(),
        "Transfer.fee",
        "currency_mismatch",
        "Transfer.fee 1.00 USD must be in the currency of sourceAmount, EUR");
  }

  @Test
  void toStringShowsOnlyTheLastDigitsOfTheAccount() {
    assertThat(payout().build().toString())
        .contains(
            "BankAccountSummary{holderName=Ada Lovelace, accountNumber=••••3000, bankCode=null}");
  }
}
