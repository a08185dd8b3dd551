/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.DataExport;
import dev.walletsdk.model.Erasure;
import dev.walletsdk.model.WalletId;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Privacy}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation. Thread-safe.
 */
public interface AsyncPrivacy {
  /**
   * Exports everything the platform holds about a wallet's holder.
   *
   * @param wallet the wallet
   * @return the export
   */
  CompletableFuture<DataExport> export(WalletId wallet);

  /**
   * Erases a wallet holder's personal data.
   *
   * @param wallet the wallet
   * @return the erasure
   */
  CompletableFuture<Erasure> erase(WalletId wallet);
}
