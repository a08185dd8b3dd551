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
import org.junit.jupiter.api.Test;

/**
 * The auditor finds each kind of corruption on its own: journals and balances are built by hand
 * here, hash chain intact, so that only the invariant under test is broken.
 */
class LedgerAuditorTest {
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final Memo MEMO = new Memo("trf_1", "transfer", null);

  private final List<JournalEntry> journal = new ArrayList<>();
  private final Account funding =
      new Account("system:funding:EUR", "EUR", true, Ledger.MAX_BALANCE);
  private final Account alice = new Account("wallet:wal_a:EUR", "EUR", false, Ledger.MAX_BALANCE);
  private final Account bob = new Account("wallet:wal_b:EUR", "EUR", false, Ledger.MAX_BALANCE);

  /** Appends a correctly chained entry. */
  private JournalEntry append(EntryKind kind, long reservation, Leg leg, Memo memo) {
    long sequence = journal.size() + 1L;
    String previous =
        journal.isEmpty() ? JournalEntry.GENESIS : journal.get(journal.size() - 1).hash();
    String hash = JournalEntry.hash(previous, sequence, T0, kind, reservation, List.of(leg), memo);
    JournalEntry entry =
        new JournalEntry(sequence, T0, kind, reservation, List.of(leg), memo, previous, hash);
    journal.add(entry);
    return entry;
  }

  private JournalEntry post(Account from, Account to, long amount, Memo memo) {
    from.addPosted(amount, 0);
    to.addPosted(0, amount);
    return append(EntryKind.POST, 0, new Leg(from.key(), to.key(), from.currency(), amount), memo);
  }

  private List<String> audit(Account... accounts) {
    return new LedgerAuditor(List.of(accounts), journal).audit().violations();
  }

  @Test
  void consistentHandBuiltLedgerIsClean() {
    post(funding, alice, 500, MEMO);
    post(alice, bob, 200, MEMO);

    assertThat(audit(funding, alice, bob)).isEmpty();
  }

  @Test
  void accountThatWentNegativeOnTheWayIsFoundEvenIfItEndsPositive() {
    post(alice, bob, 100, MEMO);
    post(funding, alice, 300, MEMO);

    assertThat(alice.available()).isEqualTo(200);
    assertThat(audit(funding, alice, bob))
        .containsExactly("entry 1: account wallet:wal_a:EUR went negative (available -100)");
  }

  @Test
  void legBetweenCurrenciesBreaksDoubleEntryPerCurrency() {
    Account dollars = new Account("wallet:wal_b:USD", "USD", true, Ledger.MAX_BALANCE);
    post(funding, dollars, 100, MEMO);

    assertThat(audit(funding, dollars))
        .containsExactly(
            "currency EUR: posted balances add up to -100, not 0",
            "currency USD: posted balances add up to 100, not 0");
  }

  @Test
  void reservationResolvedTwiceIsFound() {
    post(funding, alice, 500, MEMO);
    Leg leg = new Leg(alice.key(), bob.key(), "EUR", 50);
    JournalEntry reserve = append(EntryKind.RESERVE, 2, leg, MEMO);
    alice.addPending(50, 0);
    bob.addPending(0, 50);
    append(EntryKind.VOID, reserve.sequence(), leg, MEMO);
    append(EntryKind.RESERVE, 4, leg, MEMO);
    append(EntryKind.VOID, reserve.sequence(), leg, MEMO);
    append(EntryKind.POST_PENDING, 99, leg, MEMO);

    assertThat(audit(funding, alice, bob))
        .contains(
            "entry 5: reservation 2 was already voided", "entry 6: reservation 99 does not exist");
  }

  @Test
  void idempotencyKeyThatMovedMoneyTwiceIsFoundButItsResolutionsAreNot() {
    Memo keyed = new Memo("trf_1", "transfer", "partner:key-1");
    post(funding, alice, 500, keyed);
    post(funding, alice, 500, keyed);
    JournalEntry reserve =
        append(EntryKind.RESERVE, 3, new Leg(alice.key(), bob.key(), "EUR", 10), keyed);
    alice.addPending(10, 0);
    bob.addPending(0, 10);
    append(EntryKind.VOID, reserve.sequence(), new Leg(alice.key(), bob.key(), "EUR", 10), keyed);
    alice.addPending(-10, 0);
    bob.addPending(0, -10);

    assertThat(audit(funding, alice, bob))
        .containsExactly(
            "entries 1 and 2: idempotency key partner:key-1 caused two movements",
            "entries 1 and 3: idempotency key partner:key-1 caused two movements");
  }

