package dev.walletsdk.model;

/** The lifecycle state of a {@link Wallet}. */
public enum WalletStatus {
  /** The wallet can send and receive money. */
  ACTIVE,
  /** The wallet is frozen: it keeps its balances but cannot send or receive. */
  FROZEN,
  /** The wallet is closed for good. */
  CLOSED,
  /** A state this version of the SDK does not know; a newer server sent it. */
  UNKNOWN
}
