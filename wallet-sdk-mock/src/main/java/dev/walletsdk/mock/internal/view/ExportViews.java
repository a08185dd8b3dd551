/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.BillPaymentRecord;
import dev.walletsdk.mock.internal.engine.BudgetService;
import dev.walletsdk.mock.internal.engine.DataExport;
import dev.walletsdk.mock.internal.engine.EventRecord;
import dev.walletsdk.mock.internal.engine.InvoicePaymentRecord;
import dev.walletsdk.mock.internal.engine.PaymentRecord;
import dev.walletsdk.mock.internal.engine.PaymentTokenRecord;
import dev.walletsdk.mock.internal.engine.RedemptionRecord;
import dev.walletsdk.mock.internal.engine.RefundRecord;
import dev.walletsdk.mock.internal.engine.RewardsEntryRecord;
import dev.walletsdk.mock.internal.engine.SplitBillRecord;
import dev.walletsdk.mock.internal.engine.TierChangeRecord;
import dev.walletsdk.mock.internal.engine.TransactionRecord;
import dev.walletsdk.mock.internal.engine.TransferRecord;
import java.time.Instant;

/** Renders a holder's {@code data_export} document. */
public final class ExportViews {
  private ExportViews() {}

  /**
   * Renders a data export.
   *
   * @param export the records, rendered in the operation that took them
   * @return the {@code data_export} document
   */
  public static ObjectNode dataExport(DataExport export) {
    ObjectNode json = MockJson.object();
    json.put("object", "data_export");
    json.put("walletId", export.wallet().id());
    json.put("generatedAt", export.generatedAt().toString());
    json.set("holder", Views.holder(export.wallet()));
    json.set("wallet", Views.wallet(export.wallet()));
    for (DataExport.Section section : export.sections()) {
      ArrayNode records = json.putArray(section.name());
      section.records().forEach(record -> records.add(record(record, export.generatedAt())));
    }
    return json;
  }

  private static ObjectNode record(Object record, Instant now) {
    if (record instanceof DataExport.Balance b) {
      return Views.balance(b.currency(), b.posted(), b.reserved());
    } else if (record instanceof TransactionRecord r) {
      return Views.transaction(r);
    } else if (record instanceof PaymentRecord r) {
      return Views.payment(r);
    } else if (record instanceof RefundRecord r) {
      return Views.refund(r);
    } else if (record instanceof TransferRecord r) {
      return Views.transfer(r);
    } else if (record instanceof SplitBillRecord r) {
      return Views.splitBill(r);
    } else if (record instanceof BillPaymentRecord r) {
      return Views.billPayment(r);
    } else if (record instanceof PaymentTokenRecord r) {
      return Views.paymentToken(r, now);
    } else if (record instanceof RewardsEntryRecord r) {
      return Views.rewardsEntry(r);
    } else if (record instanceof RedemptionRecord r) {
      return Views.redemption(r);
    } else if (record instanceof EventRecord r) {
      return Views.event(r);
    } else if (record instanceof BudgetService.Status s) {
      return BudgetViews.budget(s);
    } else if (record instanceof DataExport.PotEntry r) {
      return PotViews.pot(r.pot(), r.balance());
    } else if (record instanceof DataExport.VoucherEntry r) {
      return OfferViews.voucher(r.voucher(), r.offer());
    } else if (record instanceof DataExport.InvoiceEntry r) {
      return InvoiceViews.invoice(r.invoice(), r.state());
    } else if (record instanceof InvoicePaymentRecord r) {
      return InvoiceViews.payment(r);
    } else if (record instanceof TierChangeRecord r) {
      return MembershipViews.change(r);
    }
    throw new IllegalArgumentException(
        "no view renders export records of " + record.getClass().getSimpleName());
  }
}
