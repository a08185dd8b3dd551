/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

import java.util.Arrays;
import java.util.List;

/**
 * What one journal entry does to each account it touches, computed and checked in full before any
 * account changes: exact arithmetic throughout, every bound checked, so that an entry is applied
 * whole or not at all. One per ledger, reused for every entry: the touched accounts and their new
 * values are kept in small arrays in order of first touch (an entry touches a few accounts).
 */
final class EntryEffect {
  /** The touched accounts, in order of first touch. */
  private Account[] touched = new Account[8];

  /** New posted balance, pending debits and pending credits of each touched account. */
  private long[] after = new long[3 * 8];

  private int size;

  /**
   * Computes and checks the effect of an entry's legs, replacing any effect computed before.
   *
   * @param accounts the debit and the credit account of each leg, in turn
   * @throws BalanceLimitException if an account would pass its limit; nothing is changed
   */
  EntryEffect compute(EntryKind kind, List<Leg> legs, Account[] accounts) {
    size = 0;
    for (int i = 0, n = legs.size(); i < n; i++) {
      Account debit = accounts[2 * i];
      Account credit = accounts[2 * i + 1];
      long amount = legs.get(i).amount();
      switch (kind) {
        case POST -> {
          add(debit, -amount, 0, 0);
          add(credit, amount, 0, 0);
        }
        case RESERVE -> {
          add(debit, 0, amount, 0);
          add(credit, 0, 0, amount);
        }
        case POST_PENDING -> {
          add(debit, -amount, -amount, 0);
          add(credit, amount, 0, -amount);
        }
        case VOID -> {
          add(debit, 0, -amount, 0);
          add(credit, 0, 0, -amount);
        }
      }
    }
    for (int i = 0; i < size; i++) {
      checkBounds(touched[i], after[3 * i], after[3 * i + 1], after[3 * i + 2]);
    }
    return this;
  }

  /** Applies the checked effect; nothing here can fail. */
  void apply() {
    for (int i = 0; i < size; i++) {
      touched[i].set(after[3 * i], after[3 * i + 1], after[3 * i + 2]);
      touched[i] = null;
    }
    size = 0;
  }

  private void add(Account account, long posted, long debitsPending, long creditsPending) {
    int index = indexOf(account);
    int at = 3 * index;
    try {
      after[at] = Math.addExact(after[at], posted);
      after[at + 1] = Math.addExact(after[at + 1], debitsPending);
      after[at + 2] = Math.addExact(after[at + 2], creditsPending);
    } catch (ArithmeticException e) {
      throw new BalanceLimitException(
          account.key(), "would hold", "more than a long can count", account.limit());
    }
  }

  /** The account's slot, taken with its current values on first touch. */
  private int indexOf(Account account) {
    for (int i = 0; i < size; i++) {
      if (touched[i] == account) {
        return i;
      }
    }
    if (size == touched.length) {
      touched = Arrays.copyOf(touched, 2 * size);
      after = Arrays.copyOf(after, 6 * size);
    }
    touched[size] = account;
    after[3 * size] = account.posted();
    after[3 * size + 1] = account.debitsPending();
    after[3 * size + 2] = account.creditsPending();
    return size++;
  }

  /**
   * The account may neither hold more than its limit counting incoming reservations, nor owe more
   * than its limit counting outgoing ones, so posting any open reservation stays within bounds.
   */
  private static void checkBounds(
      Account account, long posted, long debitsPending, long creditsPending) {
    long limit = account.limit();
    if (debitsPending < 0 || creditsPending < 0) {
      throw new IllegalStateException("account " + account.key() + " would reserve below zero");
    }
    long highest;
    long lowest;
    try {
      highest = Math.addExact(posted, creditsPending);
      lowest = Math.subtractExact(posted, debitsPending);
    } catch (ArithmeticException e) {
      throw new BalanceLimitException(
          account.key(), "would hold", "more than a long can count", limit);
    }
    if (highest > limit) {
      throw new BalanceLimitException(account.key(), "would hold", Long.toString(highest), limit);
    }
    if (lowest < -limit) {
      throw new BalanceLimitException(account.key(), "would owe", Long.toString(-lowest), limit);
    }
  }
}
