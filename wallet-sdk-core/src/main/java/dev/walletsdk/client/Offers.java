/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.ConflictException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.WalletException;
import dev.walletsdk.model.Offer;
import dev.walletsdk.model.OfferId;
import dev.walletsdk.model.OfferRequest;
import dev.walletsdk.model.Voucher;
import dev.walletsdk.model.WalletId;
import java.util.function.Consumer;

/**
 * Merchant-funded offers: a partner creates an offer for a registered merchant (a percentage or a
 * fixed amount off, a minimum spend, a validity window on the platform clock, a limit per holder)
 * and issues its single-use {@link Voucher}s to its wallets. A payment that names a voucher ({@link
 * dev.walletsdk.model.PaymentRequest.Builder#voucher}) pays the amount less the discount; the
 * merchant's offer funding pays the discount in the same ledger entry.
 *
 * <p>Thread-safe. Each method is one HTTP call. Writes are idempotent under retries: each request
 * carries one idempotency key across all attempts.
 */
public interface Offers {
  /**
   * Creates an offer ({@code POST /v1/offers}); emits {@code offer.created}.
   *
   * @param request the offer's terms
   * @return the offer
   * @throws InvalidRequestException if the merchant is not registered or a term is out of range
   * @throws WalletException for any other failure
   */
  Offer create(OfferRequest request);

  /**
   * Creates an offer from a builder, as {@link #create(OfferRequest)}.
   *
   * @param request fills in the offer's terms
   * @return the offer
   * @throws InvalidRequestException if the terms are invalid, before any call
   * @throws WalletException for any other failure
   */
  default Offer create(Consumer<OfferRequest.Builder> request) {
    OfferRequest.Builder builder = OfferRequest.builder();
    request.accept(builder);
    return create(builder.build());
  }

  /**
   * Reads an offer ({@code GET /v1/offers/{offerId}}).
   *
   * @param id the offer's id
   * @return the offer
   * @throws NotFoundException if no offer of the partner has that id
   * @throws WalletException for any other failure
   */
  Offer get(OfferId id);

  /**
   * Issues a voucher of an offer to a wallet ({@code POST /v1/offers/{offerId}/vouchers}); emits
   * {@code voucher.issued}.
   *
   * @param offer the offer
   * @param wallet a wallet of the partner
   * @return the voucher, {@code ISSUED}
   * @throws ConflictException if the offer has ended ({@code offer_ended}) or the wallet is not
   *     active
   * @throws InvalidRequestException if the wallet already holds as many of the offer's vouchers as
   *     it may ({@code voucher_limit_reached})
   * @throws WalletException for any other failure
   */
  Voucher issue(OfferId offer, WalletId wallet);
}
