/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import dev.walletsdk.mock.internal.ledger.JournalEntry;
import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.model.CurrencyCode;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * E-invoices of business wallets: issued with lines and per-line tax, paid by other wallets (in
 * full, or in parts when the invoice allows), overdue by the platform clock after their due date,
 * voided while nothing is paid, and lowered by credit notes. What an invoice has been paid is the
 * sum of its payments' ledger entries, read from the ledger each time ({@link #amountPaid}); the
 * status is derived from it. Every method runs under the engine's lock and either completes or
 * throws having changed nothing.
 */
public final class InvoiceService {
  /** The ledger memo type of an invoice payment, and its transaction type in both wallets. */
  public static final String PAYMENT_TYPE = "invoice_payment";

  /** The most lines an invoice may have. */
  public static final int MAX_LINES = 100;

  private static final BigInteger BASIS = BigInteger.valueOf(10_000);
  private static final BigInteger HALF_BASIS = BigInteger.valueOf(5_000);

  private final Engine engine;
  private final Movements movements;

  /**
   * An invoice line as requested, before its net and tax are computed.
   *
   * @param description what is invoiced
   * @param quantity how many, at least 1
   * @param unitPrice the price of one, positive, in the invoice's currency
   * @param taxRateBasisPoints 0 to 10000
   */
  public record LineDraft(
      String description, long quantity, Amount unitPrice, int taxRateBasisPoints) {}

  /**
   * Creates the service and registers the overdue check with the clock's scheduler.
   *
   * @param engine the platform state
   */
  public InvoiceService(Engine engine) {
    this.engine = engine;
    this.movements = new Movements(engine);
    engine.clock().onDue(this::runDue);
  }

  /**
   * Finds an invoice.
   *
   * @param id the invoice id
   * @return the invoice, if it exists
   */
  public Optional<InvoiceRecord> invoice(String id) {
    return Optional.ofNullable(engine.invoices().get(id));
  }

