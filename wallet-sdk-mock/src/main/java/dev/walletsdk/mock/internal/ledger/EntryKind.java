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
