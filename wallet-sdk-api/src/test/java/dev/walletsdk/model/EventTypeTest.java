/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypeTest {
  @Test
  void knownNameGivesTheConstant() {
    assertThat(EventType.of("transfer.completed")).isSameAs(EventType.TRANSFER_COMPLETED);
  }

  @Test
  void unknownWellFormedNameIsAccepted() {
    EventType type = EventType.of("dispute.funds_withdrawn");

    assertThat(type.value()).isEqualTo("dispute.funds_withdrawn");
    assertThat(EventType.known()).doesNotContain(type);
  }

  @Test
  void typesWithTheSameNameAreEqual() {
    assertThat(EventType.of("dispute.opened"))
        .isEqualTo(EventType.of("dispute.opened"))
        .hasSameHashCodeAs(EventType.of("dispute.opened"))
        .hasToString("dispute.opened");
  }

  @ParameterizedTest
  @ValueSource(strings = {"transfer", "Transfer.completed", "transfer.", ".completed", "a..b", ""})
  void malformedNameIsRejected(String name) {
    assertRejected(
        () -> EventType.of(name),
        "eventType",
        "invalid_format",
        "eventType \"" + name + "\" is not a valid event type such as \"transfer.completed\"");
  }

  @Test
  void missingNameIsRejected() {
    assertRejected(
        () -> EventType.of(null),
        "eventType",
        "invalid_format",
        "eventType null is not a valid event type such as \"transfer.completed\"");
  }

  @Test
  void knownListsEveryConstantOnce() {
    assertThat(EventType.known())
        .extracting(EventType::value)
        .containsExactly(
            "wallet.created",
            "wallet.funded",
            "payment.succeeded",
            "refund.succeeded",
            "transfer.pending",
            "transfer.completed",
            "transfer.failed",
            "challenge.created",
            "challenge.confirmed",
            "payment_token.created",
            "payment_token.redeemed",
            "split_bill.succeeded",
            "bill_payment.succeeded",
            "bill_payment.scheduled",
            "bill_payment.failed",
            "bill_payment.cancelled",
            "rewards.earned",
            "rewards.reversed",
            "rewards.redeemed",
            "kyc.upgraded",
            "privacy.exported",
            "privacy.erased",
            "budget.threshold_reached",
            "budget.exceeded",
            "risk.flagged",
            "risk_review.released",
            "risk_review.rejected",
            "pot.created",
            "pot.moved",
            "pot.target_reached",
            "pot.sweep_failed",
            "pot.closed",
            "offer.created",
            "voucher.issued",
            "voucher.redeemed",
            "voucher.expired",
            "voucher.restored",
            "voucher.forfeited",
            "invoice.issued",
            "invoice.partially_paid",
            "invoice.paid",
            "invoice.overdue",
            "invoice.voided",
            "invoice.credited",
            "membership.tier_changed",
            "payout_batch.completed");
  }

  @Test
  void everyKnownTypeNamesTheClassOfItsData() {
    assertThat(EventType.known()).allSatisfy(type -> assertThat(type.dataType()).isPresent());
    assertThat(EventType.WALLET_FUNDED.dataType()).contains(Transaction.class);
    assertThat(EventType.PAYMENT_TOKEN_REDEEMED.dataType()).contains(PaymentToken.class);
    assertThat(EventType.SPLIT_BILL_SUCCEEDED.dataType()).contains(SplitBill.class);
    assertThat(EventType.BILL_PAYMENT_CANCELLED.dataType()).contains(BillPayment.class);
  }

  @Test
  void unknownTypeHasNoDataClass() {
    assertThat(EventType.of("dispute.opened").dataType()).isEmpty();
  }

  @Test
  void knownNamesResolveToTheirConstants() {
    for (EventType type : EventType.known()) {
      assertThat(EventType.of(type.value())).isSameAs(type);
    }
  }
}
