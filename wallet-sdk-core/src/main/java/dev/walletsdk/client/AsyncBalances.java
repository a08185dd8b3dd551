/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.Balance;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.WalletId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Balances}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation. Thread-safe.
 */
public interface AsyncBalances {
  /**
   * Returns every balance of a wallet, one per currency held.
   *
   * @param wallet the wallet's id
   * @return the balances, main currency first
   */
  CompletableFuture<List<Balance>> list(WalletId wallet);

  /**
   * Returns the balance of one currency; zero when the wallet holds none of it.
   *
   * @param wallet the wallet's id
   * @param currency the currency
   * @return the balance
   */
  CompletableFuture<Balance> get(WalletId wallet, CurrencyCode currency);
}
