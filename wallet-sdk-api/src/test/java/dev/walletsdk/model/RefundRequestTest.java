/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefundRequestTest {
  private static final PaymentId PAYMENT = PaymentId.of("pay_p1");

  @Test
  void refundWithoutAnAmountRefundsEverything() {
    RefundRequest request = RefundRequest.builder().payment(PAYMENT).build();

    assertThat(request.paymentId()).isEqualTo(PAYMENT);
    assertThat(request.amount()).isEmpty();
    assertThat(request.reason()).isEmpty();
  }

  @Test
  void partialRefundKeepsItsAmountAndReason() {
    RefundRequest request =
        RefundRequest.builder()
            .payment(PAYMENT)
            .amount(Money.of("2.50", "EUR"))
            .reason("Damaged item")
            .build();

    assertThat(request.amount()).contains(Money.of("2.50", "EUR"));
    assertThat(request.reason()).contains("Damaged item");
  }

  @Test
  void clearingTheAmountMakesAFullRefund() {
    RefundRequest request =
        RefundRequest.builder()
            .payment(PAYMENT)
            .amount(Money.of("2.50", "EUR"))
            .amount(null)
            .build();

    assertThat(request.amount()).isEmpty();
  }

  @Test
  void missingPaymentIsRejected() {
    assertRejected(
        () -> RefundRequest.builder().amount(Money.of("2.50", "EUR")).build(),
        "payment",
        "required",
        "payment is required");
  }

  @Test
  void zeroAmountIsRejectedWhenSet() {
    assertRejected(
        () -> RefundRequest.builder().amount(Money.of("0.00", "EUR")),
        "amount",
        "zero_amount",
        "amount must be greater than zero but was 0.00 EUR");
  }

  @Test
  void negativeAmountIsRejectedWhenSet() {
    assertRejected(
        () -> RefundRequest.builder().amount(Money.of("-2.50", "EUR")),
        "amount",
        "negative_amount",
        "amount must not be negative but was -2.50 EUR");
  }

  @Test
  void reasonWithAControlCharacterIsRejected() {
    assertRejected(
        () -> RefundRequest.builder().reason("bad\nreason"),
        "reason",
        "invalid_character",
        "reason must not contain control characters (found U+000A at index 3)");
  }
}
