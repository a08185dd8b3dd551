/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

import dev.walletsdk.mock.AuditReport;
import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A double-entry ledger in integer minor units. Every change is a journal entry whose legs move
 * money between accounts of one currency; a movement of several legs (an FX conversion with its
 * fee) is one entry, applied entirely or not at all: every leg is checked, with exact arithmetic,
 * against funds and against each account's {@linkplain Account#limit() limit} before any account
 * changes. A reservation is posted or voided exactly once. The journal is append-only and
 * hash-chained.
 *
 * <p>Not thread-safe: the engine calls it under its lock.
 */
public final class Ledger {
  /** The most any account may hold, or owe, in minor units; sums of two such values fit a long. */
  public static final long MAX_BALANCE = 1_000_000_000_000_000_000L;

  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final List<JournalEntry> journal = new ArrayList<>();
  private final Map<Long, JournalEntry> openReservations = new LinkedHashMap<>();
  private final EntryHasher hasher = new EntryHasher();
  private final EntryEffect effect = new EntryEffect();

  /** The debit and credit account of each leg of the entry being made, in turn. */
  private Account[] legAccounts = new Account[8];

  /**
   * Returns an account, creating it on first use.
   *
   * @param key the account's key
   * @param currency its currency
   * @param mayGoNegative whether it may go below zero; fixed when the account is created
   * @return the account
   */
  public Account account(String key, String currency, boolean mayGoNegative) {
    return account(key, currency, mayGoNegative, MAX_BALANCE);
  }

  /**
   * Returns an account, creating it on first use with its own limit.
   *
   * @param key the account's key
   * @param currency its currency
   * @param mayGoNegative whether it may go below zero; fixed when the account is created
   * @param limit the most it may hold, or owe, in minor units, at most {@link #MAX_BALANCE}; fixed
   *     when the account is created
   * @return the account
   */
  public Account account(String key, String currency, boolean mayGoNegative, long limit) {
    if (limit <= 0 || limit > MAX_BALANCE) {
      throw new IllegalArgumentException(
          "account limit must be from 1 to " + MAX_BALANCE + " but was " + limit);
    }
    Account account =
        accounts.computeIfAbsent(key, k -> new Account(k, currency, mayGoNegative, limit));
    if (!account.currency().equals(currency)) {
      throw new IllegalArgumentException(
          "account " + key + " is in " + account.currency() + ", not " + currency);
    }
    return account;
  }

  /**
   * Finds an account.
   *
   * @param key the account's key
   * @return the account, if it exists
   */
  public Optional<Account> find(String key) {
    return Optional.ofNullable(accounts.get(key));
  }

  /**
   * Returns every account in order of creation.
   *
   * @return an unmodifiable view
   */
  public Collection<Account> accounts() {
    return Collections.unmodifiableCollection(accounts.values());
  }

  /**
   * Returns the journal.
   *
   * @return an unmodifiable view, oldest entry first
   */
  public List<JournalEntry> journal() {
    return Collections.unmodifiableList(journal);
  }

  /**
   * Returns the reservations not yet posted or voided.
   *
   * @return the reserving entries by sequence
   */
  public Map<Long, JournalEntry> openReservations() {
    return Collections.unmodifiableMap(openReservations);
  }

  /**
   * Posts a movement at once.
   *
   * @param legs the legs; accounts must exist
   * @param at the server time
   * @param memo what caused it
   * @return the journal entry
   * @throws InsufficientBalanceException if an account that may not go negative lacks funds
   * @throws BalanceLimitException if an account would pass its limit
   */
  public JournalEntry post(List<Leg> legs, Instant at, Memo memo) {
    requireMonotonic(at);
    requireFunds(legs);
    effect.compute(EntryKind.POST, legs, legAccounts).apply();
    return append(at, EntryKind.POST, 0, legs, memo);
  }

  /**
   * Reserves a movement: the debited accounts' available balances drop at once, the money moves
   * when the reservation is posted.
   *
   * @param legs the legs; accounts must exist
   * @param at the server time
   * @param memo what caused it
   * @return the journal entry; its sequence identifies the reservation
   * @throws InsufficientBalanceException if an account that may not go negative lacks funds
   * @throws BalanceLimitException if an account would pass its limit
   */
  public JournalEntry reserve(List<Leg> legs, Instant at, Memo memo) {
    requireMonotonic(at);
    requireFunds(legs);
    effect.compute(EntryKind.RESERVE, legs, legAccounts).apply();
    JournalEntry entry = append(at, EntryKind.RESERVE, journal.size() + 1L, legs, memo);
    openReservations.put(entry.sequence(), entry);
    return entry;
  }