  @Test
  void hashCoversThePreviousHashAndTheIdempotencyScope() {
    Leg leg = new Leg(funding.key(), alice.key(), "EUR", 1);
    String base =
        JournalEntry.hash(JournalEntry.GENESIS, 1, T0, EntryKind.POST, 0, List.of(leg), MEMO);

    assertThat(JournalEntry.hash("1".repeat(64), 1, T0, EntryKind.POST, 0, List.of(leg), MEMO))
        .isNotEqualTo(base);
    assertThat(
            JournalEntry.hash(
                JournalEntry.GENESIS,
                1,
                T0,
                EntryKind.POST,
                0,
                List.of(leg),
                new Memo("trf_1", "transfer", "partner:k")))
        .isNotEqualTo(base);
  }

  @Test
  void entryWhoseScopeWasRewrittenNoLongerMatchesItsHash() {
    JournalEntry original = post(funding, alice, 500, new Memo("trf_1", "transfer", "p:k1"));
    journal.set(
        0,
        new JournalEntry(
            1,
            T0,
            EntryKind.POST,
            0,
            original.legs(),
            new Memo("trf_1", "transfer", "p:k2"),
            original.previousHash(),
            original.hash()));

    assertThat(audit(funding, alice)).containsExactly("entry 1: hash does not match its contents");
  }

  // --- the ledger refuses what the auditor would report ------------------------------------

  private final Ledger ledger = new Ledger();
  private final String fund = ledger.account("system:funding:EUR", "EUR", true).key();
  private final String a = ledger.account("wallet:wal_a:EUR", "EUR", false).key();
  private final String b = ledger.account("wallet:wal_b:EUR", "EUR", false).key();

  @Test
  void reservationsNeedFundsSummedOverTheirLegs() {
    ledger.post(List.of(new Leg(fund, a, "EUR", 100)), T0, MEMO);

    assertThatThrownBy(
            () ->
                ledger.reserve(
                    List.of(new Leg(a, b, "EUR", 60), new Leg(a, b, "EUR", 60)), T0, MEMO))
        .isInstanceOf(InsufficientBalanceException.class)
        .hasMessage("account wallet:wal_a:EUR has 100 available but 120 is needed");
    assertThat(ledger.find(a).orElseThrow().available()).isEqualTo(100);
    assertThat(ledger.journal()).hasSize(1);
  }

  @Test
  void reservationEntryIsItsOwnReservationAndItsResolutionsAreReturned() {
    ledger.post(List.of(new Leg(fund, a, "EUR", 100)), T0, MEMO);
    JournalEntry reserve = ledger.reserve(List.of(new Leg(a, b, "EUR", 30)), T0, MEMO);
    JournalEntry voided = ledger.voidReservation(reserve.sequence(), T0, MEMO);

    assertThat(reserve.reservation()).isEqualTo(reserve.sequence()).isEqualTo(2);
    assertThat(voided.kind()).isEqualTo(EntryKind.VOID);
    assertThat(voided.reservation()).isEqualTo(2);
    assertThat(ledger.audit().violations()).isEmpty();
  }

  @Test
  void everyKindOfEntryRefusesATimeBeforeTheLastEntry() {
    Instant later = T0.plusSeconds(60);
    ledger.post(List.of(new Leg(fund, a, "EUR", 100)), T0, MEMO);
    JournalEntry reserve = ledger.reserve(List.of(new Leg(a, b, "EUR", 30)), later, MEMO);
    ledger.reserve(List.of(new Leg(a, b, "EUR", 30)), later, MEMO);
    String message = "journal time " + T0 + " is before the last entry's time " + later;

    assertThatThrownBy(() -> ledger.reserve(List.of(new Leg(a, b, "EUR", 1)), T0, MEMO))
        .hasMessage(message);
    assertThatThrownBy(() -> ledger.postReservation(reserve.sequence(), T0, MEMO))
        .hasMessage(message);
    assertThatThrownBy(() -> ledger.voidReservation(reserve.sequence(), T0, MEMO))
        .hasMessage(message);
    assertThat(ledger.journal()).hasSize(3);
    assertThat(ledger.openReservations()).containsKeys(2L, 3L);
    assertThat(ledger.audit().violations()).isEmpty();
  }
}
