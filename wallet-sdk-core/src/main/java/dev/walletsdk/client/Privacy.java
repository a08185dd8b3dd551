/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ConflictException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.DataExport;
import dev.walletsdk.model.Erasure;
import dev.walletsdk.model.WalletId;

/**
 * A wallet holder's privacy rights: a copy of everything the platform holds about them, and the
 * erasure of their personal data. Thread-safe; every method throws {@link WalletException} on
 * failure.
 */
public interface Privacy {
  /**
   * Exports everything the platform holds about a wallet's holder as one JSON document ({@code POST
   * /v1/wallets/{walletId}/data-export}).
   *
   * @param wallet the wallet
   * @return the export; personal data, so handle it as such
   */
  DataExport export(WalletId wallet);

  /**
   * Erases a wallet holder's personal data ({@code POST /v1/wallets/{walletId}/erasure}). The
   * wallet becomes {@code erased} and accepts no further writes; the ledger keeps its entries under
   * the wallet's id, which no longer links to a person.
   *
   * @param wallet the wallet
   * @return the erasure
   * @throws ConflictException with code {@code erasure_balance_remaining} while the wallet holds or
   *     reserves money, {@code erasure_schedule_active} while a bill-payment schedule runs, or
   *     {@code wallet_erased} if it was erased before
   */
  Erasure erase(WalletId wallet);
}
