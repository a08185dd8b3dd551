/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.Offer;
import dev.walletsdk.model.OfferId;
import dev.walletsdk.model.OfferRequest;
import dev.walletsdk.model.Voucher;
import dev.walletsdk.model.WalletId;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Offers}, asynchronously; see {@link AsyncWalletClient} for threading, failures and
 * cancellation.
 */
public interface AsyncOffers {
  /**
   * Creates an offer.
   *
   * @param request the offer's terms
   * @return the offer, when it is created
   */
  CompletableFuture<Offer> create(OfferRequest request);

  /**
   * Reads an offer.
   *
   * @param id the offer's id
   * @return the offer, when it arrives
   */
  CompletableFuture<Offer> get(OfferId id);

  /**
   * Issues a voucher of an offer to a wallet.
   *
   * @param offer the offer
   * @param wallet a wallet of the partner
   * @return the voucher, when it is issued
   */
  CompletableFuture<Voucher> issue(OfferId offer, WalletId wallet);
}
