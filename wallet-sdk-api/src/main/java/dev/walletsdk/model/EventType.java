/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The type of an {@link Event}, such as {@code "transfer.completed"}.
 *
 * <p>Not an enum, because a newer server may send types this SDK does not know: {@link #of(String)}
 * accepts any well-formed type, and the constants name the types this version knows. Compare with
 * {@link #equals(Object)}. Immutable and thread-safe.
 *
 * <p>Each known type carries one kind of resource as its {@link Event#data()}; {@link #dataType()}
 * names that class, so that code routing events by type (such as the client's event dispatcher) can
 * check a handler's declared payload class before any event arrives.
 */
public final class EventType {
  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z_]*(\\.[a-z][a-z_]*)+");

  /** A wallet was opened. Data: {@link Wallet}. */
  public static final EventType WALLET_CREATED = new EventType("wallet.created", Wallet.class);

  /**
   * Money from outside the platform was added to a wallet; the data is the funding transaction.
   * Data: {@link Transaction}.
   */
  public static final EventType WALLET_FUNDED = new EventType("wallet.funded", Transaction.class);

  /** A payment to a merchant succeeded. Data: {@link Payment}. */
  public static final EventType PAYMENT_SUCCEEDED =
      new EventType("payment.succeeded", Payment.class);

  /** A refund returned money to a wallet. Data: {@link Refund}. */
  public static final EventType REFUND_SUCCEEDED = new EventType("refund.succeeded", Refund.class);

  /**
   * A payout to a bank account was reserved on the wallet and waits for the bank. Data: {@link
   * Transfer}.
   */
  public static final EventType TRANSFER_PENDING =
      new EventType("transfer.pending", Transfer.class);

  /** A transfer reached its destination. Data: {@link Transfer}. */
  public static final EventType TRANSFER_COMPLETED =
      new EventType("transfer.completed", Transfer.class);

  /** A payout was returned and its reservation released. Data: {@link Transfer}. */
  public static final EventType TRANSFER_FAILED = new EventType("transfer.failed", Transfer.class);

  /**
   * An operation needs step-up authentication and a challenge was issued. Data: {@link Challenge}.
   */
  public static final EventType CHALLENGE_CREATED =
      new EventType("challenge.created", Challenge.class);

  /**
   * A challenge was answered and the operation it guarded was executed. Data: {@link Challenge}.
   */
  public static final EventType CHALLENGE_CONFIRMED =
      new EventType("challenge.confirmed", Challenge.class);

  /**
   * A one-time payment token (a QR code to show at a till) was issued. Data: {@link PaymentToken}.
   */
  public static final EventType PAYMENT_TOKEN_CREATED =
      new EventType("payment_token.created", PaymentToken.class);

  /**
   * A payment token was redeemed by a payment; the data names the payment. Data: {@link
   * PaymentToken}.
   */
  public static final EventType PAYMENT_TOKEN_REDEEMED =
      new EventType("payment_token.redeemed", PaymentToken.class);

  /** Every share of a split bill was paid, atomically. Data: {@link SplitBill}. */
  public static final EventType SPLIT_BILL_SUCCEEDED =
      new EventType("split_bill.succeeded", SplitBill.class);

  /** A bill was paid, now or as a run of a schedule. Data: {@link BillPayment}. */
  public static final EventType BILL_PAYMENT_SUCCEEDED =
      new EventType("bill_payment.succeeded", BillPayment.class);

  /**
   * A bill payment was scheduled for a later date or on a recurrence. Data: {@link BillPayment}.
   */
  public static final EventType BILL_PAYMENT_SCHEDULED =
      new EventType("bill_payment.scheduled", BillPayment.class);

  /**
   * A scheduled run of a bill payment failed; the data's last run says why. Data: {@link
   * BillPayment}.
   */
  public static final EventType BILL_PAYMENT_FAILED =
      new EventType("bill_payment.failed", BillPayment.class);

  /** A scheduled bill payment was cancelled; no further runs happen. Data: {@link BillPayment}. */
  public static final EventType BILL_PAYMENT_CANCELLED =
      new EventType("bill_payment.cancelled", BillPayment.class);

  /** A payment earned rewards points; data: the {@link RewardsEntry}. */
  public static final EventType REWARDS_EARNED =
      new EventType("rewards.earned", RewardsEntry.class);

  /** A refund took back rewards points; data: the {@link RewardsEntry}. */
  public static final EventType REWARDS_REVERSED =
      new EventType("rewards.reversed", RewardsEntry.class);

  /** Rewards points were redeemed into money; data: the {@link RewardsEntry}. */
  public static final EventType REWARDS_REDEEMED =
      new EventType("rewards.redeemed", RewardsEntry.class);

  /** A wallet's KYC level was raised; data: the {@link KycVerification}, no personal data. */
  public static final EventType KYC_UPGRADED = new EventType("kyc.upgraded", KycVerification.class);

  /**
   * A holder's data was exported; data: a {@link DataExportSummary} with section counts only, never
   * the personal data itself.
   */
  public static final EventType PRIVACY_EXPORTED =
      new EventType("privacy.exported", DataExportSummary.class);

  /** A holder's personal data was erased; data: the {@link Erasure}. */
  public static final EventType PRIVACY_ERASED = new EventType("privacy.erased", Erasure.class);

  /**
   * A payment took a budget's net spending in its period to one of its thresholds; once per
   * threshold per period. Data: {@link BudgetAlert}.
   */
  public static final EventType BUDGET_THRESHOLD_REACHED =
      new EventType("budget.threshold_reached", BudgetAlert.class);

  /**
   * A payment took a budget's net spending in its period above its amount; once per period. Data:
   * {@link BudgetAlert}.
   */
  public static final EventType BUDGET_EXCEEDED =
      new EventType("budget.exceeded", BudgetAlert.class);

  /**
   * Transaction monitoring made a decision other than a plain allow on a movement (allowed but
   * flagged, step-up, hold for review or decline); data: the {@link RiskFlag} with every reason.
   */
  public static final EventType RISK_FLAGGED = new EventType("risk.flagged", RiskFlag.class);

  /**
   * A reviewer released a movement held for review and it was executed (or failed); data: the
   * {@link RiskReview}.
   */
  public static final EventType RISK_REVIEW_RELEASED =
      new EventType("risk_review.released", RiskReview.class);

  /**
   * A reviewer rejected a movement held for review; its reservation was released. Data: the {@link
   * RiskReview}.
   */
  public static final EventType RISK_REVIEW_REJECTED =
      new EventType("risk_review.rejected", RiskReview.class);

  /** A savings pot was created; data: the {@link Pot}. */
  public static final EventType POT_CREATED = new EventType("pot.created", Pot.class);

  /** Money moved into or out of a pot, on request or by a sweep; data: the {@link PotMove}. */
  public static final EventType POT_MOVED = new EventType("pot.moved", PotMove.class);

  /** A deposit took a pot from below its target to at least it; data: the {@link Pot}. */
  public static final EventType POT_TARGET_REACHED = new EventType("pot.target_reached", Pot.class);

  /** A sweep run moved nothing; data: the {@link Pot}, its last sweep run naming the failure. */
  public static final EventType POT_SWEEP_FAILED = new EventType("pot.sweep_failed", Pot.class);

  /** An empty pot was closed; data: the {@link Pot}. */
  public static final EventType POT_CLOSED = new EventType("pot.closed", Pot.class);

  /** A merchant-funded offer was created; data: the {@link Offer}. */
  public static final EventType OFFER_CREATED = new EventType("offer.created", Offer.class);

  /** A voucher of an offer was issued to a wallet; data: the {@link Voucher}. */
  public static final EventType VOUCHER_ISSUED = new EventType("voucher.issued", Voucher.class);

  /** A payment redeemed a voucher; data: the {@link Voucher}, naming the payment. */
  public static final EventType VOUCHER_REDEEMED = new EventType("voucher.redeemed", Voucher.class);

  /** A voucher's offer ended while it was issued; data: the {@link Voucher}. */
  public static final EventType VOUCHER_EXPIRED = new EventType("voucher.expired", Voucher.class);

  /**
   * A full refund of the payment that redeemed a voucher, while its offer runs, made it issued
   * again; data: the {@link Voucher}.
   */
  public static final EventType VOUCHER_RESTORED = new EventType("voucher.restored", Voucher.class);

  /**
   * Any other first refund of the payment that redeemed a voucher voided it; data: the {@link
   * Voucher}.
   */
  public static final EventType VOUCHER_FORFEITED =
      new EventType("voucher.forfeited", Voucher.class);

  /** A business wallet issued an e-invoice; data: the {@link Invoice}. */
  public static final EventType INVOICE_ISSUED = new EventType("invoice.issued", Invoice.class);

  /** A payment left part of an invoice due; data: the {@link Invoice} after it. */
  public static final EventType INVOICE_PARTIALLY_PAID =
      new EventType("invoice.partially_paid", Invoice.class);

  /** A payment left nothing due on an invoice; data: the {@link Invoice} after it. */
  public static final EventType INVOICE_PAID = new EventType("invoice.paid", Invoice.class);

  /** An invoice was still due after its due date; data: the {@link Invoice}. */
  public static final EventType INVOICE_OVERDUE = new EventType("invoice.overdue", Invoice.class);

  /** An invoice nothing was paid on was voided; data: the {@link Invoice}. */
  public static final EventType INVOICE_VOIDED = new EventType("invoice.voided", Invoice.class);

  /** A credit note lowered what is due on an invoice; data: the {@link Invoice} after it. */
  public static final EventType INVOICE_CREDITED = new EventType("invoice.credited", Invoice.class);

  /**
   * A wallet's membership tier went up or down; data: the {@link MembershipTierChange}, naming the
   * tiers and the cause.
   */
  public static final EventType MEMBERSHIP_TIER_CHANGED =
      new EventType("membership.tier_changed", MembershipTierChange.class);

  /**
   * A business wallet's batch payout ran: every item was paid or failed; data: the {@link
   * PayoutBatch} with its counts and totals.
   */
  public static final EventType PAYOUT_BATCH_COMPLETED =
      new EventType("payout_batch.completed", PayoutBatch.class);

  // A new event type is one constant above (with the class of its data), one entry in KNOWN
  // below, and one case in the client's event reader (ModelReaders.eventData).
  private static final List<EventType> KNOWN =
      List.of(
          WALLET_CREATED,
          WALLET_FUNDED,
          PAYMENT_SUCCEEDED,
          REFUND_SUCCEEDED,
          TRANSFER_PENDING,
          TRANSFER_COMPLETED,
          TRANSFER_FAILED,
          CHALLENGE_CREATED,
          CHALLENGE_CONFIRMED,
          PAYMENT_TOKEN_CREATED,
          PAYMENT_TOKEN_REDEEMED,
          SPLIT_BILL_SUCCEEDED,
          BILL_PAYMENT_SUCCEEDED,
          BILL_PAYMENT_SCHEDULED,
          BILL_PAYMENT_FAILED,
          BILL_PAYMENT_CANCELLED,
          REWARDS_EARNED,
          REWARDS_REVERSED,
          REWARDS_REDEEMED,
          KYC_UPGRADED,
          PRIVACY_EXPORTED,
          PRIVACY_ERASED,
          BUDGET_THRESHOLD_REACHED,
          BUDGET_EXCEEDED,
          RISK_FLAGGED,
          RISK_REVIEW_RELEASED,
          RISK_REVIEW_REJECTED,
          POT_CREATED,
          POT_MOVED,
          POT_TARGET_REACHED,
          POT_SWEEP_FAILED,
          POT_CLOSED,
          OFFER_CREATED,
          VOUCHER_ISSUED,
          VOUCHER_REDEEMED,
          VOUCHER_EXPIRED,
          VOUCHER_RESTORED,
          VOUCHER_FORFEITED,
          INVOICE_ISSUED,
          INVOICE_PARTIALLY_PAID,
          INVOICE_PAID,
          INVOICE_OVERDUE,
          INVOICE_VOIDED,
          INVOICE_CREDITED,
          MEMBERSHIP_TIER_CHANGED,
          PAYOUT_BATCH_COMPLETED);

  private final String value;
  private final @Nullable Class<? extends Resource> dataType;

  private EventType(String value) {
    this(value, null);
  }

  private EventType(String value, @Nullable Class<? extends Resource> dataType) {
    this.value = value;
    this.dataType = dataType;
  }

  /**
   * Returns the event type with the given name.
   *
   * @param value dot-separated lower-case words, for example {@code "transfer.completed"}
   * @return the known constant for that name, or a new type if this SDK does not know it
   * @throws InvalidRequestException (field {@code eventType}, code {@code invalid_format}) if the
   *     name is not well-formed
   */
  public static EventType of(String value) {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw InvalidRequestException.forField(
          "eventType",
          "invalid_format",
          "eventType "
              + CurrencyCode.quoted(value)
              + " is not a valid event type such as \"transfer.completed\"");
    }
    for (EventType known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new EventType(value);
  }

  /**
   * Returns the event types this version of the SDK knows.
   *
   * @return an immutable list of the constants of this class
   */
  public static List<EventType> known() {
    return KNOWN;
  }

  /**
   * Returns the class of the resource an event of this type carries as its data.
   *
   * @return for example {@code Transfer.class} for {@link #TRANSFER_COMPLETED}; empty for a type
   *     this SDK does not know, whose data may be anything, including {@link UnknownResource}
   */
  public Optional<Class<? extends Resource>> dataType() {
    return Optional.ofNullable(dataType);
  }

  /**
   * Returns the name as sent on the wire.
   *
   * @return the name, for example {@code "transfer.completed"}
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EventType other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the name, for example {@code "transfer.completed"}. */
  @Override
  public String toString() {
    return value;
  }
}
