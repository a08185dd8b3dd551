/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.model.CurrencyCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Merchant-funded offers and the single-use vouchers wallets hold. A voucher's discount rides in
 * the journal entry of the payment that redeems it, debited from the offer merchant's offer-funding
 * account ({@code system:offers:<merchantId>:<currency>}); vouchers whose offer's window closes
 * expire on the platform clock. Every method runs under the engine's lock and either completes or
 * throws having changed nothing.
 */
public final class OfferService {
  private final Engine engine;
  private final Movements movements;

  /**
   * Creates the service and registers voucher expiry with the clock's scheduler.
   *
   * @param engine the platform state
   */
  public OfferService(Engine engine) {
    this.engine = engine;
    this.movements = new Movements(engine);
    engine.clock().onDue(this::runDue);
  }

  /**
   * Creates an offer; the route has validated its terms.
   *
   * @param partner the partner
   * @param merchantId a registered merchant
   * @param title what holders see
   * @param currency the currency payments must be in
   * @param percentOff whole percent off, or {@code null}
   * @param amountOff a fixed amount off, or {@code null}
   * @param minimumSpend the least a payment must be, or {@code null}
   * @param validFrom from when vouchers can be redeemed
   * @param validUntil when vouchers expire
   * @param perHolderLimit vouchers per wallet
   * @return the offer
   */
  public OfferRecord create(
      Partner partner,
      String merchantId,
      String title,
      CurrencyCode currency,
      @Nullable Integer percentOff,
      @Nullable Amount amountOff,
      @Nullable Amount minimumSpend,
      Instant validFrom,
      Instant validUntil,
      int perHolderLimit) {
    OfferRecord offer =
        new OfferRecord(
            engine.ids().next("ofr_"),
            partner.id(),
            merchantId,
            title,
            currency,
            percentOff,
            amountOff,
            minimumSpend,
            validFrom,
            validUntil,
            perHolderLimit,
            engine.clock().now());
    engine.offers().put(offer.id(), offer);
    engine.emit(new DomainEvent.OfferCreated(partner.id(), offer));
    return offer;
  }

  /**
   * Finds an offer of a partner.
   *
   * @param partner the partner
   * @param id the offer id
   * @return the offer, if it exists and is the partner's
   */
  public Optional<OfferRecord> offer(Partner partner, String id) {
    return Optional.ofNullable(engine.offers().get(id))
        .filter(offer -> offer.partnerId().equals(partner.id()));
  }

  /**
   * Finds a voucher of a partner.
   *
   * @param partner the partner
   * @param id the voucher id
   * @return the voucher, if it exists and is the partner's
   */
  public Optional<VoucherRecord> voucher(Partner partner, String id) {
    return Optional.ofNullable(engine.vouchers().get(id))
        .filter(voucher -> voucher.partnerId().equals(partner.id()));
  }

  /**
   * Returns the offer of a voucher.
   *
   * @param voucher the voucher
   * @return its offer
   */
  public OfferRecord offerOf(VoucherRecord voucher) {
    return engine.offers().get(voucher.offerId());
  }

  /**
   * Returns a wallet's vouchers, in order of issue.
   *
   * @param walletId the wallet
   * @return the vouchers
   */
  public List<VoucherRecord> vouchers(String walletId) {
    List<VoucherRecord> vouchers = new ArrayList<>();
    for (VoucherRecord voucher : engine.vouchers().values()) {
      if (voucher.walletId().equals(walletId)) {
        vouchers.add(voucher);
      }
    }
    return vouchers;
  }

  /**
   * Issues a voucher of an offer to a wallet.
   *
   * @param offer the offer
   * @param wallet the wallet, of the offer's partner
   * @return the voucher
   * @throws ApiProblem {@code 409 wallet_not_active}, {@code 409 offer_ended} or {@code 422
   *     voucher_limit_reached}; nothing changes
   */
  public VoucherRecord issue(OfferRecord offer, WalletRecord wallet) {
    WalletService.requireActive(wallet);
    Instant now = engine.clock().now();
    if (!now.isBefore(offer.validUntil())) {
      throw ApiProblem.of(
          409,
          "offer_ended",
          "Offer ended",
          "offer " + offer.id() + " ended at " + offer.validUntil());
    }
    long held = 0;
    for (VoucherRecord voucher : vouchers(wallet.id())) {
      if (voucher.offerId().equals(offer.id()) && !voucher.status().equals("expired")) {
        held++;
      }
    }
    if (held >= offer.perHolderLimit()) {
      throw ApiProblem.of(
          422,
          "voucher_limit_reached",
          "Voucher limit reached",
          "wallet "
              + wallet.id()
              + " already holds "
              + held
              + " vouchers of offer "
              + offer.id()
              + ", its limit per holder");
    }
    VoucherRecord voucher =
        new VoucherRecord(
            engine.ids().next("vch_"), offer.partnerId(), offer.id(), wallet.id(), now);
    engine.vouchers().put(voucher.id(), voucher);
    changed(voucher, "voucher.issued");
    return voucher;
  }

