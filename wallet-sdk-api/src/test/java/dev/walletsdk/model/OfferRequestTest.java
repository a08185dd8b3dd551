/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OfferRequestTest {
  private static final MerchantId MERCHANT = MerchantId.of("mer_m1");
  private static final Instant UNTIL = Instant.parse("2026-07-01T00:00:00Z");

  private static OfferRequest.Builder base() {
    return OfferRequest.builder()
        .merchant(MERCHANT)
        .title("Spring deal")
        .currency(CurrencyCode.EUR)
        .validUntil(UNTIL);
  }

  @Test
  void percentageOfferKeepsEveryFieldAndDefaultsToOneVoucherPerHolder() {
    OfferRequest request = base().percentOff(15).minimumSpend(Money.of("20.00", "EUR")).build();

    assertThat(request.merchantId()).isEqualTo(MERCHANT);
    assertThat(request.title()).isEqualTo("Spring deal");
    assertThat(request.percentOff()).contains(15);
    assertThat(request.amountOff()).isEmpty();
    assertThat(request.minimumSpend()).contains(Money.of("20.00", "EUR"));
    assertThat(request.validFrom()).isEmpty();
    assertThat(request.validUntil()).isEqualTo(UNTIL);
    assertThat(request.perHolderLimit()).isEqualTo(1);
  }

  @Test
  void percentageOfOneHundredIsRejected() {
    assertRejected(
        () -> base().percentOff(100),
        "percentOff",
        "out_of_range",
        "percentOff must be between 1 and 99 but was 100");
  }

  @Test
  void bothPercentageAndAmountOffAreRejected() {
    assertRejected(
        () ->
            base()
                .percentOff(10)
                .amountOff(Money.of("5.00", "EUR"))
                .minimumSpend(Money.of("20.00", "EUR"))
                .build(),
        "amountOff",
        "mutually_exclusive",
        "exactly one of percentOff and amountOff must be set but both were");
  }

  @Test
  void fixedOfferWithoutAGreaterMinimumSpendIsRejected() {
    assertRejected(
        () ->
            base().amountOff(Money.of("5.00", "EUR")).minimumSpend(Money.of("5.00", "EUR")).build(),
        "minimumSpend",
        "out_of_range",
        "a fixed offer needs a minimumSpend greater than its amountOff 5.00 EUR");
  }

  @Test
  void amountInAnotherCurrencyIsRejected() {
    assertRejected(
        () ->
            base()
                .amountOff(Money.of("5.00", "USD"))
                .minimumSpend(Money.of("20.00", "EUR"))
                .build(),
        "amountOff",
        "currency_mismatch",
        "amountOff 5.00 USD must be in the offer's currency, EUR");
  }

  @Test
  void windowEndingBeforeItStartsIsRejected() {
    assertRejected(
        () -> base().percentOff(10).validFrom(UNTIL).build(),
        "validUntil",
        "out_of_range",
        "validUntil 2026-07-01T00:00:00Z must be after validFrom 2026-07-01T00:00:00Z");
  }

  @Test
  void voucherWithAQuoteIsRejected() {
    assertRejected(
        () ->
            PaymentRequest.builder()
                .wallet(WalletId.of("wal_a1"))
                .merchant(MERCHANT)
                .quote(QuoteId.of("quo_q1"))
                .voucher(VoucherId.of("vch_v1"))
                .build(),
        "voucher",
        "mutually_exclusive",
        "a voucher applies to a payment by amount, not by quote");
  }

  @Test
  void paymentWithADiscountButNoVoucherIsRejected() {
    assertRejected(
        () ->
            Payment.builder()
                .id(PaymentId.of("pay_p1"))
                .walletId(WalletId.of("wal_a1"))
                .merchantId(MERCHANT)
                .amount(Money.of("10.00", "EUR"))
                .debitedAmount(Money.of("9.00", "EUR"))
                .fee(Money.of("0.00", "EUR"))
                .status(PaymentStatus.SUCCEEDED)
                .refundedAmount(Money.of("0.00", "EUR"))
                .createdAt(UNTIL)
                .discount(Money.of("1.00", "EUR"))
                .build(),
        "Payment.discount",
        "required",
        "a payment has a voucher and its discount together, or neither");
  }
}
