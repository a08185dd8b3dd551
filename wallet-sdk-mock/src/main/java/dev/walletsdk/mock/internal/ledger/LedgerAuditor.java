/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

import dev.walletsdk.mock.AuditReport;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recomputes the ledger from its journal and compares: balances equal the fold of the journal,
 * debits equal credits per currency, no account that may not go negative ever did, each reservation
 * is resolved at most once, each idempotency scope caused at most one movement, the hash chain is
 * intact and time never runs backwards. Each violation is reported precisely.
 */
final class LedgerAuditor {
  private final Collection<Account> accounts;
  private final List<JournalEntry> journal;
  private final List<String> violations = new ArrayList<>();
  private final Map<String, long[]> folded = new HashMap<>();
  private final Map<String, Account> byKey = new LinkedHashMap<>();
  private final EntryHasher hasher = new EntryHasher();

  LedgerAuditor(Collection<Account> accounts, List<JournalEntry> journal) {
    this.accounts = accounts;
    this.journal = journal;
    accounts.forEach(account -> byKey.put(account.key(), account));
  }

  AuditReport audit() {
    checkChainAndFold();
    checkBalancesMatchFold();
    checkDoubleEntry();
    return AuditReport.of(journal.size(), accounts.size(), violations);
  }

  private void checkChainAndFold() {
    String previousHash = JournalEntry.GENESIS;
    JournalEntry previous = null;
    Map<Long, String> reservations = new HashMap<>();
    Map<String, Long> scopes = new HashMap<>();
    for (JournalEntry entry : journal) {
      long expectedSequence = previous == null ? 1 : previous.sequence() + 1;
      if (entry.sequence() != expectedSequence) {
        violations.add("entry " + entry.sequence() + ": sequence should be " + expectedSequence);
      }
      if (!entry.previousHash().equals(previousHash)) {
        violations.add(
            "entry " + entry.sequence() + ": previous hash does not match entry before it");
      }
      if (!entry.hash().equals(entry.expectedHash(entry.previousHash(), hasher))) {
        violations.add("entry " + entry.sequence() + ": hash does not match its contents");
      }
      if (previous != null && entry.at().isBefore(previous.at())) {
        violations.add(
            "entry "
                + entry.sequence()
                + ": time "
                + entry.at()
                + " is before the previous entry's "
                + previous.at());
      }
      checkScope(entry, scopes);
      checkReservation(entry, reservations);
      fold(entry);
      previousHash = entry.hash();
      previous = entry;
    }
  }

  private void checkScope(JournalEntry entry, Map<String, Long> scopes) {
    String scope = entry.memo().idempotencyScope();
    boolean movement = entry.kind() == EntryKind.POST || entry.kind() == EntryKind.RESERVE;
    if (scope != null && movement) {
      Long first = scopes.putIfAbsent(scope, entry.sequence());
      if (first != null) {
        violations.add(
            "entries "
                + first
                + " and "
                + entry.sequence()
                + ": idempotency key "
                + scope
                + " caused two movements");
      }
    }
  }

  private void checkReservation(JournalEntry entry, Map<Long, String> reservations) {
    switch (entry.kind()) {
      case RESERVE -> reservations.put(entry.sequence(), "open");
      case POST_PENDING, VOID -> {
        String state = reservations.get(entry.reservation());
        if (!"open".equals(state)) {
          violations.add(
              "entry "
                  + entry.sequence()
                  + ": reservation "
                  + entry.reservation()
                  + (state == null ? " does not exist" : " was already " + state));
        }
        reservations.put(entry.reservation(), entry.kind() == EntryKind.VOID ? "voided" : "posted");
      }
      case POST -> {}
    }
  }

  /** Applies one entry to the folded values: posted balance, pending debits, pending credits. */
  private void fold(JournalEntry entry) {
    for (Leg leg : entry.legs()) {
      long[] debit = folded.computeIfAbsent(leg.debit(), k -> new long[3]);
      long[] credit = folded.computeIfAbsent(leg.credit(), k -> new long[3]);
      long amount = leg.amount();
      try {
        switch (entry.kind()) {
          case POST -> {
            debit[0] = Math.subtractExact(debit[0], amount);
            credit[0] = Math.addExact(credit[0], amount);
          }
          case RESERVE -> {
            debit[1] = Math.addExact(debit[1], amount);
            credit[2] = Math.addExact(credit[2], amount);
          }
          case POST_PENDING -> {
            debit[1] = Math.subtractExact(debit[1], amount);
            credit[2] = Math.subtractExact(credit[2], amount);
            debit[0] = Math.subtractExact(debit[0], amount);
            credit[0] = Math.addExact(credit[0], amount);
          }
          case VOID -> {
            debit[1] = Math.subtractExact(debit[1], amount);
            credit[2] = Math.subtractExact(credit[2], amount);
          }
        }
      } catch (ArithmeticException e) {
        violations.add("entry " + entry.sequence() + ": a balance overflows");
      }
      checkNotNegative(entry, leg.debit(), debit);
    }
  }

  private void checkNotNegative(JournalEntry entry, String key, long[] totals) {
    Account account = byKey.get(key);
    long available = totals[0] - totals[1];
    if (account != null && !account.mayGoNegative() && available < 0) {
      violations.add(
          "entry "
              + entry.sequence()
              + ": account "
              + key
              + " went negative (available "
              + available
              + ")");
    }
  }

  private void checkBalancesMatchFold() {
    for (Account account : accounts) {
      long[] totals = folded.getOrDefault(account.key(), new long[3]);
      long[] actual = {account.posted(), account.debitsPending(), account.creditsPending()};
      String[] names = {"posted balance", "debits pending", "credits pending"};
      for (int i = 0; i < 3; i++) {
        if (totals[i] != actual[i]) {
          violations.add(
              "account "
                  + account.key()
                  + ": "
                  + names[i]
                  + " is "
                  + actual[i]
                  + " but the journal gives "
                  + totals[i]);
        }
      }
      if (!account.mayGoNegative() && account.available() < 0) {
        violations.add(
            "account " + account.key() + ": available balance " + account.available() + " < 0");
      }
    }
    for (String key : folded.keySet()) {
      if (!byKey.containsKey(key)) {
        violations.add("journal names account " + key + ", which does not exist");
      }
    }
  }

  /** Sums per currency in {@link BigInteger}, so that no sum of many accounts can overflow. */
  private void checkDoubleEntry() {
    Map<String, BigInteger[]> perCurrency = new TreeMap<>();
    for (Account account : accounts) {
      BigInteger[] sums =
          perCurrency.computeIfAbsent(
              account.currency(),
              c -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO});
      sums[0] = sums[0].add(BigInteger.valueOf(account.posted()));
      sums[1] = sums[1].add(BigInteger.valueOf(account.debitsPending()));
      sums[2] = sums[2].add(BigInteger.valueOf(account.creditsPending()));
    }
    perCurrency.forEach(
        (currency, sums) -> {
          if (sums[0].signum() != 0) {
            violations.add(
                "currency " + currency + ": posted balances add up to " + sums[0] + ", not 0");
          }
          if (!sums[1].equals(sums[2])) {
            violations.add(
                "currency "
                    + currency
                    + ": pending debits "
                    + sums[1]
                    + " != pending credits "
                    + sums[2]);
          }
        });
  }
}
