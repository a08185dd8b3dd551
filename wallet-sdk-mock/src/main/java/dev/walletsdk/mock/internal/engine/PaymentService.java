/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.model.CurrencyCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Pays merchants from wallets and refunds payments back to them. */
public final class PaymentService {
  private final Engine engine;
  private final Movements movements;
  private final QuoteService quotes;
  private final RewardsService rewards;
  private final BudgetService budgets;
  private final OfferService offers;
  private final MembershipService membership;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   * @param quotes marks quotes used
   * @param rewards earns and reverses rewards points
   * @param offers validates and redeems vouchers
   */
  public PaymentService(
      Engine engine, QuoteService quotes, RewardsService rewards, OfferService offers) {
    this.engine = engine;
    this.movements = new Movements(engine);
    this.quotes = quotes;
    this.rewards = rewards;
    this.budgets = new BudgetService(engine);
    this.membership = new MembershipService(engine);
    this.offers = offers;
  }

  /**
   * Returns what a wallet pays for a merchant amount: the amount less the discount of a voucher.
   *
   * @param wallet the paying wallet
   * @param merchantId the merchant
   * @param amount what the merchant receives
   * @param voucherId a voucher of the caller, or {@code null}
   * @return what the wallet is debited
   * @throws ApiProblem {@code 409 voucher_not_redeemable} or {@code 422 voucher_not_applicable}
   */
  public Amount holderPays(
      WalletRecord wallet, String merchantId, Amount amount, @Nullable String voucherId) {
    if (voucherId == null) {
      return amount;
    }
    Amount discount = offers.discount(engine.vouchers().get(voucherId), wallet, merchantId, amount);
    return Amount.of(amount.currency(), amount.minor() - discount.minor());
  }

  /**
   * Pays a merchant; the movement guard has checked the policy and step-up.
   *
   * @param partner the paying partner
   * @param wallet the wallet debited
   * @param merchantId a registered merchant
   * @param amount the amount in the wallet's currency, or {@code null} with a quote
   * @param quote the quote to pay in its buy currency, or {@code null}
   * @param description a description
   * @param reference the partner's reference
   * @param extra the tip or convenience fee included in {@code amount} by a QR code, or {@code
   *     null}
   * @param category the merchant category a QR code names (tag 52), or {@code null} for the
   *     merchant's registered one
   * @param scope the idempotency scope of the request
   * @param voucherId a voucher of the caller to redeem (with {@code amount} only), or {@code null}
   * @return the payment
   * @throws ApiProblem {@code 409 voucher_not_redeemable} or {@code 422 voucher_not_applicable}
   */
  public PaymentRecord pay(
      Partner partner,
      WalletRecord wallet,
      String merchantId,
      @Nullable Amount amount,
      @Nullable QuoteRecord quote,
      @Nullable String description,
      @Nullable String reference,
      @Nullable QrExtra extra,
      @Nullable String category,
      @Nullable String scope,
      @Nullable String voucherId) {
    String id = engine.ids().next("pay_");
    List<Leg> legs = new ArrayList<>();
    Amount paid;
    Amount debited;
    Amount fee;
    Amount spent;
    if (quote == null) {
      // Offers: the wallet pays the amount less a voucher's discount; the offer's merchant funds
      // the discount in the same entry, so the merchant still receives the whole amount.
      Amount holderPays = holderPays(wallet, merchantId, amount, voucherId);
      legs.add(
          leg(
              movements.walletAccount(wallet, amount.currency()),
              merchants(amount.currency()),
              holderPays));
      if (holderPays.minor() < amount.minor()) {
        legs.add(
            offers.fundingLeg(
                merchantId,
                merchants(amount.currency()),
                Amount.of(amount.currency(), amount.minor() - holderPays.minor())));
      }
      paid = amount;
      debited = holderPays;
      fee = Amount.zero(amount.currency());
      // A QR code's convenience fee is a fee: it earns no points; a tip does. Points are earned
      // on what the holder paid, after a voucher's discount.
      spent =
          extra == null || extra.tip()
              ? holderPays
              : Amount.of(amount.currency(), holderPays.minor() - extra.amount().minor());
    } else {
      legs.addAll(movements.fxLegs(wallet, quote, this::merchants));
      paid = quote.buy();
      debited = quote.sell();
      fee = quote.fee();
      spent = quote.principal();
    }
    // The wallet's membership tier multiplies the points (rounded down).
    long points = engine.membership().points(wallet, engine.rewards().pointsFor(spent));
    if (points > 0) {
      legs.add(rewards.leg(wallet.id(), points, false));
    }
    movements.post(legs, new Memo(id, "payment", scope), reference, description);
    PaymentRecord payment =
        new PaymentRecord(
            id,
            partner.id(),
            wallet.id(),
            merchantId,
            paid,
            debited,
            fee,
            quote == null ? null : quote.id(),
            description,
            reference,
            engine.clock().now());
    payment.qrExtra(extra);
    payment.category(category != null ? category : engine.budgets().categoryOf(merchantId));
    if (voucherId != null) {
      payment.voucher(voucherId, Amount.of(paid.currency(), paid.minor() - debited.minor()));
    }
    engine.payments().put(id, payment);
    if (quote != null) {
      quotes.markUsed(quote, id);
    }
    engine.emit(new DomainEvent.PaymentSucceeded(partner.id(), payment));
    if (voucherId != null) {
      offers.redeemed(voucherId, payment);
    }
    if (points > 0) {
      payment.pointsEarned(points);
      rewards.recorded(partner.id(), wallet.id(), "earned", points, id, null);
    }
    budgets.paymentLanded(payment);
    membership.paymentLanded(payment);
    return payment;
  }