  /**
   * Checks that a voucher applies to a payment and computes its discount.
   *
   * @param voucher the voucher named by the payment, of the paying partner
   * @param wallet the paying wallet
   * @param merchantId the merchant paid
   * @param amount what the merchant is to receive
   * @return the discount, more than zero and less than the amount
   * @throws ApiProblem {@code 409 voucher_not_redeemable} or {@code 422 voucher_not_applicable}
   */
  public Amount discount(
      VoucherRecord voucher, WalletRecord wallet, String merchantId, Amount amount) {
    OfferRecord offer = offerOf(voucher);
    String id = voucher.id();
    if (!voucher.walletId().equals(wallet.id())) {
      throw notApplicable("voucher " + id + " is held by another wallet");
    }
    if (!voucher.status().equals("issued")) {
      throw ApiProblem.of(
          409,
          "voucher_not_redeemable",
          "Voucher not redeemable",
          "voucher " + id + " is " + voucher.status());
    }
    Instant now = engine.clock().now();
    if (!offer.validAt(now)) {
      throw ApiProblem.of(
          409,
          "voucher_not_redeemable",
          "Voucher not redeemable",
          "voucher " + id + " is valid from " + offer.validFrom());
    }
    if (!offer.merchantId().equals(merchantId)) {
      throw notApplicable("voucher " + id + " is for merchant " + offer.merchantId());
    }
    if (amount.currency() != offer.currency()) {
      throw notApplicable("voucher " + id + " is for payments in " + offer.currency());
    }
    Amount minimum = offer.minimumSpend();
    if (minimum != null && amount.minor() < minimum.minor()) {
      throw notApplicable(
          "voucher " + id + " needs a payment of at least " + minimum + ", not " + amount);
    }
    Amount discount = offer.discountOn(amount);
    if (discount.minor() == 0 || discount.minor() >= amount.minor()) {
      throw notApplicable(
          "voucher "
              + id
              + " would take "
              + discount
              + " off "
              + amount
              + "; it must take off"
              + " more than nothing and less than all");
    }
    return discount;
  }

  private static ApiProblem notApplicable(String detail) {
    return ApiProblem.of(422, "voucher_not_applicable", "Voucher not applicable", detail);
  }

  /** The leg that funds a discount from the offer merchant's offer-funding account. */
  Leg fundingLeg(String merchantId, String merchants, Amount discount) {
    return new Leg(
        funding(merchantId, discount.currency()), merchants, discount.code(), discount.minor());
  }

  /** The leg that returns a refunded payment's share of its discount to the funding account. */
  Leg refundLeg(PaymentRecord payment, String merchants, long minor) {
    CurrencyCode currency = payment.amount().currency();
    return new Leg(merchants, funding(payment.merchantId(), currency), currency.code(), minor);
  }

  private String funding(String merchantId, CurrencyCode currency) {
    return movements.systemAccount("offers:" + merchantId, currency);
  }

  /** Marks a voucher redeemed by a payment whose entry has posted, and announces it. */
  void redeemed(String voucherId, PaymentRecord payment) {
    VoucherRecord voucher = engine.vouchers().get(voucherId);
    voucher.redeem(payment.id(), engine.clock().now());
    changed(voucher, "voucher.redeemed");
  }

  /**
   * Applies the refund rule to the voucher of a payment, after the payment's first refund posted: a
   * refund of the whole payment at once before the offer ends restores the voucher; any other first
   * refund forfeits it (voids it). Later refunds leave it as it is.
   */
  void refunded(PaymentRecord payment, long refundMinor, long refundedBefore) {
    String voucherId = payment.voucherId();
    if (voucherId == null || refundedBefore != 0) {
      return;
    }
    VoucherRecord voucher = engine.vouchers().get(voucherId);
    Instant now = engine.clock().now();
    if (refundMinor == payment.amount().minor() && now.isBefore(offerOf(voucher).validUntil())) {
      voucher.restore();
      changed(voucher, "voucher.restored");
    } else {
      voucher.end("void", now);
      changed(voucher, "voucher.forfeited");
    }
  }

  /** Expires the issued vouchers whose offer has ended. */
  private void runDue() {
    Instant now = engine.clock().now();
    for (VoucherRecord voucher : engine.vouchers().values()) {
      if (voucher.status().equals("issued") && !now.isBefore(offerOf(voucher).validUntil())) {
        voucher.end("expired", offerOf(voucher).validUntil());
        changed(voucher, "voucher.expired");
      }
    }
  }

  private void changed(VoucherRecord voucher, String type) {
    engine.emit(
        new DomainEvent.VoucherChanged(voucher.partnerId(), type, voucher, offerOf(voucher)));
  }
}
