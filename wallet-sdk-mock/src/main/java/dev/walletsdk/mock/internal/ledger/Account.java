/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

/**
 * One ledger account: a balance in one currency, in integer minor units, kept as its net posted
 * balance ({@code credits - debits} posted) and the totals of its pending debits and credits. A
 * customer wallet's account is credit-normal, so money received is a credit. Net values rather than
 * ever-growing totals, so that money going back and forth never wears an account out.
 *
 * <p>Bounded: its posted balance plus pending credits never exceeds its {@link #limit()}, and its
 * posted balance less pending debits never falls below {@code -limit()}; so posting a reservation
 * never breaks the bound, and every sum of two values fits a {@code long}.
 *
 * <p>Mutated only by the {@link Ledger}, under the engine's lock.
 */
public final class Account {
  private final String key;
  private final String currency;
  private final boolean mayGoNegative;
  private final long limit;
  private long posted;
  private long debitsPending;
  private long creditsPending;

  Account(String key, String currency, boolean mayGoNegative, long limit) {
    this.key = key;
    this.currency = currency;
    this.mayGoNegative = mayGoNegative;
    this.limit = limit;
  }

  /**
   * Returns the account's key, for example {@code wallet:wal_1:EUR} or {@code system:fx:USD}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the account's currency.
   *
   * @return the ISO 4217 code
   */
  public String currency() {
    return currency;
  }

  /**
   * Tells whether the account may go below zero (system accounts may, wallets may not).
   *
   * @return the flag
   */
  public boolean mayGoNegative() {
    return mayGoNegative;
  }

  /**
   * Returns the most the account may hold, and the most it may owe.
   *
   * @return minor units, at most {@link Ledger#MAX_BALANCE}
   */
  public long limit() {
    return limit;
  }

  /**
   * Returns the posted balance.
   *
   * @return credits posted minus debits posted
   */
  public long posted() {
    return posted;
  }

  /**
   * Returns the amount reserved by pending debits.
   *
   * @return debits pending
   */
  public long reserved() {
    return debitsPending;
  }

  /**
   * Returns what may still be debited: the posted balance less pending debits.
   *
   * @return the available balance
   */
  public long available() {
    return posted - debitsPending;
  }

  long debitsPending() {
    return debitsPending;
  }

  long creditsPending() {
    return creditsPending;
  }

  /** Adds posted debits and credits; tests use it to corrupt an account on purpose. */
  void addPosted(long debit, long credit) {
    posted = Math.addExact(posted, Math.subtractExact(credit, debit));
  }

  /** Adds pending debits and credits; tests use it to corrupt an account on purpose. */
  void addPending(long debit, long credit) {
    debitsPending = Math.addExact(debitsPending, debit);
    creditsPending = Math.addExact(creditsPending, credit);
  }

  /** Sets all three values at once, after the ledger checked them against the bounds. */
  void set(long posted, long debitsPending, long creditsPending) {
    this.posted = posted;
    this.debitsPending = debitsPending;
    this.creditsPending = creditsPending;
  }

  @Override
  public String toString() {
    return key + "{posted=" + posted + ", reserved=" + debitsPending + "}";
  }
}
