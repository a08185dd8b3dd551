/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entries near the ledger's bounds and near {@code Long.MAX_VALUE} apply whole or not at all. */
class LedgerBoundsTest {
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final String[] KEYS = {
    "system:funding:EUR", "system:fees:EUR", "wallet:wal_a:EUR", "wallet:wal_b:EUR"
  };

  private static Ledger ledger() {
    Ledger ledger = new Ledger();
    for (String key : KEYS) {
      ledger.account(key, "EUR", key.startsWith("system:"));
    }
    return ledger;
  }

  private static Memo memo(String id) {
    return new Memo(id, "transfer", null);
  }

  /** Every balance and total of every account, and the journal's length. */
  private static String state(Ledger ledger) {
    StringBuilder text = new StringBuilder().append(ledger.journal().size());
    for (Account account : ledger.accounts()) {
      text.append(' ')
          .append(account.key())
          .append('=')
          .append(account.posted())
          .append('/')
          .append(account.debitsPending())
          .append('/')
          .append(account.creditsPending());
    }
    return text.append(' ').append(ledger.openReservations().keySet()).toString();
  }

  @Test
  void pingPongTransfersOfTheLargestLegNeverWearAnAccountOut() {
    Ledger ledger = ledger();
    long largest = Ledger.MAX_BALANCE;
    ledger.post(List.of(new Leg(KEYS[0], KEYS[2], "EUR", largest)), T0, memo("fnd_1"));

    for (int i = 0; i < 50; i++) {
      ledger.post(List.of(new Leg(KEYS[2], KEYS[3], "EUR", largest)), T0, memo("trf_a" + i));
      ledger.post(List.of(new Leg(KEYS[3], KEYS[2], "EUR", largest)), T0, memo("trf_b" + i));
    }

    assertThat(ledger.find(KEYS[2]).orElseThrow().posted()).isEqualTo(largest);
    assertThat(ledger.find(KEYS[3]).orElseThrow().posted()).isZero();
    assertThat(ledger.journal()).hasSize(101);
    assertThat(ledger.audit().violations()).isEmpty();
  }

  @Test
  void creditBeyondTheBalanceLimitChangesNothing() {
    Ledger ledger = ledger();
    ledger.post(List.of(new Leg(KEYS[0], KEYS[2], "EUR", Ledger.MAX_BALANCE)), T0, memo("fnd_1"));
    String before = state(ledger);

    assertThatThrownBy(
            () ->
                ledger.post(
                    List.of(
                        new Leg(KEYS[1], KEYS[3], "EUR", 5), new Leg(KEYS[1], KEYS[2], "EUR", 1)),
                    T0,
                    memo("fnd_2")))
        .isInstanceOf(BalanceLimitException.class)
        .hasMessage(
            "account wallet:wal_a:EUR would hold 1000000000000000001 but may hold at most "
                + "1000000000000000000");
    assertThat(state(ledger)).isEqualTo(before);
    assertThat(ledger.audit().violations()).isEmpty();
  }

  @Test
  void accountLimitIsTheSmallerOfItsOwnAndTheLedgers() {
    Ledger ledger = new Ledger();
    String funding = ledger.account("system:funding:EUR", "EUR", true).key();
    String wallet = ledger.account("wallet:wal_a:EUR", "EUR", false, 1_000).key();
    ledger.post(List.of(new Leg(funding, wallet, "EUR", 1_000)), T0, memo("fnd_1"));

    assertThatThrownBy(
            () -> ledger.reserve(List.of(new Leg(funding, wallet, "EUR", 1)), T0, memo("fnd_2")))
        .isInstanceOf(BalanceLimitException.class)
        .hasMessage("account wallet:wal_a:EUR would hold 1001 but may hold at most 1000");
    assertThat(ledger.find(wallet).orElseThrow().posted()).isEqualTo(1_000);
    assertThat(ledger.openReservations()).isEmpty();
  }

  @Test
  void randomLegsNearLongMaxValueApplyWholeOrLeaveTheLedgerUnchanged() {
    qt().withExamples(300)
        .withShrinkCycles(50)
        .forAll(
            lists().of(integers().between(0, 15)).ofSizeBetween(1, 6),
            lists().of(longs().between(1, 1_000)).ofSizeBetween(6, 6),
            integers().between(0, 3))
        .checkAssert(LedgerBoundsTest::applyWholeOrNotAtAll);
  }

  /**
   * Funds the ledger close to its edge, then posts or reserves a random set of legs whose amounts
   * are near {@code Long.MAX_VALUE} or near the balance limit.
   */
  private static void applyWholeOrNotAtAll(List<Integer> pairs, List<Long> offsets, int kind) {
    Ledger ledger = ledger();
    ledger.post(
        List.of(new Leg(KEYS[0], KEYS[2], "EUR", Ledger.MAX_BALANCE - 500)), T0, memo("fnd_1"));
    List<Leg> legs = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      int pair = pairs.get(i);
      String debit = KEYS[pair % 4];
      String credit = KEYS[(pair % 4 + 1 + (pair / 4) % 3) % 4];
      long offset = offsets.get(i);
      long amount =
          switch ((int) (offset % 3)) {
            case 0 -> Long.MAX_VALUE - offset;
            case 1 -> Ledger.MAX_BALANCE / 2 + offset;
            default -> offset;
          };
      legs.add(new Leg(debit, credit, "EUR", amount));
    }
    String before = state(ledger);
    try {
      switch (kind) {
        case 0 -> ledger.post(legs, T0, memo("trf_1"));
        case 1 -> ledger.reserve(legs, T0, memo("trf_1"));
        default -> {
          JournalEntry reserved = ledger.reserve(legs, T0, memo("trf_1"));
          if (kind == 2) {
            ledger.postReservation(reserved.sequence(), T0, memo("trf_1"));
          } else {
            ledger.voidReservation(reserved.sequence(), T0, memo("trf_1"));
          }
        }
      }
      assertThat(ledger.journal().size()).isGreaterThan(1);
    } catch (InsufficientBalanceException | BalanceLimitException e) {
      assertThat(state(ledger)).isEqualTo(before);
    }
    assertThat(ledger.audit().violations()).isEmpty();
    for (Account account : ledger.accounts()) {
      assertThat(Math.abs(account.posted())).isLessThanOrEqualTo(Ledger.MAX_BALANCE);
    }
  }
}
