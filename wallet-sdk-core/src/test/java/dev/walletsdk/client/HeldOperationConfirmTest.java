/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillPaymentStatus;
import dev.walletsdk.model.BillerId;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.ChallengeResult;
import dev.walletsdk.model.ChallengeStatus;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentStatus;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferStatus;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of operation the platform holds for step-up comes back from {@code
 * challenges().confirm(...)} as its typed result, with its receipt verified, after exactly one
 * ledger movement.
 */
class HeldOperationConfirmTest {
  private final SecureFixture s = new SecureFixture();

  @AfterEach
  void audit() {
    s.client.close();
    assertThat(s.mock.ledger().audit().violations()).isEmpty();
    s.f.assertFollowsContract(new ContractAudit(ContractSchemas.shared()));
  }

  /** Holds the call, confirms it, and checks that the confirmation moved money exactly once. */
  private ChallengeResult holdAndConfirm(
      Runnable call, Function<Challenge, ChallengeResult> confirm) {
    Challenge challenge = s.held(call);
    int journal = s.mock.ledger().journalSize();

    ChallengeResult result = confirm.apply(challenge);

    assertThat(s.mock.ledger().journalSize()).isEqualTo(journal + 1);
    assertThat(result.challenge().status()).isEqualTo(ChallengeStatus.CONFIRMED);
    return result;
  }

  private ChallengeResult holdAndConfirm(Runnable call) {
    return holdAndConfirm(call, challenge -> s.client.challenges().confirm(challenge, s.totp()));
  }

  private void assertVerified(String object, String id) {
    assertThat(s.receipts.verified()).last().isEqualTo(object + " " + id);
  }

  @Test
  void heldPaymentComesBackAsAPayment() {
    Payment payment = holdAndConfirm(() -> s.f.pay("150.00")).resultAs(Payment.class).orElseThrow();

    assertThat(payment.amount()).isEqualTo(Money.of("150.00", "EUR"));
    assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertVerified("payment", payment.id().value());
  }

  @Test
  void heldQrPaymentComesBackAsAPayment() {
    Payment payment =
        holdAndConfirm(
                () ->
                    s.client
                        .payments()
                        .payQr(r -> r.wallet(s.f.alice.id()).qr(s.f.demoQr("120.00"))))
            .resultAs(Payment.class)
            .orElseThrow();

    assertThat(payment.amount()).isEqualTo(Money.of("120.00", "EUR"));
    assertVerified("payment", payment.id().value());
  }

  @Test
  void heldTransferComesBackAsATransfer() {
    Transfer transfer =
        holdAndConfirm(
                () ->
                    s.client
                        .transfers()
                        .create(
                            r ->
                                r.from(s.f.alice.id())
                                    .to(s.f.bob.id())
                                    .amount(Money.of("150.00", "EUR"))))
            .resultAs(Transfer.class)
            .orElseThrow();

    assertThat(transfer.status()).isEqualTo(TransferStatus.COMPLETED);
    assertVerified("transfer", transfer.id().value());
  }

  @Test
  void heldPayoutComesBackAsAPendingTransfer() {
    Transfer payout =
        holdAndConfirm(
                () ->
                    s.client
                        .transfers()
                        .create(
                            r ->
                                r.from(s.f.alice.id())
                                    .toAccount(
                                        BankAccount.of(
                                            "Bob Builder", "DE89370400440532013000", "COBADEFF"))
                                    .amount(Money.of("150.00", "EUR"))))
            .resultAs(Transfer.class)
            .orElseThrow();

    assertThat(payout.status()).isEqualTo(TransferStatus.PENDING);
    assertThat(payout.destinationAccount().orElseThrow().accountNumberLast4()).isEqualTo("3000");
    assertVerified("transfer", payout.id().value());
  }

  @Test
  void heldBillPaymentComesBackAsABillPayment() {
    BillPayment bill = holdAndConfirm(this::payBigBill).resultAs(BillPayment.class).orElseThrow();

    assertThat(bill.status()).isEqualTo(BillPaymentStatus.COMPLETED);
    assertThat(bill.amount()).isEqualTo(Money.of("150.00", "EUR"));
    assertVerified("bill_payment", bill.id().value());
  }

  @Test
  void heldBillPaymentConfirmedAsynchronouslyComesBackAsABillPayment() {
    BillPayment bill =
        holdAndConfirm(
                this::payBigBill,
                challenge ->
                    s.client
                        .async()
                        .challenges()
                        .confirm(challenge, s.totp())
                        .orTimeout(10, TimeUnit.SECONDS)
                        .join())
            .resultAs(BillPayment.class)
            .orElseThrow();

    assertThat(bill.status()).isEqualTo(BillPaymentStatus.COMPLETED);
    assertVerified("bill_payment", bill.id().value());
  }

  @Test
  void heldBillPaymentRepeatedWithItsKeyAfterConfirmationReplaysTheVerifiedResult() {
    IdempotencyKey key = IdempotencyKey.of("bill-2026-11");
    BillPayment confirmed =
        holdAndConfirm(() -> payBigBill(key)).resultAs(BillPayment.class).orElseThrow();
    int journal = s.mock.ledger().journalSize();

    BillPayment replayed = payBigBill(key);

    assertThat(replayed).isEqualTo(confirmed);
    assertThat(s.mock.ledger().journalSize()).isEqualTo(journal);
    assertVerified("bill_payment", confirmed.id().value());
  }

  private void payBigBill() {
    payBigBill(null);
  }

  private BillPayment payBigBill(@Nullable IdempotencyKey key) {
    return s.client
        .billPayments()
        .create(
            r ->
                r.wallet(s.f.alice.id())
                    .biller(BillerId.of("blr_citypower"))
                    .customerReference("0012345678")
                    .amount(Money.of("150.00", "EUR"))
                    .idempotencyKey(key));
  }
}
