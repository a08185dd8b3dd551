/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.Page;
import dev.walletsdk.model.Voucher;
import dev.walletsdk.model.VoucherId;
import dev.walletsdk.model.WalletId;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * {@link Vouchers}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation.
 */
public interface AsyncVouchers {
  /**
   * Reads one page of a wallet's vouchers, oldest first.
   *
   * @param wallet the wallet
   * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the first
   * @param limit the page size, 1 to 100
   * @return the page, when it arrives
   */
  CompletableFuture<Page<Voucher>> list(WalletId wallet, @Nullable String cursor, int limit);

  /**
   * Reads a voucher.
   *
   * @param id the voucher's id
   * @return the voucher, when it arrives
   */
  CompletableFuture<Voucher> get(VoucherId id);
}
