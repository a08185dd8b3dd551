/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SplitBillRequestTest {
  private static final WalletId A = WalletId.of("wal_a");
  private static final WalletId B = WalletId.of("wal_b");
  private static final MerchantId SHOP = MerchantId.of("mer_demo");

  private static SplitBillRequest.Builder bill(String amount) {
    return SplitBillRequest.builder().merchant(SHOP).amount(Money.of(amount, "EUR"));
  }

  @Test
  void percentageSplitPreviewsTheServersAllocation() {
    SplitBillRequest request =
        bill("0.05")
            .percentage(A, new BigDecimal("50"))
            .percentage(B, new BigDecimal("50"))
            .build();

    assertThat(request.method()).isEqualTo(SplitMethod.PERCENTAGE);
    assertThat(request.allocation())
        .containsExactly(Money.of("0.03", "EUR"), Money.of("0.02", "EUR"));
  }

  @Test
  void exactSharesMustAddUpToTheBill() {
    assertRejected(
        () ->
            bill("10.00")
                .share(A, Money.of("4.00", "EUR"))
                .share(B, Money.of("5.00", "EUR"))
                .build(),
        "shares",
        "shares_mismatch",
        "shares add up to 9.00 EUR but the bill is 10.00 EUR");
  }

  @Test
  void sharesInAnotherCurrencyAreRejected() {
    assertRejected(
        () ->
            bill("10.00")
                .share(A, Money.of("5.00", "EUR"))
                .share(B, Money.of("5.00", "USD"))
                .build(),
        "shares[1]",
        "currency_mismatch",
        "shares[1] 5.00 USD must be in the currency of amount, EUR");
  }

  @Test
  void mixingAmountsAndPercentagesIsRejected() {
    assertRejected(
        () ->
            bill("10.00")
                .share(A, Money.of("5.00", "EUR"))
                .percentage(B, new BigDecimal("50"))
                .build(),
        "participants",
        "mutually_exclusive",
        "give every participant an amount or every participant a percentage, not both");
  }

  @Test
  void aWalletTakesPartOnce() {
    assertRejected(
        () ->
            bill("10.00")
                .share(A, Money.of("5.00", "EUR"))
                .share(A, Money.of("5.00", "EUR"))
                .build(),
        "participants",
        "duplicate",
        "wallet wal_a takes part more than once");
  }

  @Test
  void oneParticipantIsNotASplit() {
    assertRejected(
        () -> bill("10.00").share(A, Money.of("10.00", "EUR")).build(),
        "participants",
        "out_of_range",
        "a split bill needs 2 to 20 participants but has 1");
  }

  @Test
  void badValuesAreRejectedAtOnce() {
    assertRejected(
        () -> bill("10.00").share(A, Money.of("0.00", "EUR")),
        "participants[0].amount",
        "zero_amount",
        "participants[0].amount must be greater than zero but was 0.00 EUR");
    assertRejected(
        () -> bill("10.00").percentage(A, new BigDecimal("0")),
        "participants[0].percentage",
        "out_of_range",
        "participants[0].percentage must be greater than 0 and at most 100 but was 0");
  }
}
