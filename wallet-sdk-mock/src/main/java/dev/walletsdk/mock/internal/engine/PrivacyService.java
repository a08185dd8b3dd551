/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.ledger.Account;
import dev.walletsdk.mock.internal.store.Store;
import dev.walletsdk.model.CurrencyCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A wallet holder's privacy rights: everything held about them as one document, and the erasure of
 * their personal data. Every method runs under the engine's lock and either completes or throws
 * having changed nothing.
 *
 * <p>Erasure leaves the ledger alone: its accounts are keyed by the wallet id, a random id with no
 * personal data in it, which after erasure is a pseudonym nothing on the platform links to a
 * person. The journal's hash chain and the audit therefore stay intact.
 */
public final class PrivacyService {
  /** What replaces the holder's name and other required personal text after erasure. */
  public static final String ERASED = "[erased]";

  /**
   * What replaces the last four characters of an account number after erasure: they are part of the
   * account number, and the schema requires the member.
   */
  public static final String ERASED_LAST4 = "0000";

  /** Members of stored event data that carry personal data, and are removed on erasure. */
  private static final Set<String> REMOVED_MEMBERS =
      Set.of("reference", "description", "reason", "identity");

  /** Members of stored event data that are required by their schema, and are replaced. */
  private static final Set<String> REPLACED_MEMBERS =
      Set.of("displayName", "holderName", "customerReference");

  /**
   * One kind of the holder's records in a data export. A new kind of record (rewards, for example)
   * adds its section to {@link #sections()}, its scrubbing to {@link #erase} and its rendering to
   * the view's export.
   *
   * @param name the section's member name in the document
   * @param records the wallet's records of this kind
   */
  private record ExportSection(String name, Function<WalletRecord, List<?>> records) {}

  private final Engine engine;
  private final List<ExportSection> sections;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   */
  public PrivacyService(Engine engine) {
    this.engine = engine;
    this.sections = sections();
  }

  private List<ExportSection> sections() {
    return List.of(
        new ExportSection("balances", this::balances),
        new ExportSection("transactions", WalletRecord::transactions),
        new ExportSection(
            "payments", wallet -> mine(engine.payments(), wallet, PaymentRecord::walletId)),
        new ExportSection(
            "refunds", wallet -> mine(engine.refunds(), wallet, RefundRecord::walletId)),
        new ExportSection("transfers", this::involving),
        new ExportSection("splitBills", this::splitBills),
        new ExportSection(
            "billPayments",
            wallet -> mine(engine.billPayments(), wallet, BillPaymentRecord::walletId)),
        new ExportSection(
            "paymentTokens",
            wallet -> mine(engine.paymentTokens(), wallet, PaymentTokenRecord::walletId)),
        new ExportSection("rewardsHistory", wallet -> engine.rewards().history(wallet.id())),
        new ExportSection(
            "rewardsRedemptions",
            wallet ->
                engine.rewards().redemptions().stream()
                    .filter(r -> r.walletId().equals(wallet.id()))
                    .toList()),
        new ExportSection("events", this::events),
        new ExportSection("budgets", this::budgets),
        new ExportSection("pots", this::pots),
        new ExportSection("vouchers", this::vouchers),
        new ExportSection("invoices", this::invoices),
        new ExportSection("invoicePayments", this::invoicePayments),
        new ExportSection("membershipHistory", wallet -> engine.membership().history(wallet.id())));
  }

