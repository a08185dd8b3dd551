/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentTest {
  private static Payment.Builder convertedPayment() {
    return Payment.builder()
        .id(PaymentId.of("pay_p1"))
        .walletId(WalletId.of("wal_a1"))
        .merchantId(MerchantId.of("mer_m1"))
        .amount(Money.of("10.00", "USD"))
        .debitedAmount(Money.of("9.50", "EUR"))
        .fee(Money.of("0.20", "EUR"))
        .quoteId(QuoteId.of("quo_q1"))
        .status(PaymentStatus.SUCCEEDED)
        .refundedAmount(Money.zero(CurrencyCode.USD))
        .createdAt(Instant.parse("2026-11-01T10:00:00Z"));
  }

  @Test
  void paymentIsResource() {
    Payment payment = convertedPayment().build();

    assertThat(payment).isInstanceOf(Resource.class);
    assertThat(payment.receipt()).isEmpty();
    assertThat(payment.quoteId()).contains(QuoteId.of("quo_q1"));
  }

  @Test
  void feeInAnotherCurrencyThanTheDebitIsRejected() {
    assertRejected(
        () -> convertedPayment().fee(Money.of("0.20", "USD")).build(),
        "Payment.fee",
        "currency_mismatch",
        "Payment.fee 0.20 USD must be in the currency of debitedAmount, EUR");
  }

  @Test
  void refundedAmountInAnotherCurrencyThanTheAmountIsRejected() {
    assertRejected(
        () -> convertedPayment().refundedAmount(Money.zero(CurrencyCode.EUR)).build(),
        "Payment.refundedAmount",
        "currency_mismatch",
        "Payment.refundedAmount 0.00 EUR must be in the currency of amount, USD");
  }

  @Test
  void missingStatusIsRejected() {
    assertRejected(
        () -> convertedPayment().status(null).build(),
        "Payment.status",
        "required",
        "Payment.status is required");
  }
}
