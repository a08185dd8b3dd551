/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  private final Ledger ledger = new Ledger();
  private final String funding = ledger.account("system:funding:EUR", "EUR", true).key();
  private final String fees = ledger.account("system:fees:EUR", "EUR", true).key();
  private final String alice = ledger.account("wallet:wal_a:EUR", "EUR", false).key();
  private final String bob = ledger.account("wallet:wal_b:EUR", "EUR", false).key();

  private static Memo memo(String id) {
    return new Memo(id, "transfer", null);
  }

  @AfterEach
  void auditStaysClean() {
    assertThat(ledger.audit().violations()).isEmpty();
  }

  @Test
  void postedMovementChangesBothSides() {
    ledger.post(List.of(new Leg(funding, alice, "EUR", 10_000)), T0, memo("fnd_1"));

    assertThat(ledger.find(alice).orElseThrow().posted()).isEqualTo(10_000);
    assertThat(ledger.find(funding).orElseThrow().posted()).isEqualTo(-10_000);
  }

  @Test
  void multiLegMovementLackingFundsChangesNothing() {
    ledger.post(List.of(new Leg(funding, alice, "EUR", 1_000)), T0, memo("fnd_1"));
    List<Leg> legs = List.of(new Leg(alice, bob, "EUR", 990), new Leg(alice, fees, "EUR", 20));

    assertThatThrownBy(() -> ledger.post(legs, T0, memo("trf_1")))
        .isInstanceOf(InsufficientBalanceException.class)
        .hasMessage("account wallet:wal_a:EUR has 1000 available but 1010 is needed");
    assertThat(ledger.find(alice).orElseThrow().posted()).isEqualTo(1_000);
    assertThat(ledger.find(bob).orElseThrow().posted()).isZero();
    assertThat(ledger.journal()).hasSize(1);
  }

  @Test
  void reservationLowersAvailableUntilPosted() {
    ledger.post(List.of(new Leg(funding, alice, "EUR", 1_000)), T0, memo("fnd_1"));
    JournalEntry reservation =
        ledger.reserve(List.of(new Leg(alice, funding, "EUR", 400)), T0, memo("trf_1"));

    Account account = ledger.find(alice).orElseThrow();
    assertThat(account.available()).isEqualTo(600);
    assertThat(account.reserved()).isEqualTo(400);
    assertThat(account.posted()).isEqualTo(1_000);

    ledger.postReservation(reservation.sequence(), T0, memo("trf_1"));
    assertThat(account.available()).isEqualTo(600);
    assertThat(account.reserved()).isZero();
    assertThat(account.posted()).isEqualTo(600);
  }

  @Test
  void voidedReservationReleasesTheAmount() {
    ledger.post(List.of(new Leg(funding, alice, "EUR", 1_000)), T0, memo("fnd_1"));
    JournalEntry reservation =
        ledger.reserve(List.of(new Leg(alice, funding, "EUR", 400)), T0, memo("trf_1"));

    ledger.voidReservation(reservation.sequence(), T0, memo("trf_1"));

    assertThat(ledger.find(alice).orElseThrow().available()).isEqualTo(1_000);
    assertThat(ledger.openReservations()).isEmpty();
  }

  @Test
  void reservationIsResolvedOnlyOnce() {
    ledger.post(List.of(new Leg(funding, alice, "EUR", 1_000)), T0, memo("fnd_1"));
    long reservation =
        ledger.reserve(List.of(new Leg(alice, funding, "EUR", 400)), T0, memo("t")).sequence();
    ledger.postReservation(reservation, T0, memo("t"));

    assertThatThrownBy(() -> ledger.voidReservation(reservation, T0, memo("t")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "reservation " + reservation + " does not exist or was already posted or voided");
    assertThatThrownBy(() -> ledger.postReservation(reservation, T0, memo("t")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void reservedAmountCannotBeSpentTwice() {
    ledger.post(List.of(new Leg(funding, alice, "EUR", 1_000)), T0, memo("fnd_1"));
    ledger.reserve(List.of(new Leg(alice, funding, "EUR", 700)), T0, memo("trf_1"));

    assertThatThrownBy(
            () -> ledger.post(List.of(new Leg(alice, bob, "EUR", 301)), T0, memo("trf_2")))
        .isInstanceOf(InsufficientBalanceException.class);
  }

  @Test
  void timeCannotRunBackwards() {
    ledger.post(List.of(new Leg(funding, alice, "EUR", 1)), T0, memo("fnd_1"));

    assertThatThrownBy(
            () ->
                ledger.post(
                    List.of(new Leg(funding, alice, "EUR", 1)), T0.minusMillis(1), memo("fnd_2")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void journalIsHashChainedFromGenesis() {
    JournalEntry first = ledger.post(List.of(new Leg(funding, alice, "EUR", 5)), T0, memo("a"));
    JournalEntry second = ledger.post(List.of(new Leg(alice, bob, "EUR", 5)), T0, memo("b"));

    assertThat(first.previousHash()).isEqualTo(JournalEntry.GENESIS);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.hash()).isEqualTo(second.expectedHash(first.hash())).hasSize(64);
  }

  @Test
  void auditReportsATamperedEntry() {
    ledger.post(List.of(new Leg(funding, alice, "EUR", 500)), T0, memo("fnd_1"));
    ledger.post(List.of(new Leg(alice, bob, "EUR", 200)), T0, memo("trf_1"));
    List<JournalEntry> tampered = new ArrayList<>(ledger.journal());
    JournalEntry original = tampered.get(1);
    tampered.set(
        1,
        new JournalEntry(
            original.sequence(),
            original.at(),
            original.kind(),
            original.reservation(),
            List.of(new Leg(alice, bob, "EUR", 20)),
            original.memo(),
            original.previousHash(),
            original.hash()));

    List<String> violations = new LedgerAuditor(ledger.accounts(), tampered).audit().violations();

    assertThat(violations)
        .contains(
            "entry 2: hash does not match its contents",
            "account wallet:wal_a:EUR: posted balance is 300 but the journal gives 480",
            "account wallet:wal_b:EUR: posted balance is 200 but the journal gives 20");
  }

  @Test
  void auditReportsAnEntryWhoseLegWasRedirected() {
    ledger.post(List.of(new Leg(funding, alice, "EUR", 500)), T0, memo("fnd_1"));
    ledger.post(
        List.of(new Leg(alice, bob, "EUR", 200), new Leg(alice, fees, "EUR", 2)), T0, memo("t"));
    List<JournalEntry> tampered = new ArrayList<>(ledger.journal());
    JournalEntry original = tampered.get(1);
    tampered.set(
        1,
        new JournalEntry(
            original.sequence(),
            original.at(),
            original.kind(),
            original.reservation(),
            List.of(new Leg(alice, bob, "EUR", 200), new Leg(alice, bob, "EUR", 2)),
            original.memo(),
            original.previousHash(),
            original.hash()));

    List<String> violations = new LedgerAuditor(ledger.accounts(), tampered).audit().violations();

    assertThat(violations)
        .containsExactly(
            "entry 2: hash does not match its contents",
            "account system:fees:EUR: posted balance is 2 but the journal gives 0",
            "account wallet:wal_b:EUR: posted balance is 200 but the journal gives 202");
  }

  @Test
  void auditReportsTwoMovementsOfOneIdempotencyKey() {
    Ledger doubled = new Ledger();
    String source = doubled.account("system:funding:EUR", "EUR", true).key();
    String target = doubled.account("wallet:wal_a:EUR", "EUR", false).key();
    doubled.post(List.of(new Leg(source, target, "EUR", 5)), T0, new Memo("a", "x", "p:k"));
    doubled.post(List.of(new Leg(source, target, "EUR", 5)), T0, new Memo("b", "x", "p:k"));

    assertThat(doubled.audit().violations())
        .containsExactly("entries 1 and 2: idempotency key p:k caused two movements");
  }
}
