/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

/** A movement would take an account that may not go negative below zero; nothing was changed. */
public final class InsufficientBalanceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The key of the account that lacks funds. */
  private final String accountKey;

  /** The account's available balance, in minor units. */
  private final long available;

  /** What the movement needed from the account, in minor units. */
  private final long needed;

  InsufficientBalanceException(String accountKey, long available, long needed) {
    super(
        "account " + accountKey + " has " + available + " available but " + needed + " is needed",
        null,
        false,
        false);
    this.accountKey = accountKey;
    this.available = available;
    this.needed = needed;
  }

  /**
   * Returns the account that lacks funds.
   *
   * @return the account key
   */
  public String accountKey() {
    return accountKey;
  }

  /**
   * Returns the available balance.
   *
   * @return minor units
   */
  public long available() {
    return available;
  }

  /**
   * Returns what was needed.
   *
   * @return minor units
   */
  public long needed() {
    return needed;
  }
}
