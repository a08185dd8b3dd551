/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.Voucher;
import dev.walletsdk.model.VoucherStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A voucher payment and its refunds with request signing, field encryption, receipt verification
 * and step-up on: each call reports what it did, with its receipt verified, and moves money once.
 */
class SecureVoucherPaymentTest {
  private final SecureFixture s = new SecureFixture();

  @AfterEach
  void audit() {
    s.client.close();
    assertThat(s.mock.ledger().audit().violations()).isEmpty();
  }

  private Payment pay(Voucher voucher, String amount) {
    return s.client
        .payments()
        .create(
            r ->
                r.wallet(s.f.alice.id())
                    .merchant(s.mock.control().demoMerchant())
                    .amount(Money.of(amount, "EUR"))
                    .voucher(voucher.id()));
  }

  private Money available() {
    return s.client.balances().get(s.f.alice.id(), CurrencyCode.EUR).available();
  }

  @Test
  void steppedUpVoucherPaymentAndItsPartialRefundsAreVerifiedAndSumExactly() {
    Voucher voucher = s.f.voucher();
    Money before = available();
    int journal = s.mock.ledger().journalSize();

    Payment paid = pay(voucher, "150.05");
    Refund first =
        s.client.payments().refund(r -> r.payment(paid.id()).amount(Money.of("0.05", "EUR")));
    Refund second =
        s.client.payments().refund(r -> r.payment(paid.id()).amount(Money.of("0.05", "EUR")));
    Refund rest = s.client.payments().refund(r -> r.payment(paid.id()));

    // 10 % of 150.05 is 15.005: the half goes to the holder, who pays 135.04.
    assertThat(paid.discount()).contains(Money.of("15.01", "EUR"));
    assertThat(paid.debitedAmount()).isEqualTo(Money.of("135.04", "EUR"));
    assertThat(s.mock.ledger().journalSize()).isEqualTo(journal + 4);
    assertThat(
            List.of(
                first.creditedAmount().amount(),
                second.creditedAmount().amount(),
                rest.creditedAmount().amount()))
        .containsExactly(
            new java.math.BigDecimal("0.04"),
            new java.math.BigDecimal("0.05"),
            new java.math.BigDecimal("134.95"));
    assertThat(available()).isEqualTo(before);
    assertThat(s.client.vouchers().get(voucher.id()).status()).isEqualTo(VoucherStatus.VOID);
    assertThat(s.receipts.verified())
        .containsSubsequence(
            "payment " + paid.id().value(),
            "refund " + first.id().value(),
            "refund " + second.id().value(),
            "refund " + rest.id().value());
  }

  @Test
  void heldVoucherPaymentConfirmedLaterRedeemsOnceWithItsReceiptVerified() {
    Voucher voucher = s.f.voucher();
    Challenge challenge = s.held(() -> pay(voucher, "150.00"));
    int journal = s.mock.ledger().journalSize();

    Payment paid =
        s.client.challenges().confirm(challenge, s.totp()).resultAs(Payment.class).orElseThrow();

    assertThat(challenge.amount()).contains(Money.of("135.00", "EUR"));
    assertThat(paid.discount()).contains(Money.of("15.00", "EUR"));
    assertThat(paid.debitedAmount()).isEqualTo(Money.of("135.00", "EUR"));
    assertThat(s.mock.ledger().journalSize()).isEqualTo(journal + 1);
    assertThat(s.client.vouchers().get(voucher.id()).status()).isEqualTo(VoucherStatus.REDEEMED);
    assertThat(s.receipts.verified()).contains("payment " + paid.id().value());
  }
}
