/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.KycLevel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened on the platform, as the engine emits it: the resource records it is
 * about, not their JSON. The view layer renders each one ({@link EventRenderer}) at the moment it
 * is emitted, under the engine's lock, so an event shows its resource as it was then even when the
 * record changes later (a payment refunded, a bill payment run).
 */
public sealed interface DomainEvent {
  /**
   * Returns whose feed the event goes to.
   *
   * @return the partner id
   */
  String partnerId();

  /**
   * Returns the event type, for example {@code transfer.completed}.
   *
   * @return the type
   */
  String type();

  /**
   * A wallet was opened.
   *
   * @param partnerId the owner
   * @param wallet the wallet
   */
  record WalletCreated(String partnerId, WalletRecord wallet) implements DomainEvent {
    @Override
    public String type() {
      return "wallet.created";
    }
  }

  /**
   * A wallet was funded.
   *
   * @param partnerId the owner
   * @param transaction the funding's transaction
   */
  record WalletFunded(String partnerId, TransactionRecord transaction) implements DomainEvent {
    @Override
    public String type() {
      return "wallet.funded";
    }
  }

  /**
   * A transfer was created or changed status ({@code transfer.pending}, {@code .completed}, {@code
   * .failed}).
   *
   * @param partnerId whose feed
   * @param type the event type
   * @param transfer the transfer
   */
  record TransferChanged(String partnerId, String type, TransferRecord transfer)
      implements DomainEvent {}

  /**
   * A payment succeeded.
   *
   * @param partnerId the owner
   * @param payment the payment
   */
  record PaymentSucceeded(String partnerId, PaymentRecord payment) implements DomainEvent {
    @Override
    public String type() {
      return "payment.succeeded";
    }
  }

  /**
   * A refund succeeded.
   *
   * @param partnerId the owner
   * @param refund the refund
   */
  record RefundSucceeded(String partnerId, RefundRecord refund) implements DomainEvent {
    @Override
    public String type() {
      return "refund.succeeded";
    }
  }

  /**
   * A bill payment was scheduled, ran, failed or was cancelled.
   *
   * @param partnerId the owner
   * @param type the event type, {@code bill_payment.*}
   * @param bill the bill payment
   */
  record BillPaymentChanged(String partnerId, String type, BillPaymentRecord bill)
      implements DomainEvent {}

  /**
   * A split bill was paid.
   *
   * @param partnerId the owner
   * @param bill the split bill
   */
  record SplitBillSucceeded(String partnerId, SplitBillRecord bill) implements DomainEvent {
    @Override
    public String type() {
      return "split_bill.succeeded";
    }
  }

  /**
   * A payment token was issued or redeemed.
   *
   * @param partnerId the owner
   * @param type the event type, {@code payment_token.*}
   * @param token the token
   * @param at when, for the token's status
   */
  record PaymentTokenChanged(String partnerId, String type, PaymentTokenRecord token, Instant at)
      implements DomainEvent {}

  /**
   * Rewards points were earned, redeemed or reversed.
   *
   * @param partnerId the owner
   * @param type the event type, {@code rewards.*}
   * @param entry the points entry
   */
  record RewardsEntered(String partnerId, String type, RewardsEntryRecord entry)
      implements DomainEvent {}

  /**
   * A step-up challenge was created or confirmed.
   *
   * @param partnerId the owner
   * @param type the event type, {@code challenge.*}
   * @param challenge the challenge
   * @param status its status then
   */
  record ChallengeChanged(String partnerId, String type, ChallengeRecord challenge, String status)
      implements DomainEvent {}

  /**
   * A wallet's KYC level went up.
   *
   * @param partnerId the owner
   * @param wallet the wallet, at its new level
   * @param previous its level before
   * @param limits the levels' limits
   */
  record KycUpgraded(String partnerId, WalletRecord wallet, KycLevel previous, KycLimitTable limits)
      implements DomainEvent {
    @Override
    public String type() {
      return "kyc.upgraded";
    }
  }

  /**
   * A holder's data was exported.
   *
   * @param partnerId the owner
   * @param walletId the wallet
   * @param generatedAt when
   * @param sections how many records each section of the export held, in document order
   */
  record DataExported(
      String partnerId, String walletId, Instant generatedAt, Map<String, Integer> sections)
      implements DomainEvent {
    /**
     * Copies the section counts.
     *
     * @param partnerId the owner
     * @param walletId the wallet
     * @param generatedAt when
     * @param sections the counts, in document order
     */
    public DataExported {
      sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
    }

    @Override
    public String type() {
      return "privacy.exported";
    }
  }

