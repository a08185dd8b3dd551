/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;

/**
 * What a refused request must leave as it was: the ledger journal's length, two balances and a
 * clean audit.
 */
record Books(int journalEntries, Money alice, Money bob, boolean auditClean) {
  static Books of(MockWalletServer mock, WalletId alice, WalletId bob) {
    return new Books(
        mock.ledger().journalSize(),
        mock.control().balance(alice, CurrencyCode.EUR),
        mock.control().balance(bob, CurrencyCode.EUR),
        mock.ledger().audit().isClean());
  }
}