  /**
   * Refunds a payment in full or in part. The wallet is credited in the currency it was debited,
   * pro rata and half-even; the refund that completes the payment credits exactly what remains.
   *
   * @param payment the payment
   * @param requested the amount in the payment's currency, or {@code null} for all that remains
   * @param reason why
   * @param scope the idempotency scope of the request
   * @return the refund
   * @throws ApiProblem {@code 422 refund_exceeds_payment} or {@code invalid_request}
   */
  public RefundRecord refund(
      PaymentRecord payment,
      @Nullable Amount requested,
      @Nullable String reason,
      @Nullable String scope) {
    WalletRecord wallet = engine.wallet(payment.walletId()).orElseThrow();
    if (wallet.erasedAt() != null) {
      throw ApiProblem.of(
          409,
          "wallet_erased",
          "Wallet erased",
          "wallet "
              + wallet.id()
              + " was erased at "
              + wallet.erasedAt()
              + " and can receive no refund of payment "
              + payment.id());
    }
    long remaining = payment.amount().minor() - payment.refunded().minor();
    Amount amount =
        requested != null ? requested : Amount.of(payment.amount().currency(), remaining);
    if (amount.currency() != payment.amount().currency()) {
      throw ApiProblem.unprocessable(
          "/amount/currency",
          "currency_mismatch",
          "must be " + payment.amount().code() + ", the currency of the payment");
    }
    if (amount.minor() <= 0 || amount.minor() > remaining) {
      throw ApiProblem.of(
          422,
          "refund_exceeds_payment",
          "Refund exceeds payment",
          "payment "
              + payment.id()
              + " has "
              + Amount.of(amount.currency(), remaining)
              + " left to refund, not "
              + amount);
    }
    Amount credited = credited(payment, amount, remaining);
    String id = engine.ids().next("rfd_");
    List<Leg> legs = refundLegs(payment, wallet, amount, credited);
    long due = rewards.reversalDue(payment, amount.minor(), amount.minor() == remaining);
    long points = Math.min(due, rewards.points(wallet.id()));
    if (points > 0) {
      legs.add(rewards.leg(wallet.id(), points, true));
    }
    movements.post(legs, new Memo(id, "refund", scope), null, reason);
    long refundedBefore = payment.refunded().minor();
    payment.addRefund(amount.minor(), credited.minor());
    // What the wallet no longer has (it was redeemed) is absorbed, never collected later.
    payment.addPointsReversed(due);
    RefundRecord refund =
        new RefundRecord(
            id,
            payment.partnerId(),
            payment.id(),
            wallet.id(),
            amount,
            credited,
            reason,
            engine.clock().now());
    engine.refunds().put(id, refund);
    engine.emit(new DomainEvent.RefundSucceeded(payment.partnerId(), refund));
    offers.refunded(payment, amount.minor(), refundedBefore);
    if (points > 0) {
      rewards.recorded(payment.partnerId(), wallet.id(), "reversed", points, id, null);
    }
    membership.refundLanded(payment);
    return refund;
  }

  /**
   * The wallet's share of a refund, pro rata and half-even; the refund completing the payment
   * credits what remains. For a voucher payment the running total of the refunds is rounded, not
   * each refund: each refund's share then stays between nothing and the refund, and the discount's
   * shares return exactly the discount to the offer's funding, however the payment is refunded in
   * parts.
   */
  private static Amount credited(PaymentRecord payment, Amount amount, long remaining) {
    Amount debited = payment.debited();
    long creditedBefore = payment.refundedDebit().minor();
    long left = debited.minor() - creditedBefore;
    if (amount.minor() == remaining) {
      return Amount.of(debited.currency(), left);
    }
    if (payment.voucherId() == null) {
      long share = proRata(amount.minor(), payment);
      return Amount.of(debited.currency(), Math.min(share, left));
    }
    long share = proRata(payment.refunded().minor() + amount.minor(), payment) - creditedBefore;
    return Amount.of(debited.currency(), Math.max(0, Math.min(share, left)));
  }

  /** {@code refunded × debited / amount} of a payment, rounded half-even to the minor unit. */
  private static long proRata(long refunded, PaymentRecord payment) {
    return BigDecimal.valueOf(refunded)
        .multiply(BigDecimal.valueOf(payment.debited().minor()))
        .divide(BigDecimal.valueOf(payment.amount().minor()), MathContext.DECIMAL128)
        .setScale(0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  private List<Leg> refundLegs(
      PaymentRecord payment, WalletRecord wallet, Amount amount, Amount credited) {
    List<Leg> legs = new ArrayList<>();
    CurrencyCode paid = amount.currency();
    CurrencyCode debitedIn = credited.currency();
    if (paid == debitedIn) {
      // A voucher payment's refund credits the wallet its share of what it paid and returns the
      // rest, the discount's share, to the offer merchant's funding account.
      if (credited.minor() > 0) {
        legs.add(leg(merchants(paid), movements.walletAccount(wallet, paid), credited));
      }
      if (credited.minor() < amount.minor()) {
        legs.add(offers.refundLeg(payment, merchants(paid), amount.minor() - credited.minor()));
      }
      return legs;
    }
    legs.add(leg(merchants(paid), movements.systemAccount("fx", paid), amount));
    if (credited.minor() > 0) {
      legs.add(
          leg(
              movements.systemAccount("fx", debitedIn),
              movements.walletAccount(wallet, debitedIn),
              credited));
    }
    return legs;
  }

  private String merchants(CurrencyCode currency) {
    return movements.systemAccount("merchants", currency);
  }

  private static Leg leg(String debit, String credit, Amount amount) {
    return new Leg(debit, credit, amount.code(), amount.minor());
  }
}