  /**
   * Exports everything held about a wallet's holder, and announces the export.
   *
   * @param wallet the wallet
   * @return the records of the {@code data_export} document, to render in the same operation
   */
  public DataExport export(WalletRecord wallet) {
    Instant generatedAt = engine.clock().now();
    List<DataExport.Section> taken = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ExportSection section : sections) {
      List<?> records = section.records().apply(wallet);
      taken.add(new DataExport.Section(section.name(), records));
      counts.put(section.name(), records.size());
    }
    DataExport export = new DataExport(wallet, generatedAt, taken);
    engine.emit(new DomainEvent.DataExported(wallet.partnerId(), wallet.id(), generatedAt, counts));
    return export;
  }

  /**
   * Erases a wallet holder's personal data.
   *
   * @param wallet the wallet
   * @return the {@code erasure} object, as its event carries it
   * @throws ApiProblem {@code 409 wallet_erased}, {@code 409 erasure_balance_remaining} or {@code
   *     409 erasure_schedule_active}
   */
  public ObjectNode erase(WalletRecord wallet) {
    requireErasable(wallet);
    wallet.erase(ERASED, engine.clock().now());
    mine(engine.pots(), wallet, PotRecord::walletId).forEach(pot -> pot.rename(ERASED));
    mine(engine.invoices(), wallet, InvoiceRecord::walletId)
        .forEach(invoice -> invoice.erasePersonalData(ERASED));
    wallet.eraseHistoryText();
    mine(engine.payments(), wallet, PaymentRecord::walletId)
        .forEach(PaymentRecord::erasePersonalData);
    engine
        .refunds()
        .replaceAll(
            r ->
                r.walletId().equals(wallet.id())
                    ? new RefundRecord(
                        r.id(),
                        r.partnerId(),
                        r.paymentId(),
                        r.walletId(),
                        r.amount(),
                        r.credited(),
                        null,
                        r.createdAt())
                    : r);
    List<TransferRecord> transfers = involving(wallet);
    transfers.forEach(transfer -> transfer.erasePersonalData(ERASED));
    Set<String> shared = new HashSet<>();
    transfers.forEach(transfer -> shared.add(transfer.id()));
    splitBills(wallet).forEach(bill -> shared.add(bill.id()));
    for (WalletRecord other : engine.wallets()) {
      other.eraseHistoryText(shared::contains);
    }
    mine(engine.billPayments(), wallet, BillPaymentRecord::walletId)
        .forEach(bill -> bill.erasePersonalData(ERASED));
    engine
        .splitBills()
        .replaceAll(
            b ->
                sharedBy(b, wallet)
                    ? new SplitBillRecord(
                        b.id(),
                        b.partnerId(),
                        b.merchantId(),
                        b.amount(),
                        b.method(),
                        b.shares(),
                        null,
                        null,
                        b.createdAt())
                    : b);
    engine.payoutBatches().replaceAll(batch -> batch.erasedFor(wallet.id(), ERASED));
    engine.events().rewriteAll(event -> scrubbed(event, wallet.id()));
    engine.budgets().removeWallet(wallet.id());
    return engine.emit(
        new DomainEvent.WalletErased(wallet.partnerId(), wallet.id(), engine.clock().now()));
  }

  private List<BudgetService.Status> budgets(WalletRecord wallet) {
    BudgetService budgets = new BudgetService(engine);
    return engine.budgets().ofWallet(wallet.id()).stream().map(budgets::status).toList();
  }

  private void requireErasable(WalletRecord wallet) {
    if (wallet.erasedAt() != null) {
      throw ApiProblem.of(
          409,
          "wallet_erased",
          "Wallet erased",
          "the personal data of wallet " + wallet.id() + " was erased at " + wallet.erasedAt());
    }
    for (BillPaymentRecord bill :
        mine(engine.billPayments(), wallet, BillPaymentRecord::walletId)) {
      if (bill.nextRunAt() != null) {
        throw ApiProblem.of(
            409,
            "erasure_schedule_active",
            "Schedule active",
            "bill payment "
                + bill.id()
                + " of wallet "
                + wallet.id()
                + " runs again at "
                + bill.nextRunAt()
                + "; cancel it before erasure");
      }
    }
    requireNoPotHolds(wallet);
    long points = RewardsProgram.points(engine.ledger(), wallet.id());
    if (points != 0) {
      throw ApiProblem.of(
          409,
          "erasure_balance_remaining",
          "Balance remaining",
          "wallet "
              + wallet.id()
              + " still holds "
              + points
              + " rewards points; redeem them before erasure");
    }
    for (CurrencyCode currency : wallet.currencies()) {
      Account account = engine.ledger().find(wallet.accountKey(currency)).orElse(null);
      if (account != null && (account.posted() != 0 || account.reserved() != 0)) {
        throw ApiProblem.of(
            409,
            "erasure_balance_remaining",
            "Balance remaining",
            "wallet "
                + wallet.id()
                + " still holds "
                + Amount.of(currency, account.posted())
                + " ("
                + Amount.of(currency, account.reserved())
                + " reserved); pay it out before erasure");
      }
    }
  }

  /** Open pots block erasure while they hold money or sweep money in; closed pots are empty. */
  private void requireNoPotHolds(WalletRecord wallet) {
    List<String> holding = new ArrayList<>();
    for (PotRecord pot : mine(engine.pots(), wallet, PotRecord::walletId)) {
      Amount balance = potBalance(pot);
      if (balance.minor() != 0) {
        holding.add(pot.id() + " (" + balance + ")");
      } else if (pot.nextRunAt() != null) {
        throw ApiProblem.of(
            409,
            "erasure_schedule_active",
            "Schedule active",
            "pot "
                + pot.id()
                + " of wallet "
                + wallet.id()
                + " sweeps again at "
                + pot.nextRunAt()
                + "; close it before erasure");
      }
    }
    if (!holding.isEmpty()) {
      throw ApiProblem.of(
          409,
          "erasure_balance_remaining",
          "Balance remaining",
          "wallet "
              + wallet.id()
              + " still holds money in pots "
              + String.join(", ", holding)
              + "; withdraw it and close the pots before erasure");
    }
  }

  private Amount potBalance(PotRecord pot) {
    Account account = engine.ledger().find(pot.accountKey()).orElse(null);
    return Amount.of(pot.currency(), account == null ? 0 : account.posted());
  }

  private List<DataExport.PotEntry> pots(WalletRecord wallet) {
    List<DataExport.PotEntry> pots = new ArrayList<>();
    for (PotRecord pot : mine(engine.pots(), wallet, PotRecord::walletId)) {
      pots.add(new DataExport.PotEntry(pot, potBalance(pot)));
    }
    return pots;
  }

  /** Vouchers carry no personal data: they are exported, and erasure leaves them as they are. */
  private List<DataExport.VoucherEntry> vouchers(WalletRecord wallet) {
    List<DataExport.VoucherEntry> vouchers = new ArrayList<>();
    for (VoucherRecord voucher : mine(engine.vouchers(), wallet, VoucherRecord::walletId)) {
      vouchers.add(new DataExport.VoucherEntry(voucher, engine.offers().get(voucher.offerId())));
    }
    return vouchers;
  }

  private List<DataExport.Balance> balances(WalletRecord wallet) {
    List<DataExport.Balance> balances = new ArrayList<>();
    for (CurrencyCode currency : wallet.currencies()) {
      Account account = engine.ledger().find(wallet.accountKey(currency)).orElse(null);
      balances.add(
          new DataExport.Balance(
              currency,
              account == null ? 0 : account.posted(),
              account == null ? 0 : account.reserved()));
    }
    return balances;
  }

  private List<TransferRecord> involving(WalletRecord wallet) {
    List<TransferRecord> transfers = new ArrayList<>();
    for (TransferRecord transfer : engine.transferMap().values()) {
      if (transfer.sourceWalletId().equals(wallet.id())
          || wallet.id().equals(transfer.destinationWalletId())) {
        transfers.add(transfer);
      }
    }
    return transfers;
  }

  private List<SplitBillRecord> splitBills(WalletRecord wallet) {
    List<SplitBillRecord> bills = new ArrayList<>();
    engine.splitBills().values().stream().filter(b -> sharedBy(b, wallet)).forEach(bills::add);
    return bills;
  }

  private static boolean sharedBy(SplitBillRecord bill, WalletRecord wallet) {
    return bill.shares().stream().anyMatch(share -> share.walletId().equals(wallet.id()));
  }

  /** The holder's events: those whose data names the wallet; wallet ids are random and unique. */
  private List<EventRecord> events(WalletRecord wallet) {
    List<EventRecord> events = new ArrayList<>();
    for (EventRecord event : engine.events().of(wallet.partnerId())) {
      if (event.data().contains("\"" + wallet.id() + "\"")) {
        events.add(event);
      }
    }
    return events;
  }

  /**
   * Returns an event with the personal data removed if its data names the wallet.
   *
   * @param event the event
   * @param walletId the erased wallet
   * @return the scrubbed event, or the same one if it does not name the wallet
   */
  public static EventRecord scrubbed(EventRecord event, String walletId) {
    if (!event.data().contains("\"" + walletId + "\"")) {
      return event;
    }
    JsonNode data = JsonTrees.parse(event.data().getBytes(StandardCharsets.UTF_8));
    scrub(data);
    return new EventRecord(
        event.id(),
        event.partnerId(),
        event.type(),
        event.createdAt(),
        new String(JsonTrees.write(data), StandardCharsets.UTF_8));
  }

  private static void scrub(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(REMOVED_MEMBERS);
      for (String member : REPLACED_MEMBERS) {
        if (object.has(member)) {
          object.put(member, ERASED);
        }
      }
      if (object.has("accountNumberLast4")) {
        object.put("accountNumberLast4", ERASED_LAST4);
      }
      if ("invoice".equals(object.path("object").asText())) {
        scrubInvoice(object);
        return;
      }
      if ("pot".equals(object.path("object").asText()) && object.has("name")) {
        // A pot's name is the holder's text; other objects' names (a merchant's) are not.
        object.put("name", ERASED);
      }
      object.forEach(PrivacyService::scrub);
    } else if (node.isArray()) {
      node.forEach(PrivacyService::scrub);
    }
  }

  /**
   * An invoice keeps its creditor reference (the platform's, not the holder's text); its line
   * descriptions are replaced, credit note reasons and the QR code (which names the issuer)
   * removed.
   */
  private static void scrubInvoice(ObjectNode invoice) {
    invoice.remove("qrPayload");
    invoice.path("lines").forEach(line -> ((ObjectNode) line).put("description", ERASED));
    invoice.path("creditNotes").forEach(note -> ((ObjectNode) note).remove("reason"));
  }

  private List<DataExport.InvoiceEntry> invoices(WalletRecord wallet) {
    List<DataExport.InvoiceEntry> invoices = new ArrayList<>();
    for (InvoiceRecord invoice : mine(engine.invoices(), wallet, InvoiceRecord::walletId)) {
      invoices.add(new DataExport.InvoiceEntry(invoice, InvoiceLedger.state(engine, invoice)));
    }
    return invoices;
  }

  /** The payments the wallet made or received on invoices, oldest first. */
  private List<InvoicePaymentRecord> invoicePayments(WalletRecord wallet) {
    List<InvoicePaymentRecord> payments = new ArrayList<>();
    for (InvoiceRecord invoice : engine.invoices().values()) {
      for (InvoicePaymentRecord payment : invoice.payments()) {
        if (payment.walletId().equals(wallet.id()) || payment.payeeWalletId().equals(wallet.id())) {
          payments.add(payment);
        }
      }
    }
    payments.sort(java.util.Comparator.comparingLong(InvoicePaymentRecord::entrySequence));
    return payments;
  }

  private static <T> List<T> mine(
      Store<T> records, WalletRecord wallet, Function<T, String> walletOf) {
    List<T> mine = new ArrayList<>();
    for (T record : records.values()) {
      if (walletOf.apply(record).equals(wallet.id())) {
        mine.add(record);
      }
    }
    return mine;
  }
}
