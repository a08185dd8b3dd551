/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidRequestException;
import org.junit.jupiter.api.Test;

class BalanceTest {
  private static final WalletId WALLET = WalletId.of("wal_a1");

  private static Balance.Builder eur(String available, String pending, String total) {
    return Balance.builder()
        .walletId(WALLET)
        .currency(CurrencyCode.EUR)
        .available(Money.of(available, "EUR"))
        .pending(Money.of(pending, "EUR"))
        .total(Money.of(total, "EUR"));
  }

  @Test
  void totalIsAvailablePlusPending() {
    Balance balance = eur("8.00", "1.00", "9.00").build();

    assertThat(balance.total()).isEqualTo(balance.available().plus(balance.pending()));
  }

  @Test
  void totalThatIsNotAvailablePlusPendingIsRejected() {
    assertRejected(
        () -> eur("8.00", "1.00", "10.00").build(),
        "Balance.total",
        "inconsistent_balance",
        "Balance.total 10.00 EUR must equal available 8.00 EUR + pending 1.00 EUR");
  }

  @Test
  void amountInAnotherCurrencyIsRejected() {
    assertRejected(
        () -> eur("8.00", "1.00", "9.00").pending(Money.of("1.00", "USD")).build(),
        "Balance.currency",
        "currency_mismatch",
        "Balance amounts must all be in EUR but pending is 1.00 USD");
  }

  @Test
  void missingWalletIsRejected() {
    assertRejected(
        () -> eur("8.00", "1.00", "9.00").walletId(null).build(),
        "Balance.walletId",
        "required",
        "Balance.walletId is required");
  }

  @Test
  void zeroBalanceHasOnlyZeroAmountsInItsCurrency() {
    Balance balance = Balance.zero(WALLET, CurrencyCode.JPY);

    assertThat(balance.available()).isEqualTo(Money.zero(CurrencyCode.JPY));
    assertThat(balance.pending()).isEqualTo(Money.zero(CurrencyCode.JPY));
    assertThat(balance.total()).isEqualTo(Money.zero(CurrencyCode.JPY));
  }

  @Test
  void balancesWithTheSameAmountsAreEqual() {
    assertThat(eur("8.00", "1.00", "9.00").build())
        .isEqualTo(eur("8.0", "1", "9.00").build())
        .hasSameHashCodeAs(eur("8.0", "1", "9.00").build());
  }

  @Test
  void toStringShowsEveryAmount() {
    assertThat(eur("8.00", "1.00", "9.00").build())
        .hasToString(
            "Balance{walletId=wal_a1, currency=EUR, available=8.00 EUR, pending=1.00 EUR,"
                + " total=9.00 EUR, inPots=0.00 EUR}");
  }

  @Test
  void inPotsIsApartFromTheTotalAndZeroWhenNotSent() {
    Balance withPots = eur("8.00", "1.00", "9.00").inPots(Money.of("25.00", "EUR")).build();

    assertThat(eur("8.00", "1.00", "9.00").build().inPots()).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(withPots.inPots()).isEqualTo(Money.of("25.00", "EUR"));
    assertThat(withPots.total()).isEqualTo(Money.of("9.00", "EUR"));
    assertThat(withPots).isNotEqualTo(eur("8.00", "1.00", "9.00").build());
  }

  @Test
  void inPotsInAnotherCurrencyOrNegativeIsRefused() {
    assertThatThrownBy(() -> eur("8.00", "1.00", "9.00").inPots(Money.of("1.00", "USD")).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("Balance amounts must all be in EUR but inPots is 1.00 USD");
    assertThatThrownBy(() -> eur("8.00", "1.00", "9.00").inPots(Money.of("-1.00", "EUR")).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("Balance.inPots must not be negative: -1.00 EUR");
  }
}
