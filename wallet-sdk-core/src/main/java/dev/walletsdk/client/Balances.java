/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.WalletException;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.WalletId;
import java.util.List;

/**
 * Reads real-time balances. Thread-safe; every method throws {@link WalletException} on failure.
 */
public interface Balances {
  /**
   * Returns every balance of a wallet, one per currency held.
   *
   * @param wallet the wallet's id
   * @return the balances, main currency first
   */
  List<Balance> list(WalletId wallet);

  /**
   * Returns the balance of one currency; zero when the wallet holds none of it.
   *
   * @param wallet the wallet's id
   * @param currency the currency
   * @return the balance
   */
  Balance get(WalletId wallet, CurrencyCode currency);
}
