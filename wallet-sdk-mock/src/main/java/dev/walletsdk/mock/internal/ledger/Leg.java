/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

/**
 * One leg of a movement: {@code amount} minor units move from the debit account to the credit
 * account. Both accounts have the leg's currency.
 *
 * @param debit the key of the account debited
 * @param credit the key of the account credited
 * @param currency the ISO 4217 code of both accounts
 * @param amount a positive number of minor units
 */
public record Leg(String debit, String credit, String currency, long amount) {
  /** Validates the leg. */
  public Leg {
    if (amount <= 0) {
      throw new IllegalArgumentException("leg amount must be positive but was " + amount);
    }
    if (debit.equals(credit)) {
      throw new IllegalArgumentException("leg must move between two accounts, not " + debit);
    }
  }
}
