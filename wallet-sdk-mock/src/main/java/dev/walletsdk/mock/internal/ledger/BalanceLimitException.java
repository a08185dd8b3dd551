/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

/**
 * A movement would take an account beyond the most it may hold, or owe, in minor units; nothing was
 * changed.
 */
public final class BalanceLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The key of the account that would pass its limit. */
  private final String accountKey;

  /** The account's limit, in minor units. */
  private final long limit;

  BalanceLimitException(String accountKey, String verb, String amount, long limit) {
    super(
        "account "
            + accountKey
            + " "
            + verb
            + " "
            + amount
            + " but may "
            + verb.substring("would ".length())
            + " at most "
            + limit,
        null,
        false,
        false);
    this.accountKey = accountKey;
    this.limit = limit;
  }

  /**
   * Returns the account that would pass its limit.
   *
   * @return the account key
   */
  public String accountKey() {
    return accountKey;
  }

  /**
   * Returns the account's limit: the most its balance may be, and the most it may be below zero.
   *
   * @return minor units
   */
  public long limit() {
    return limit;
  }
}
