/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.model.CurrencyCode;
import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Earns, reverses and redeems rewards points. Earning and reversal ride in the journal entry of the
 * payment or refund that causes them; a redemption is one entry whose points leg and money leg
 * commit together. Every method runs under the engine's lock.
 */
public final class RewardsService {
  private final Engine engine;
  private final Movements movements;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   */
  public RewardsService(Engine engine) {
    this.engine = engine;
    this.movements = new Movements(engine);
  }

  /**
   * Returns the points a wallet has.
   *
   * @param walletId the wallet
   * @return its points balance
   */
  public long points(String walletId) {
    return RewardsProgram.points(engine.ledger(), walletId);
  }

  /** The leg that gives a wallet points, or takes them back when {@code back} is set. */
  Leg leg(String walletId, long points, boolean back) {
    String wallet =
        engine
            .ledger()
            .account(RewardsProgram.walletAccount(walletId), RewardsProgram.ASSET, false)
            .key();
    String issuer =
        engine.ledger().account(RewardsProgram.ISSUER_ACCOUNT, RewardsProgram.ASSET, true).key();
    return back
        ? new Leg(wallet, issuer, RewardsProgram.ASSET, points)
        : new Leg(issuer, wallet, RewardsProgram.ASSET, points);
  }

  /**
   * Computes the points a refund should take back: the payment's points pro rata to what has been
   * refunded so far (rounded down), all that remain on the refund that completes it. The caller
   * takes at most what the wallet still has and counts the whole amount as settled, so points
   * already redeemed stay redeemed and are never collected from later earnings.
   */
  long reversalDue(PaymentRecord payment, long refundMinor, boolean completes) {
    long earned = payment.pointsEarned();
    if (earned == 0) {
      return 0;
    }
    long due;
    if (completes) {
      due = earned - payment.pointsReversed();
    } else {
      long refundedAfter = Math.addExact(payment.refunded().minor(), refundMinor);
      due =
          BigInteger.valueOf(earned)
                  .multiply(BigInteger.valueOf(refundedAfter))
                  .divide(BigInteger.valueOf(payment.amount().minor()))
                  .longValueExact()
              - payment.pointsReversed();
    }
    return Math.max(0, due);
  }

  /**
   * Records points a payment, refund or redemption moved, after its entry posted, and announces
   * them.
   *
   * @param partnerId the owner
   * @param walletId the wallet
   * @param type {@code earned}, {@code reversed} or {@code redeemed}
   * @param points the points, positive
   * @param resourceId the payment, refund or redemption
   * @param amount the money a redemption paid out, or {@code null}
   */
  void recorded(
      String partnerId,
      String walletId,
      String type,
      long points,
      String resourceId,
      @Nullable Amount amount) {
    RewardsEntryRecord entry =
        new RewardsEntryRecord(
            engine.ids().next("rwe_"),
            walletId,
            type,
            points,
            points(walletId),
            resourceId,
            amount,
            engine.clock().now());
    engine.rewards().record(entry);
    engine.emit(new DomainEvent.RewardsEntered(partnerId, "rewards." + type, entry));
  }

  /** What whole blocks of points pay out; refused if the amount is beyond what Money can hold. */
  private static Amount value(long points, RewardsProgram.Rate rate) {
    CurrencyCode currency = rate.value().currency();
    long limit = Amount.maxMinor(currency);
    BigInteger minor =
        BigInteger.valueOf(points / rate.points())
            .multiply(BigInteger.valueOf(rate.value().minor()));
    if (minor.compareTo(BigInteger.valueOf(limit)) > 0) {
      throw ApiProblem.invalidField(
          "/points",
          "amount_too_large",
          "would redeem for more than an amount can hold ("
              + Amount.MAX_INTEGER_DIGITS
              + " integer digits)");
    }
    return Amount.of(currency, minor.longValueExact());
  }

  /**
   * Redeems points into money in the wallet.
   *
   * @param partner the owner
   * @param wallet the wallet
   * @param points the points, positive
   * @param currency the currency to receive
   * @param scope the idempotency scope of the request
   * @return the redemption
   * @throws ApiProblem {@code 409 wallet_not_active}, {@code 422 points_not_redeemable}, {@code
   *     invalid_request} for a partial block, or {@code 422 insufficient_points}; nothing changes
   */
  public RedemptionRecord redeem(
      Partner partner,
      WalletRecord wallet,
      long points,
      CurrencyCode currency,
      @Nullable String scope) {
    WalletService.requireActive(wallet);
    RewardsProgram.Rate rate =
        engine
            .rewards()
            .rate(currency)
            .orElseThrow(
                () ->
                    ApiProblem.unprocessable(
                        "/currency",
                        "points_not_redeemable",
                        "points cannot be redeemed into "
                            + currency
                            + "; the programme redeems into "
                            + engine.rewards().rates().keySet()));
    if (points % rate.points() != 0) {
      throw ApiProblem.invalidField(
          "/points",
          "not_a_multiple",
          "must be a multiple of "
              + rate.points()
              + ", the points that redeem for "
              + rate.value());
    }
    long available = points(wallet.id());
    if (available < points) {
      throw ApiProblem.of(
          422,
          "insufficient_points",
          "Insufficient points",
          "wallet " + wallet.id() + " has " + available + " points but " + points + " are needed");
    }
    Amount value = value(points, rate);
    wallet.hold(currency);
    String id = engine.ids().next("rdm_");
    Leg money =
        new Leg(
            movements.systemAccount("rewards", currency),
            movements.walletAccount(wallet, currency),
            currency.code(),
            value.minor());
    movements.post(
        List.of(leg(wallet.id(), points, true), money),
        new Memo(id, "rewards_redemption", scope),
        null,
        "Rewards redemption");
    RedemptionRecord redemption =
        new RedemptionRecord(id, partner.id(), wallet.id(), points, value, engine.clock().now());
    engine.rewards().add(redemption);
    recorded(partner.id(), wallet.id(), "redeemed", points, id, value);
    return redemption;
  }
}