  /**
   * A holder's personal data was erased.
   *
   * @param partnerId the owner
   * @param walletId the wallet, now a pseudonym
   * @param erasedAt when
   */
  record WalletErased(String partnerId, String walletId, Instant erasedAt) implements DomainEvent {
    @Override
    public String type() {
      return "privacy.erased";
    }
  }

  /**
   * A budget's net spending reached one of its thresholds ({@code budget.threshold_reached}) or
   * passed its amount ({@code budget.exceeded}) in the current period.
   *
   * @param partnerId the owner
   * @param type the event type
   * @param status the budget, the period and the net spent, as the payment left them
   * @param threshold the percentage reached, or {@code null} for {@code budget.exceeded}
   * @param paymentId the payment that brought it about
   */
  record BudgetAlert(
      String partnerId,
      String type,
      BudgetService.Status status,
      @Nullable Integer threshold,
      String paymentId)
      implements DomainEvent {}

  /**
   * Transaction monitoring made a decision other than a plain allow on a movement.
   *
   * @param partnerId the owner of the wallet
   * @param flag the decision and its reasons
   */
  record RiskFlagged(String partnerId, RiskFlag flag) implements DomainEvent {
    @Override
    public String type() {
      return "risk.flagged";
    }
  }

  /**
   * A reviewer released or rejected a movement held for review.
   *
   * @param partnerId the owner
   * @param type the event type, {@code risk_review.released} or {@code .rejected}
   * @param review the review, decided
   */
  record RiskReviewDecided(String partnerId, String type, RiskReviewRecord review)
      implements DomainEvent {}

  /**
   * A savings pot was created, closed, reached its target or skipped a sweep run ({@code
   * pot.created}, {@code pot.closed}, {@code pot.target_reached}, {@code pot.sweep_failed}).
   *
   * @param partnerId the owner
   * @param type the event type
   * @param pot the pot
   * @param balance what it held then
   */
  record PotChanged(String partnerId, String type, PotRecord pot, Amount balance)
      implements DomainEvent {}

  /**
   * Money moved between a wallet and one of its pots.
   *
   * @param partnerId the owner
   * @param move the move
   */
  record PotMoved(String partnerId, PotMoveRecord move) implements DomainEvent {
    @Override
    public String type() {
      return "pot.moved";
    }
  }

  /**
   * A merchant-funded offer was created.
   *
   * @param partnerId the owner
   * @param offer the offer
   */
  record OfferCreated(String partnerId, OfferRecord offer) implements DomainEvent {
    @Override
    public String type() {
      return "offer.created";
    }
  }

  /**
   * A voucher was issued, redeemed, expired, restored or forfeited ({@code voucher.issued}, {@code
   * .redeemed}, {@code .expired}, {@code .restored}, {@code .forfeited}).
   *
   * @param partnerId the owner
   * @param type the event type
   * @param voucher the voucher, as it is after the change
   * @param offer its offer
   */
  record VoucherChanged(String partnerId, String type, VoucherRecord voucher, OfferRecord offer)
      implements DomainEvent {}

  /**
   * An invoice was issued, paid in part or in full, fell overdue, was voided or credited ({@code
   * invoice.issued}, {@code invoice.partially_paid}, {@code invoice.paid}, {@code invoice.overdue},
   * {@code invoice.voided}, {@code invoice.credited}).
   *
   * @param partnerId the issuer's partner
   * @param type the event type
   * @param invoice the invoice
   * @param state what it stood at then, derived from the ledger
   */
  record InvoiceChanged(String partnerId, String type, InvoiceRecord invoice, InvoiceState state)
      implements DomainEvent {}

  /**
   * A wallet's membership tier changed.
   *
   * @param partnerId the owner
   * @param change the change
   */
  record MembershipTierChanged(String partnerId, TierChangeRecord change) implements DomainEvent {
    @Override
    public String type() {
      return "membership.tier_changed";
    }
  }

  /**
   * A batch payout was executed: every item paid or failed.
   *
   * @param partnerId the owner
   * @param batch the batch
   */
  record PayoutBatchCompleted(String partnerId, PayoutBatchRecord batch) implements DomainEvent {
    @Override
    public String type() {
      return "payout_batch.completed";
    }
  }
}
