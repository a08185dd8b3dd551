/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

/** The lifecycle state of a {@link Wallet}. */
public enum WalletStatus {
  /** The wallet can send and receive money. */
  ACTIVE,
  /** The wallet is frozen: it keeps its balances but cannot send or receive. */
  FROZEN,
  /** The wallet is closed for good. */
  CLOSED,
  /**
   * The holder's personal data was erased: the wallet holds no money, accepts no writes, and its id
   * is a pseudonym the ledger keeps its entries under.
   */
  ERASED,
  /** A state this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
