/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.DomainEvent;
import dev.walletsdk.mock.internal.engine.DomainEvent.BillPaymentChanged;
import dev.walletsdk.mock.internal.engine.DomainEvent.ChallengeChanged;
import dev.walletsdk.mock.internal.engine.DomainEvent.DataExported;
import dev.walletsdk.mock.internal.engine.DomainEvent.KycUpgraded;
import dev.walletsdk.mock.internal.engine.DomainEvent.PaymentSucceeded;
import dev.walletsdk.mock.internal.engine.DomainEvent.PaymentTokenChanged;
import dev.walletsdk.mock.internal.engine.DomainEvent.RefundSucceeded;
import dev.walletsdk.mock.internal.engine.DomainEvent.RewardsEntered;
import dev.walletsdk.mock.internal.engine.DomainEvent.SplitBillSucceeded;
import dev.walletsdk.mock.internal.engine.DomainEvent.TransferChanged;
import dev.walletsdk.mock.internal.engine.DomainEvent.WalletCreated;
import dev.walletsdk.mock.internal.engine.DomainEvent.WalletErased;
import dev.walletsdk.mock.internal.engine.DomainEvent.WalletFunded;
import dev.walletsdk.mock.internal.engine.EventRenderer;

/**
 * Renders the engine's domain events as the {@code data} of Wallet API v1 events: the resource the
 * event is about, exactly as its own endpoint renders it. The engine's {@link EventRenderer}.
 */
public final class EventViews {
  private EventViews() {}

  /**
   * Renders an event's data.
   *
   * @param event the event, rendered at the moment it is emitted
   * @return its {@code data} member
   */
  public static ObjectNode render(DomainEvent event) {
    if (event instanceof WalletCreated e) {
      return Views.wallet(e.wallet());
    } else if (event instanceof WalletFunded e) {
      return Views.transaction(e.transaction());
    } else if (event instanceof TransferChanged e) {
      return Views.transfer(e.transfer());
    } else if (event instanceof PaymentSucceeded e) {
      return Views.payment(e.payment());
    } else if (event instanceof RefundSucceeded e) {
      return Views.refund(e.refund());
    } else if (event instanceof BillPaymentChanged e) {
      return Views.billPayment(e.bill());
    } else if (event instanceof SplitBillSucceeded e) {
      return Views.splitBill(e.bill());
    } else if (event instanceof PaymentTokenChanged e) {
      return Views.paymentToken(e.token(), e.at());
    } else if (event instanceof RewardsEntered e) {
      return Views.rewardsEntry(e.entry());
    } else if (event instanceof ChallengeChanged e) {
      return Views.challenge(e.challenge(), e.status());
    } else if (event instanceof KycUpgraded e) {
      return Views.kycVerification(e.wallet(), e.previous(), e.limits());
    } else if (event instanceof DataExported e) {
      return dataExported(e);
    } else if (event instanceof WalletErased e) {
      return erased(e);
    } else if (event instanceof DomainEvent.BudgetAlert e) {
      return BudgetViews.alert(e);
    } else if (event instanceof DomainEvent.RiskFlagged e) {
      return RiskViews.flag(e.flag());
    } else if (event instanceof DomainEvent.RiskReviewDecided e) {
      return RiskViews.review(e.review());
    } else if (event instanceof DomainEvent.PotChanged e) {
      return PotViews.pot(e.pot(), e.balance());
    } else if (event instanceof DomainEvent.PotMoved e) {
      return PotViews.move(e.move());
    } else if (event instanceof DomainEvent.OfferCreated e) {
      return OfferViews.offer(e.offer());
    } else if (event instanceof DomainEvent.VoucherChanged e) {
      return OfferViews.voucher(e.voucher(), e.offer());
    } else if (event instanceof DomainEvent.InvoiceChanged e) {
      return InvoiceViews.invoice(e.invoice(), e.state());
    } else if (event instanceof DomainEvent.MembershipTierChanged e) {
      return MembershipViews.change(e.change());
    } else if (event instanceof DomainEvent.PayoutBatchCompleted e) {
      return PayoutBatchViews.batch(e.batch());
    }
    throw new IllegalArgumentException("no view renders events of type " + event.type());
  }

  private static ObjectNode dataExported(DataExported event) {
    ObjectNode summary = MockJson.object();
    summary.put("object", "data_export_summary");
    summary.put("walletId", event.walletId());
    summary.put("generatedAt", event.generatedAt().toString());
    ObjectNode counts = summary.putObject("sections");
    event.sections().forEach(counts::put);
    return summary;
  }

  private static ObjectNode erased(WalletErased event) {
    ObjectNode erasure = MockJson.object();
    erasure.put("object", "erasure");
    erasure.put("walletId", event.walletId());
    erasure.put("pseudonym", event.walletId());
    erasure.put("erasedAt", event.erasedAt().toString());
    return erasure;
  }
}
