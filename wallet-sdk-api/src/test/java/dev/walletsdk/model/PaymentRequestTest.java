/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentRequestTest {
  private static final WalletId WALLET = WalletId.of("wal_a1");
  private static final MerchantId MERCHANT = MerchantId.of("mer_m1");
  private static final Money AMOUNT = Money.of("12.34", "EUR");

  @Test
  void paymentWithAnAmountKeepsEveryField() {
    PaymentRequest request =
        PaymentRequest.builder()
            .wallet(WALLET)
            .merchant(MERCHANT)
            .amount(AMOUNT)
            .description("Coffee")
            .reference("order-7")
            .build();

    assertThat(request.walletId()).isEqualTo(WALLET);
    assertThat(request.merchantId()).isEqualTo(MERCHANT);
    assertThat(request.amount()).contains(AMOUNT);
    assertThat(request.quoteId()).isEmpty();
    assertThat(request.description()).contains("Coffee");
    assertThat(request.reference()).contains("order-7");
    assertThat(request.idempotencyKey()).isEmpty();
  }

  @Test
  void paymentWithAQuoteHasNoAmount() {
    PaymentRequest request =
        PaymentRequest.builder()
            .wallet(WALLET)
            .merchant(MERCHANT)
            .quote(QuoteId.of("quo_q1"))
            .build();

    assertThat(request.quoteId()).contains(QuoteId.of("quo_q1"));
    assertThat(request.amount()).isEmpty();
  }

  @Test
  void missingWalletIsRejected() {
    assertRejected(
        () -> PaymentRequest.builder().merchant(MERCHANT).amount(AMOUNT).build(),
        "wallet",
        "required",
        "wallet is required");
  }

  @Test
  void missingMerchantIsRejected() {
    assertRejected(
        () -> PaymentRequest.builder().wallet(WALLET).amount(AMOUNT).build(),
        "merchant",
        "required",
        "merchant is required");
  }

  @Test
  void paymentWithoutAmountOrQuoteIsRejected() {
    assertRejected(
        () -> PaymentRequest.builder().wallet(WALLET).merchant(MERCHANT).build(),
        "amount",
        "required",
        "exactly one of amount and quote must be set but neither was");
  }

  @Test
  void paymentWithBothAmountAndQuoteIsRejected() {
    assertRejected(
        () ->
            PaymentRequest.builder()
                .wallet(WALLET)
                .merchant(MERCHANT)
                .amount(AMOUNT)
                .quote(QuoteId.of("quo_q1"))
                .build(),
        "quote",
        "mutually_exclusive",
        "exactly one of amount and quote must be set but both were");
  }

  @Test
  void zeroAmountIsRejectedWhenSet() {
    assertRejected(
        () -> PaymentRequest.builder().amount(Money.zero(CurrencyCode.JPY)),
        "amount",
        "zero_amount",
        "amount must be greater than zero but was 0 JPY");
  }

  @Test
  void negativeAmountIsRejectedWhenSet() {
    assertRejected(
        () -> PaymentRequest.builder().amount(Money.of("-5.00", "EUR")),
        "amount",
        "negative_amount",
        "amount must not be negative but was -5.00 EUR");
  }

  @Test
  void missingQuoteIsRejectedWhenSet() {
    assertRejected(
        () -> PaymentRequest.builder().quote((Quote) null),
        "quote",
        "required",
        "quote is required");
  }

  @Test
  void descriptionLongerThan140CharactersIsRejected() {
    assertRejected(
        () -> PaymentRequest.builder().description("d".repeat(141)),
        "description",
        "invalid_length",
        "description must be 1 to 140 characters but has 141");
  }
}