  /**
   * Posts a reservation.
   *
   * @param reservation the sequence of the reserving entry
   * @param at the server time
   * @param memo what caused it
   * @return the journal entry
   * @throws IllegalStateException if the reservation is unknown or already resolved
   */
  public JournalEntry postReservation(long reservation, Instant at, Memo memo) {
    requireMonotonic(at);
    JournalEntry reserved = resolve(reservation, EntryKind.POST_PENDING);
    return append(at, EntryKind.POST_PENDING, reservation, reserved.legs(), memo);
  }

  /**
   * Voids a reservation, releasing the reserved amounts.
   *
   * @param reservation the sequence of the reserving entry
   * @param at the server time
   * @param memo what caused it
   * @return the journal entry
   * @throws IllegalStateException if the reservation is unknown or already resolved
   */
  public JournalEntry voidReservation(long reservation, Instant at, Memo memo) {
    requireMonotonic(at);
    JournalEntry reserved = resolve(reservation, EntryKind.VOID);
    return append(at, EntryKind.VOID, reservation, reserved.legs(), memo);
  }

  /**
   * Checks every invariant of the ledger against its journal.
   *
   * @return the report, clean when nothing is wrong
   */
  public AuditReport audit() {
    return new LedgerAuditor(accounts.values(), journal).audit();
  }

  /** Applies the resolution of an open reservation; its bounds held since it was made. */
  private JournalEntry resolve(long reservation, EntryKind kind) {
    JournalEntry reserved = openReservations.get(reservation);
    if (reserved == null) {
      throw new IllegalStateException(
          "reservation " + reservation + " does not exist or was already posted or voided");
    }
    List<Leg> legs = reserved.legs();
    resolveAccounts(legs, false);
    effect.compute(kind, legs, legAccounts).apply();
    openReservations.remove(reservation);
    return reserved;
  }

  /**
   * Checks that every leg's accounts exist in its currency and that each account that may not go
   * negative has the sum of its debits available, in order of the legs; resolves the legs' accounts
   * into {@link #legAccounts}.
   */
  private void requireFunds(List<Leg> legs) {
    if (legs.isEmpty()) {
      throw new IllegalArgumentException("a movement needs at least one leg");
    }
    resolveAccounts(legs, true);
    int n = legs.size();
    for (int i = 0; i < n; i++) {
      Account account = legAccounts[2 * i];
      if (firstDebitOf(account, i) && !account.mayGoNegative()) {
        // Capped rather than overflowing: a debit beyond any limit fails the check anyway.
        long debits = legs.get(i).amount();
        for (int j = i + 1; j < n; j++) {
          if (legAccounts[2 * j] == account) {
            debits = cappedSum(debits, legs.get(j).amount());
          }
        }
        if (account.available() < debits) {
          throw new InsufficientBalanceException(account.key(), account.available(), debits);
        }
      }
    }
  }

  private boolean firstDebitOf(Account account, int leg) {
    for (int i = 0; i < leg; i++) {
      if (legAccounts[2 * i] == account) {
        return false;
      }
    }
    return true;
  }

  /**
   * Looks up each leg's debit and then credit account, in order of the legs, failing on the first
   * that is missing or, when asked, in another currency than its leg.
   */
  private void resolveAccounts(List<Leg> legs, boolean checkCurrency) {
    int n = legs.size();
    if (legAccounts.length < 2 * n) {
      legAccounts = new Account[2 * n];
    }
    for (int i = 0; i < n; i++) {
      Leg leg = legs.get(i);
      Account debit = existing(leg.debit());
      Account credit = existing(leg.credit());
      if (checkCurrency
          && (!debit.currency().equals(leg.currency())
              || !credit.currency().equals(leg.currency()))) {
        throw new IllegalArgumentException("leg " + leg + " mixes currencies");
      }
      legAccounts[2 * i] = debit;
      legAccounts[2 * i + 1] = credit;
    }
  }

  private static long cappedSum(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private Account existing(String key) {
    Account account = accounts.get(key);
    if (account == null) {
      throw new IllegalArgumentException("account " + key + " does not exist");
    }
    return account;
  }

  /** Checked before any balance changes, so a refused entry leaves no trace. */
  private void requireMonotonic(Instant at) {
    JournalEntry last = journal.isEmpty() ? null : journal.get(journal.size() - 1);
    if (last != null && at.isBefore(last.at())) {
      throw new IllegalStateException(
          "journal time " + at + " is before the last entry's time " + last.at());
    }
  }

  private JournalEntry append(
      Instant at, EntryKind kind, long reservation, List<Leg> legs, Memo memo) {
    JournalEntry last = journal.isEmpty() ? null : journal.get(journal.size() - 1);
    long sequence = journal.size() + 1L;
    String previous = last == null ? JournalEntry.GENESIS : last.hash();
    String hash = hasher.hash(previous, sequence, at, kind, reservation, legs, memo);
    JournalEntry entry =
        new JournalEntry(sequence, at, kind, reservation, legs, memo, previous, hash);
    journal.add(entry);
    return entry;
  }
}