  /**
   * Finds an invoice by its creditor reference.
   *
   * @param reference the reference
   * @return the invoice, if one has it
   */
  public Optional<InvoiceRecord> byReference(String reference) {
    for (InvoiceRecord invoice : engine.invoices().values()) {
      if (invoice.reference().equals(reference)) {
        return Optional.of(invoice);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the invoices a wallet issued, in order of issue.
   *
   * @param walletId the issuing wallet
   * @return the invoices
   */
  public List<InvoiceRecord> invoices(String walletId) {
    List<InvoiceRecord> issued = new ArrayList<>();
    for (InvoiceRecord invoice : engine.invoices().values()) {
      if (invoice.walletId().equals(walletId)) {
        issued.add(invoice);
      }
    }
    return issued;
  }

  /**
   * Returns what an invoice has been paid, read from the ledger ({@link InvoiceLedger#amountPaid}).
   *
   * @param invoice the invoice
   * @return what the ledger shows paid
   */
  public Amount amountPaid(InvoiceRecord invoice) {
    return InvoiceLedger.amountPaid(engine, invoice);
  }

  /**
   * Returns what an invoice stands at now ({@link InvoiceLedger#state}).
   *
   * @param invoice the invoice
   * @return its paid amount, amount due, status and QR code
   */
  public InvoiceState state(InvoiceRecord invoice) {
    return InvoiceLedger.state(engine, invoice);
  }

  /**
   * Issues an invoice from an active wallet that holds its currency.
   *
   * @param wallet the issuing wallet, owned by the caller and already checked to be a business one
   * @param currency the currency of every line
   * @param drafts the lines, 1 to {@link #MAX_LINES}, each in {@code currency}
   * @param allowPartialPayments whether payers may pay less than what is due
   * @param dueDate today or later on the platform clock (UTC)
   * @return the invoice
   * @throws ApiProblem {@code 409 wallet_not_active}, {@code 422 currency_not_held}, {@code 422
   *     due_date_in_past} or {@code 422 amount_too_large}; nothing changes
   */
  public InvoiceRecord issue(
      WalletRecord wallet,
      CurrencyCode currency,
      List<LineDraft> drafts,
      boolean allowPartialPayments,
      LocalDate dueDate) {
    WalletService.requireActive(wallet);
    if (!wallet.currencies().contains(currency)) {
      throw ApiProblem.unprocessable(
          "/currency",
          "currency_not_held",
          "wallet " + wallet.id() + " holds " + wallet.currencies() + ", not " + currency);
    }
    LocalDate today = LocalDate.ofInstant(engine.clock().now(), ZoneOffset.UTC);
    if (dueDate.isBefore(today)) {
      throw ApiProblem.unprocessable(
          "/dueDate", "due_date_in_past", "must be " + today + " or later, not " + dueDate);
    }
    List<InvoiceRecord.Line> lines = new ArrayList<>(drafts.size());
    long total = 0;
    for (int i = 0; i < drafts.size(); i++) {
      InvoiceRecord.Line line = line(drafts.get(i), i);
      lines.add(line);
      total = addWithin(total, line.net().minor(), currency, i);
      total = addWithin(total, line.tax().minor(), currency, i);
    }
    String id = engine.ids().next("inv_");
    InvoiceRecord invoice =
        new InvoiceRecord(
            id,
            wallet.partnerId(),
            wallet.id(),
            InvoiceCodes.reference(engine.invoices().size() + 1L),
            currency,
            lines,
            allowPartialPayments,
            dueDate,
            engine.clock().now());
    engine.invoices().put(id, invoice);
    changed(invoice, "invoice.issued");
    return invoice;
  }

  /**
   * Computes a line's net and tax: net is quantity times unit price, tax is net times the rate in
   * basis points divided by 10000, rounded half up to the minor unit, once for this line.
   */
  static InvoiceRecord.Line line(LineDraft draft, int index) {
    CurrencyCode currency = draft.unitPrice().currency();
    long net;
    try {
      net = Math.multiplyExact(draft.quantity(), draft.unitPrice().minor());
    } catch (ArithmeticException e) {
      throw tooLarge(currency, index);
    }
    if (net > Amount.maxMinor(currency)) {
      throw tooLarge(currency, index);
    }
    long tax =
        BigInteger.valueOf(net)
            .multiply(BigInteger.valueOf(draft.taxRateBasisPoints()))
            .add(HALF_BASIS)
            .divide(BASIS)
            .longValueExact();
    return new InvoiceRecord.Line(
        draft.description(),
        draft.quantity(),
        draft.unitPrice(),
        draft.taxRateBasisPoints(),
        Amount.of(currency, net),
        Amount.of(currency, tax));
  }

  private static long addWithin(long sum, long add, CurrencyCode currency, int index) {
    long result = sum + add;
    if (result > Amount.maxMinor(currency)) {
      throw tooLarge(currency, index);
    }
    return result;
  }

  private static ApiProblem tooLarge(CurrencyCode currency, int index) {
    return ApiProblem.unprocessable(
        "/lines/" + index,
        "amount_too_large",
        "the invoice's total would pass " + Amount.maxText(currency) + " " + currency);
  }

  /**
   * Checks that a payment may be made, before any money moves.
   *
   * @param invoice the invoice
   * @param payer the paying wallet
   * @param requested the amount asked to pay, or {@code null} for everything due
   * @return the amount to pay
   * @throws ApiProblem {@code 409 invoice_not_payable}, {@code 422 same_wallet}, {@code 400
   *     currency_mismatch}, {@code 422 amount_exceeds_due} or {@code 422
   *     partial_payment_not_allowed}
   */
  public Amount checkPayable(
      InvoiceRecord invoice, WalletRecord payer, @Nullable Amount requested) {
    InvoiceState state = state(invoice);
    if (!state.payable()) {
      throw ApiProblem.of(
          409,
          "invoice_not_payable",
          "Invoice not payable",
          "invoice " + invoice.id() + " is " + state.status() + "; it takes no payments");
    }
    if (payer.id().equals(invoice.walletId())) {
      throw ApiProblem.unprocessable(
          "/walletId", "same_wallet", "must differ from the issuing wallet " + invoice.walletId());
    }
    Amount amount = requested == null ? state.due() : requested;
    if (amount.currency() != invoice.currency()) {
      throw ApiProblem.invalidField(
          "/amount/currency",
          "currency_mismatch",
          "must be " + invoice.currency() + ", the currency of invoice " + invoice.id());
    }
    if (amount.minor() > state.due().minor()) {
      throw ApiProblem.unprocessable(
          "/amount/amount",
          "amount_exceeds_due",
          amount + " is more than the " + state.due() + " due on invoice " + invoice.id());
    }
    if (!invoice.allowPartialPayments() && amount.minor() != state.due().minor()) {
      throw ApiProblem.unprocessable(
          "/amount/amount",
          "partial_payment_not_allowed",
          "invoice " + invoice.id() + " takes only the whole " + state.due() + " due");
    }
    return amount;
  }

  /**
   * Pays an invoice: one journal entry from the payer's wallet to the issuer's. The movement guard
   * runs it after its checks; it checks again what is due, under the lock, so concurrent payers
   * never pay more than that.
   *
   * @param partner the paying partner
   * @param payer the paying wallet
   * @param invoice the invoice
   * @param amount what to pay, as {@link #checkPayable} returned it
   * @param scope the idempotency scope of the request
   * @return the payment
   * @throws ApiProblem as {@link #checkPayable}, {@code 409 wallet_not_active} or {@code 422
   *     insufficient_funds}; nothing changes
   */
  public InvoicePaymentRecord pay(
      Partner partner,
      WalletRecord payer,
      InvoiceRecord invoice,
      Amount amount,
      @Nullable String scope) {
    Amount before = checkPayable(invoice, payer, amount);
    long dueAfter = state(invoice).due().minor() - before.minor();
    WalletRecord issuer = requireIssuerActive(invoice);
    String id = engine.ids().next("ipy_");
    Leg leg =
        new Leg(
            movements.walletAccount(payer, invoice.currency()),
            movements.walletAccount(issuer, invoice.currency()),
            amount.code(),
            amount.minor());
    JournalEntry entry =
        movements.post(
            List.of(leg),
            new Memo(id, PAYMENT_TYPE, scope),
            invoice.reference(),
            "Invoice " + invoice.reference());
    String statusAfter;
    if (dueAfter == 0) {
      statusAfter = "paid";
    } else {
      statusAfter = invoice.overdueAt() != null ? "overdue" : "partially_paid";
    }
    InvoicePaymentRecord payment =
        new InvoicePaymentRecord(
            id,
            partner.id(),
            invoice.id(),
            invoice.reference(),
            payer.id(),
            issuer.id(),
            amount,
            entry.sequence(),
            Amount.of(invoice.currency(), dueAfter),
            statusAfter,
            engine.clock().now());
    invoice.addPayment(payment);
    InvoiceState after = state(invoice);
    if (after.due().minor() == 0) {
      invoice.settled(engine.clock().now());
      changed(invoice, "invoice.paid");
    } else {
      changed(invoice, "invoice.partially_paid");
    }
    return payment;
  }

  /**
   * Checks that the wallet an invoice pays into can receive money.
   *
   * @param invoice the invoice
   * @return the issuing wallet
   * @throws ApiProblem {@code 409 wallet_not_active}
   */
  public WalletRecord requireIssuerActive(InvoiceRecord invoice) {
    WalletRecord issuer = engine.wallet(invoice.walletId()).orElseThrow();
    WalletService.requireActive(issuer);
    return issuer;
  }

  /**
   * Voids an invoice nothing has been paid on.
   *
   * @param invoice the invoice
   * @return the invoice
   * @throws ApiProblem {@code 409 invoice_not_voidable}; nothing changes
   */
  public InvoiceRecord voidInvoice(InvoiceRecord invoice) {
    InvoiceState state = state(invoice);
    if (!state.status().equals("open") && !state.status().equals("overdue")) {
      throw ApiProblem.of(
          409,
          "invoice_not_voidable",
          "Invoice not voidable",
          "invoice "
              + invoice.id()
              + " is "
              + state.status()
              + "; only an open or overdue invoice with nothing paid can be voided");
    }
    invoice.voided(engine.clock().now());
    changed(invoice, "invoice.voided");
    return invoice;
  }

  /**
   * Issues a credit note that lowers what is due on an open, partially paid or overdue invoice. A
   * credit note never exceeds what is still due, so credit notes together never exceed what was
   * invoiced less what was paid; a credit note that leaves nothing due settles the invoice ({@code
   * paid} if anything was paid, else {@code credited}).
   *
   * @param invoice the invoice
   * @param amount positive, in the invoice's currency
   * @param reason why, or {@code null}
   * @return the invoice
   * @throws ApiProblem {@code 409 invoice_not_payable}, {@code 400 currency_mismatch} or {@code 422
   *     amount_exceeds_due}; nothing changes
   */
  public InvoiceRecord credit(InvoiceRecord invoice, Amount amount, @Nullable String reason) {
    InvoiceState state = state(invoice);
    if (!state.payable()) {
      throw ApiProblem.of(
          409,
          "invoice_not_payable",
          "Invoice not payable",
          "invoice " + invoice.id() + " is " + state.status() + "; it takes no credit notes");
    }
    if (amount.currency() != invoice.currency()) {
      throw ApiProblem.invalidField(
          "/amount/currency",
          "currency_mismatch",
          "must be " + invoice.currency() + ", the currency of invoice " + invoice.id());
    }
    if (amount.minor() > state.due().minor()) {
      throw ApiProblem.unprocessable(
          "/amount/amount",
          "amount_exceeds_due",
          amount + " is more than the " + state.due() + " due on invoice " + invoice.id());
    }
    invoice.addCreditNote(
        new InvoiceRecord.CreditNote(
            engine.ids().next("icn_"), amount, reason, engine.clock().now()));
    if (amount.minor() == state.due().minor()) {
      invoice.settled(engine.clock().now());
    }
    changed(invoice, "invoice.credited");
    return invoice;
  }

  /**
   * Marks overdue every invoice still due whose due date has passed: from the start of the day
   * after its due date (UTC), announced once as {@code invoice.overdue}. The clock's scheduler
   * calls it; use under the lock.
   */
  public void runDue() {
    Instant now = engine.clock().now();
    for (InvoiceRecord invoice : engine.invoices().values()) {
      if (invoice.overdueAt() != null
          || invoice.voidedAt() != null
          || invoice.settledAt() != null) {
        continue;
      }
      Instant boundary = invoice.dueDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      if (!now.isBefore(boundary)) {
        invoice.overdue(boundary);
        changed(invoice, "invoice.overdue");
      }
    }
  }

  private void changed(InvoiceRecord invoice, String type) {
    engine.emit(new DomainEvent.InvoiceChanged(invoice.partnerId(), type, invoice, state(invoice)));
  }
}
