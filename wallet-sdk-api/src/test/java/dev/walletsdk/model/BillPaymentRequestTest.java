/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillPaymentRequestTest {
  private static BillPaymentRequest.Builder bill() {
    return BillPaymentRequest.builder()
        .wallet(WalletId.of("wal_a"))
        .biller(BillerId.of("blr_citypower"))
        .customerReference("0012345678")
        .amount(Money.of("10.00", "EUR"));
  }

  @Test
  void recurrenceNeedsAFirstRun() {
    assertRejected(
        () -> bill().recurrence(Recurrence.every(RecurrenceInterval.WEEKLY)).build(),
        "scheduledFor",
        "required",
        "scheduledFor is required with a recurrence");
  }

  @Test
  void countIsBounded() {
    assertRejected(
        () -> Recurrence.every(RecurrenceInterval.MONTHLY, 1),
        "recurrence.count",
        "out_of_range",
        "recurrence.count must be between 2 and 120 but was 1");
    assertThat(Recurrence.every(RecurrenceInterval.MONTHLY, 120).count()).hasValue(120);
  }

  @Test
  void referenceIsCheckedAtOnce() {
    assertRejected(
        () -> BillPaymentRequest.builder().customerReference("x".repeat(36)),
        "customerReference",
        "invalid_length",
        "customerReference must be 1 to 35 characters but has 36");
    assertRejected(
        () -> BillPaymentRequest.builder().amount(Money.of("-1.00", "EUR")),
        "amount",
        "negative_amount",
        "amount must not be negative but was -1.00 EUR");
  }

  @Test
  void scheduledRequestKeepsItsSchedule() {
    Instant first = Instant.parse("2026-05-01T00:00:00Z");

    BillPaymentRequest request =
        bill()
            .scheduledFor(first)
            .recurrence(Recurrence.every(RecurrenceInterval.WEEKLY, 4))
            .build();

    assertThat(request.scheduledFor()).hasValue(first);
    assertThat(request.recurrence().orElseThrow().count()).hasValue(4);
  }
}
