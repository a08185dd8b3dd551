/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.NotFoundException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.Voucher;
import dev.walletsdk.model.VoucherId;
import dev.walletsdk.model.WalletId;

/**
 * The vouchers wallets hold: issued by {@link Offers#issue}, redeemed by a payment that names them,
 * expired when their offer ends, restored or forfeited by a refund of that payment.
 *
 * <p>Thread-safe. Each method is one HTTP call, except {@link #list(WalletId)}, which pages lazily.
 */
public interface Vouchers {
  /**
   * Lists a wallet's vouchers, oldest first, in every status ({@code GET
   * /v1/wallets/{walletId}/vouchers}).
   *
   * @param wallet a wallet of the partner
   * @return the vouchers, fetched a page at a time as the iteration proceeds
   * @throws WalletException for a failure of the first page; later pages throw from the iterator
   */
  PagedIterable<Voucher> list(WalletId wallet);

  /**
   * Reads a voucher ({@code GET /v1/vouchers/{voucherId}}).
   *
   * @param id the voucher's id
   * @return the voucher
   * @throws NotFoundException if no voucher of the partner has that id
   * @throws WalletException for any other failure
   */
  Voucher get(VoucherId id);
}
