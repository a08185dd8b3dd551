/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.Tip;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The request types of QR payments and payment tokens validate eagerly. */
class QrRequestsTest {
  private static final WalletId WALLET = WalletId.of("wal_a");

  private static MerchantQr.Builder qr() {
    return MerchantQr.builder()
        .merchantAccount(MerchantAccount.walletMerchant(MerchantId.of("mer_demo")))
        .merchantCategoryCode("5812")
        .currency(CurrencyCode.SGD)
        .countryCode("SG")
        .merchantName("Hawker 12")
        .merchantCity("Singapore");
  }

  @Test
  void codeWithAnAmountNeedsNoneFromThePayer() {
    QrPaymentRequest request =
        QrPaymentRequest.builder()
            .wallet(WALLET)
            .qr(qr().amount(Money.of("4.50", "SGD")).build())
            .build();

    assertThat(request.amount()).isEmpty();
    assertThat(request.qr().amount()).hasValue(Money.of("4.50", "SGD"));
  }

  @Test
  void payerAmountIsRequiredWithoutOneInTheCode() {
    assertRejected(
        () -> QrPaymentRequest.builder().wallet(WALLET).qr(qr().build()).build(),
        "amount",
        "required",
        "amount is required: the QR code has no amount (tag 54)");
  }

  @Test
  void payerAmountMustMatchAFixedOne() {
    assertRejected(
        () ->
            QrPaymentRequest.builder()
                .wallet(WALLET)
                .qr(qr().amount(Money.of("4.50", "SGD")).build())
                .amount(Money.of("4.00", "SGD"))
                .build(),
        "amount",
        "amount_mismatch",
        "amount 4.00 SGD differs from the QR code's amount 4.50 SGD");
  }

  @Test
  void amountAndTipMustBeInTheCodesCurrency() {
    assertRejected(
        () ->
            QrPaymentRequest.builder()
                .wallet(WALLET)
                .qr(qr().tip(Tip.prompt()).build())
                .amount(Money.of("4.00", "SGD"))
                .tip(Money.of("1.00", "EUR"))
                .build(),
        "tip",
        "currency_mismatch",
        "tip 1.00 EUR must be in the QR code's currency, SGD");
  }

  @Test
  void tipOnlyWhenTheCodePromptsForOne() {
    assertRejected(
        () ->
            QrPaymentRequest.builder()
                .wallet(WALLET)
                .qr(qr().tip(Tip.fixedFee(Money.of("0.20", "SGD"))).build())
                .amount(Money.of("4.00", "SGD"))
                .tip(Money.of("1.00", "SGD"))
                .build(),
        "tip",
        "tip_not_allowed",
        "tip is only allowed when the QR code prompts for one");
  }

  @Test
  void negativeTipIsRejectedAtOnce() {
    assertRejected(
        () -> QrPaymentRequest.builder().tip(Money.of("-1.00", "SGD")),
        "tip",
        "negative_amount",
        "tip must not be negative but was -1.00 SGD");
  }

  @Test
  void tokenLifetimeIsBoundedAndWhole() {
    assertRejected(
        () -> PaymentTokenRequest.builder().lifetime(Duration.ofSeconds(301)),
        "lifetime",
        "out_of_range",
        "lifetime must be whole seconds from 10 to 300 but was PT5M1S");
    assertRejected(
        () -> PaymentTokenRequest.builder().lifetime(Duration.ofMillis(10_500)),
        "lifetime",
        "out_of_range",
        "lifetime must be whole seconds from 10 to 300 but was PT10.5S");
    assertThat(
            PaymentTokenRequest.builder()
                .wallet(WALLET)
                .lifetime(Duration.ofSeconds(10))
                .build()
                .lifetime())
        .hasValue(Duration.ofSeconds(10));
  }

  @Test
  void redemptionNeedsPayloadMerchantAndPositiveAmount() {
    assertRejected(
        () -> TokenRedemptionRequest.builder().merchant(MerchantId.of("mer_demo")).build(),
        "payload",
        "required",
        "payload is required");
    assertRejected(
        () -> TokenRedemptionRequest.builder().amount(Money.of("0.00", "EUR")),
        "amount",
        "zero_amount",
        "amount must be greater than zero but was 0.00 EUR");
    assertRejected(
        () -> TokenRedemptionRequest.builder().payload("WSDKPT1:\n"),
        "payload",
        "invalid_character",
        "payload must not contain control characters (found U+000A at index 8)");
  }

  @Test
  void redemptionToStringHidesTheToken() {
    TokenRedemptionRequest request =
        TokenRedemptionRequest.builder()
            .payload("WSDKPT1:pqt_secret:1:sig")
            .merchant(MerchantId.of("mer_demo"))
            .amount(Money.of("1.00", "EUR"))
            .build();

    assertThat(request.toString()).doesNotContain("pqt_secret");
  }
}
