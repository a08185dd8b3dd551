/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

/** What a journal entry does to balances. */
public enum EntryKind {
  /** Posts the legs at once. */
  POST,
  /** Reserves the legs: pending until posted or voided. */
  RESERVE,
  /** Posts a reservation made earlier. */
  POST_PENDING,
  /** Releases a reservation made earlier. */
  VOID
}
