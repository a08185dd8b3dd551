/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.model.CurrencyCode;
import java.time.Instant;
import java.util.List;

/**
 * Everything held about a wallet's holder, as records: the view layer renders it as the {@code
 * data_export} document. Taken under the engine's lock and rendered in the same operation.
 *
 * @param wallet the wallet
 * @param generatedAt when
 * @param sections the holder's records, one section per kind, in document order
 */
public record DataExport(WalletRecord wallet, Instant generatedAt, List<Section> sections) {
  /**
   * Copies the sections.
   *
   * @param wallet the wallet
   * @param generatedAt when
   * @param sections the sections
   */
  public DataExport {
    sections = List.copyOf(sections);
  }

  /**
   * One section: the holder's records of one kind ({@link Balance}, {@link TransactionRecord},
   * {@link PaymentRecord}, {@link RefundRecord}, {@link TransferRecord}, {@link SplitBillRecord},
   * {@link BillPaymentRecord}, {@link PaymentTokenRecord}, {@link RewardsEntryRecord}, {@link
   * RedemptionRecord}, {@link EventRecord}, {@link BudgetService.Status}, {@link PotEntry}, {@link
   * VoucherEntry}, {@link InvoiceEntry}, {@link InvoicePaymentRecord} or {@link TierChangeRecord}).
   *
   * @param name the section's member name in the document
   * @param records the records, a snapshot of the list
   */
  public record Section(String name, List<?> records) {
    /**
     * Copies the records.
     *
     * @param name the member name
     * @param records the records
     */
    public Section {
      records = List.copyOf(records);
    }
  }

  /**
   * A wallet's balance in one currency.
   *
   * @param currency the currency
   * @param posted posted minor units
   * @param reserved reserved minor units
   */
  public record Balance(CurrencyCode currency, long posted, long reserved) {}

  /**
   * A savings pot with what it held when the export was taken.
   *
   * @param pot the pot
   * @param balance its balance then
   */
  public record PotEntry(PotRecord pot, Amount balance) {}

  /**
   * A voucher with the offer whose terms it shows.
   *
   * @param voucher the voucher
   * @param offer its offer
   */
  public record VoucherEntry(VoucherRecord voucher, OfferRecord offer) {}

  /**
   * An invoice the wallet issued, with what it stood at when the export was taken.
   *
   * @param invoice the invoice
   * @param state its state then, derived from the ledger
   */
  public record InvoiceEntry(InvoiceRecord invoice, InvoiceState state) {}
}
