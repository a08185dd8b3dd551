/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillPaymentRun;
import dev.walletsdk.model.BillPaymentStatus;
import dev.walletsdk.model.BillerId;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Recurrence;
import dev.walletsdk.model.RecurrenceInterval;
import dev.walletsdk.model.TransactionType;
import dev.walletsdk.model.Wallet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bill payments through the client, sync and async, with schedules on the mock's clock. */
class BillPaymentsClientTest {
  private static final BillerId WATER = BillerId.of("blr_metrowater");

  private final MockWalletServer mock =
      MockWalletServer.builder().startAt(Instant.parse("2026-03-30T08:00:00Z")).build();
  private final WalletClient client =
      WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();
  private final Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));

  @AfterEach
  void audit() {
    client.close();
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  @Test
  void catalogueNamesTheReferenceFormats() {
    assertThat(client.async().billPayments().billers().join())
        .filteredOn(biller -> biller.id().equals(WATER))
        .singleElement()
        .satisfies(
            biller -> assertThat(biller.customerReferenceFormat()).isEqualTo("MW and 6 digits"));
  }

  @Test
  void monthlyScheduleFromTheThirtyFirstKeepsTheMonthEnd() {
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));

    BillPayment bill =
        client
            .billPayments()
            .create(
                r ->
                    r.wallet(alice.id())
                        .biller(WATER)
                        .customerReference("MW123456")
                        .amount(Money.of("25.00", "EUR"))
                        .scheduledFor(Instant.parse("2026-03-31T06:00:00Z"))
                        .recurrence(Recurrence.every(RecurrenceInterval.MONTHLY, 3)));
    mock.control().advanceClock(Duration.ofDays(62));
    BillPayment after = client.billPayments().get(bill.id());

    assertThat(bill.status()).isEqualTo(BillPaymentStatus.SCHEDULED);
    assertThat(after.runs())
        .extracting(BillPaymentRun::dueAt)
        .containsExactly(
            Instant.parse("2026-03-31T06:00:00Z"),
            Instant.parse("2026-04-30T06:00:00Z"),
            Instant.parse("2026-05-31T06:00:00Z"));
    assertThat(after.runs()).allMatch(BillPaymentRun::succeeded);
    assertThat(after.status()).isEqualTo(BillPaymentStatus.COMPLETED);
    assertThat(mock.control().balance(alice.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("25.00", "EUR"));
    assertThat(client.transactions().list(q -> q.wallet(alice.id())).stream())
        .filteredOn(t -> t.type() == TransactionType.BILL_PAYMENT)
        .hasSize(3);
  }

  @Test
  void cancelStopsTheScheduleAndTwiceIsAConflict() {
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
    BillPayment bill =
        client
            .async()
            .billPayments()
            .create(
                r ->
                    r.wallet(alice.id())
                        .biller(WATER)
                        .customerReference("MW123456")
                        .amount(Money.of("5.00", "EUR"))
                        .scheduledFor(Instant.parse("2026-04-01T00:00:00Z"))
                        .recurrence(Recurrence.every(RecurrenceInterval.WEEKLY)))
            .join();

    mock.control().advanceClock(Duration.ofDays(3));
    BillPayment cancelled = client.billPayments().cancel(bill.id());
    mock.control().advanceClock(Duration.ofDays(30));
    ConflictException again =
        catchThrowableOfType(
            ConflictException.class, () -> client.billPayments().cancel(bill.id()));

    assertThat(cancelled.status()).isEqualTo(BillPaymentStatus.CANCELLED);
    assertThat(cancelled.runs()).hasSize(1);
    assertThat(cancelled.nextRunAt()).isEmpty();
    assertThat(again.code()).isEqualTo("conflict");
    assertThat(mock.control().balance(alice.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("95.00", "EUR"));
  }

  @Test
  void wrongReferenceIsRefusedByTheServerNamingTheFormat() {
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client
                    .billPayments()
                    .create(
                        r ->
                            r.wallet(alice.id())
                                .biller(WATER)
                                .customerReference("123456")
                                .amount(Money.of("5.00", "EUR"))));

    assertThat(e.fieldErrors().get(0).field()).isEqualTo("/customerReference");
    assertThat(e.fieldErrors().get(0).message())
        .isEqualTo("must be MW and 6 digits for Metro Water");
    assertThat(mock.control().balance(alice.id(), CurrencyCode.EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
  }
}
