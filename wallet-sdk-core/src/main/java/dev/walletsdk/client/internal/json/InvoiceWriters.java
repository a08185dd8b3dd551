/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.model.CreditNoteRequest;
import dev.walletsdk.model.InvoiceLineRequest;
import dev.walletsdk.model.InvoicePaymentRequest;
import dev.walletsdk.model.InvoiceRequest;

/** Writes the bodies of invoice requests. */
public final class InvoiceWriters {
  private InvoiceWriters() {}

  /**
   * Writes the issue of an invoice.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode issue(InvoiceRequest request) {
    ObjectNode body = Json.object();
    body.put("currency", request.currency().code());
    ArrayNode lines = body.putArray("lines");
    for (InvoiceLineRequest line : request.lines()) {
      ObjectNode l = lines.addObject();
      l.put("description", line.description());
      l.put("quantity", line.quantity());
      RequestWriters.putMoney(l, "unitPrice", line.unitPrice());
      l.put("taxRateBasisPoints", line.taxRateBasisPoints());
    }
    body.put("dueDate", request.dueDate().toString());
    body.put("allowPartialPayments", request.allowPartialPayments());
    return body;
  }

  /**
   * Writes a payment of an invoice.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode pay(InvoicePaymentRequest request) {
    ObjectNode body = Json.object();
    body.put("walletId", request.walletId().value());
    request.invoiceId().ifPresent(id -> body.put("invoiceId", id.value()));
    request.creditorReference().ifPresent(reference -> body.put("creditorReference", reference));
    request.qrPayload().ifPresent(payload -> body.put("qrPayload", payload));
    request.amount().ifPresent(amount -> RequestWriters.putMoney(body, "amount", amount));
    return body;
  }

  /**
   * Writes a credit note.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode creditNote(CreditNoteRequest request) {
    ObjectNode body = Json.object();
    RequestWriters.putMoney(body, "amount", request.amount());
    request.reason().ifPresent(reason -> body.put("reason", reason));
    return body;
  }
}
