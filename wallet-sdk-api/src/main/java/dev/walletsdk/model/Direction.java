package dev.walletsdk.model;

/** Whether a {@link Transaction} added money to the wallet or took it away. */
public enum Direction {
  /** Money came into the wallet. */
  CREDIT,
  /** Money left the wallet. */
  DEBIT
}
