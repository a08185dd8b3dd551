/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuoteTest {
  private static final Instant EXPIRES_AT = Instant.parse("2026-11-01T10:00:30Z");

  private static Quote.Builder eurToUsd() {
    return Quote.builder()
        .id(QuoteId.of("quo_q1"))
        .walletId(WalletId.of("wal_a1"))
        .sellAmount(Money.of("100.00", "EUR"))
        .buyAmount(Money.of("107.49", "USD"))
        .rate(new BigDecimal("1.0857"))
        .fee(Money.of("1.00", "EUR"))
        .fixedSide(FixedSide.SELL)
        .status(QuoteStatus.OPEN)
        .createdAt(Instant.parse("2026-11-01T10:00:00Z"))
        .expiresAt(EXPIRES_AT);
  }

  @Test
  void quoteIsExpiredFromItsExpiryInstantOn() {
    Quote quote = eurToUsd().build();

    assertThat(quote.isExpiredAt(EXPIRES_AT.minusMillis(1))).isFalse();
    assertThat(quote.isExpiredAt(EXPIRES_AT)).isTrue();
  }

  @Test
  void feeInAnotherCurrencyThanTheSellAmountIsRejected() {
    assertRejected(
        () -> eurToUsd().fee(Money.of("1.00", "USD")).build(),
        "Quote.fee",
        "currency_mismatch",
        "Quote.fee 1.00 USD must be in the currency of sellAmount, EUR");
  }

  @Test
  void quoteWithoutAConversionIsRejected() {
    assertRejected(
        () -> eurToUsd().buyAmount(Money.of("99.00", "EUR")).build(),
        "Quote.buyAmount",
        "currency_mismatch",
        "Quote.buyAmount 99.00 EUR must be in another currency than sellAmount 100.00 EUR");
  }

  @Test
  void ratesOfDifferentScaleAreNotEqual() {
    assertThat(eurToUsd().build())
        .isEqualTo(eurToUsd().build())
        .isNotEqualTo(eurToUsd().rate(new BigDecimal("1.08570")).build());
  }
}
