/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.command.InvoiceCommands;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.InvoiceCodes;
import dev.walletsdk.mock.internal.engine.InvoicePaymentRecord;
import dev.walletsdk.mock.internal.engine.InvoiceRecord;
import dev.walletsdk.mock.internal.engine.InvoiceService;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.engine.WalletService;
import dev.walletsdk.mock.internal.view.InvoiceViews;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.qr.AdditionalData;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.QrFormatException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The invoice routes: issue, list, read, void, credit note, and pay (by invoice id, creditor
 * reference or QR code). Routes parse and render; {@link InvoiceService} decides.
 */
final class InvoiceRoutes {
  private static final Set<String> ISSUE_MEMBERS =
      Set.of("currency", "lines", "dueDate", "allowPartialPayments");
  private static final Set<String> CREDIT_MEMBERS = Set.of("amount", "reason");
  private static final Set<String> PAY_MEMBERS =
      Set.of("walletId", "invoiceId", "creditorReference", "qrPayload", "amount");
  private static final Pattern REFERENCE = Pattern.compile("RF[0-9]{2}[A-Z0-9]{1,21}");

  private final Lookups lookups;
  private final InvoiceService invoices;
  private final InvoiceCommands payments;

  InvoiceRoutes(Lookups lookups, InvoiceService invoices, InvoiceCommands payments) {
    this.lookups = lookups;
    this.invoices = invoices;
    this.payments = payments;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/wallets/{walletId}/invoices", Set.of(), this::issue),
        Route.of("GET", "/v1/wallets/{walletId}/invoices", Set.of("cursor", "limit"), this::list),
        Route.of("GET", "/v1/invoices/{invoiceId}", Set.of(), call -> reply(owned(call))),
        Route.of("POST", "/v1/invoices/{invoiceId}/void", Set.of(), this::voidInvoice),
        Route.of("POST", "/v1/invoices/{invoiceId}/credit-notes", Set.of(), this::credit),
        Route.of("POST", "/v1/invoice-payments", Set.of(), this::pay));
  }

  private Reply issue(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", ISSUE_MEMBERS);
    CurrencyCode currency = fields.currency(body, "", "currency", true);
    List<InvoiceService.LineDraft> lines = InvoiceFields.lines(fields, body, currency);
    LocalDate dueDate = InvoiceFields.date(fields, body, "dueDate");
    boolean partial = InvoiceFields.flag(fields, body, "allowPartialPayments");
    fields.throwIfAny();
    WalletService.requireBusiness(wallet, "path:walletId");
    InvoiceRecord invoice = invoices.issue(wallet, currency, lines, partial, dueDate);
    return Reply.created(InvoiceViews.invoice(invoice, invoices.state(invoice)));
  }

  private Reply list(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    return Cursors.page(
        invoices.invoices(wallet.id()),
        false,
        "invoices:" + wallet.id(),
        call.query().get("cursor"),
        Query.limit(call.query()),
        invoice -> InvoiceViews.invoice(invoice, invoices.state(invoice)));
  }

  private Reply voidInvoice(Call call) {
    InvoiceRecord invoice = owned(call);
    Fields fields = new Fields();
    fields.object(call.requireBody(), "", Set.of());
    fields.throwIfAny();
    return reply(invoices.voidInvoice(invoice));
  }

  private Reply credit(Call call) {
    InvoiceRecord invoice = owned(call);
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", CREDIT_MEMBERS);
    Amount amount = fields.money(body, "", "amount", true);
    fields.positive(amount, "/amount/amount");
    String reason = fields.text(body, "", "reason", false, InvoiceFields.MAX_DESCRIPTION);
    fields.throwIfAny();
    return reply(invoices.credit(invoice, amount, reason));
  }

  private Reply pay(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", PAY_MEMBERS);
    String walletId = fields.id(body, "", "walletId", "wal_", true);
    String invoiceId = fields.id(body, "", "invoiceId", "inv_", false);
    String reference =
        fields.matching(
            body,
            "",
            "creditorReference",
            false,
            REFERENCE,
            "RF, two check digits and 1 to 21 letters or digits");
    String qrPayload = fields.text(body, "", "qrPayload", false, 512);
    Amount amount = fields.money(body, "", "amount", false);
    fields.positive(amount, "/amount/amount");
    InvoiceFields.exactlyOne(fields, body, "invoiceId", "creditorReference", "qrPayload");
    fields.throwIfAny();
    WalletRecord payer = lookups.ownedWallet(call, walletId, "/walletId");
    InvoiceRecord invoice;
    if (invoiceId != null) {
      invoice =
          invoices.invoice(invoiceId).orElseThrow(() -> Lookups.notFound("invoice", invoiceId));
    } else if (reference != null) {
      invoice = byReference(reference);
    } else {
      MerchantQr qr = parse(qrPayload);
      invoice = fromQr(qr);
      if (amount == null) {
        amount =
            qr.amount().map(money -> Amount.of(money.currency(), money.minorUnits())).orElse(null);
      }
    }
    InvoicePaymentRecord payment =
        payments.pay(call.stepUp(), payer, invoice, amount, call.idempotencyScope());
    return Reply.created(InvoiceViews.payment(payment));
  }

  private InvoiceRecord byReference(String reference) {
    if (!InvoiceCodes.isValidReference(reference)) {
      throw ApiProblem.invalidField(
          "/creditorReference",
          "invalid_check_digits",
          "the check digits of " + reference + " do not hold");
    }
    return invoices
        .byReference(reference)
        .orElseThrow(() -> Lookups.notFound("invoice with reference", reference));
  }

  private static MerchantQr parse(@Nullable String payload) {
    try {
      return MerchantQr.parse(payload);
    } catch (QrFormatException e) {
      throw ApiProblem.invalidField("/qrPayload", e.reason(), e.getMessage());
    }
  }

  private InvoiceRecord fromQr(MerchantQr qr) {
    String id =
        InvoiceCodes.invoiceId(qr)
            .orElseThrow(
                () ->
                    ApiProblem.unprocessable(
                        "/qrPayload",
                        "not_an_invoice_code",
                        "has no " + InvoiceCodes.QR_GUI + " account naming an invoice"));
    InvoiceRecord invoice = invoices.invoice(id).orElseThrow(() -> Lookups.notFound("invoice", id));
    requireOwnCode(qr, invoice);
    return invoice;
  }

  /**
   * Refuses a code that names an invoice but does not carry that invoice's creditor reference and
   * currency: anyone can build a code with a valid checksum, so a code showing one invoice's
   * reference (or another currency) while naming another invoice must pay nothing.
   */
  private static void requireOwnCode(MerchantQr qr, InvoiceRecord invoice) {
    String label =
        qr.additionalData().flatMap(data -> data.field(AdditionalData.REFERENCE_LABEL)).orElse("");
    if (!label.equals(invoice.reference())) {
      throw ApiProblem.unprocessable(
          "/qrPayload",
          "reference_mismatch",
          "carries reference label "
              + (label.isEmpty() ? "(none)" : label)
              + ", not "
              + invoice.reference()
              + " of invoice "
              + invoice.id());
    }
    if (qr.currency() != invoice.currency()) {
      throw ApiProblem.invalidField(
          "/qrPayload",
          "currency_mismatch",
          "is in " + qr.currency() + ", not " + invoice.currency() + " of invoice " + invoice.id());
    }
  }

  private Reply reply(InvoiceRecord invoice) {
    return Reply.ok(InvoiceViews.invoice(invoice, invoices.state(invoice)));
  }

  private InvoiceRecord owned(Call call) {
    String id = lookups.pathId(call.path(0), "inv_", "path:invoiceId");
    return invoices
        .invoice(id)
        .filter(invoice -> invoice.partnerId().equals(call.partner().id()))
        .orElseThrow(() -> Lookups.notFound("invoice", id));
  }
}
