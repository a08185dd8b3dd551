/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.InvoiceRecord;
import dev.walletsdk.mock.internal.engine.PaymentRecord;
import dev.walletsdk.mock.internal.engine.PaymentTokenRecord;
import dev.walletsdk.mock.internal.engine.PotRecord;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the wallet holder whose personal data a command carries, so it is sealed under that
 * holder's key: the wallet the path names, else the wallet the body names (the paying one first),
 * else the wallet of the payment token a merchant redeems, else the wallet a refund's payment
 * belongs to, else the wallet of the savings pot the path names, else the issuer of the invoice the
 * path names, else the wallet the command opened. Data tied to no wallet (a refused request naming
 * none) is sealed under a key of the partner.
 */
final class Holders {
  private static final Pattern WALLET_PATH = Pattern.compile("^/v1/wallets/([^/]+)(/.*)?$");
  private static final Pattern REFUND_PATH = Pattern.compile("^/v1/payments/([^/]+)/refunds$");
  private static final Pattern POT_PATH = Pattern.compile("^/v1/pots/([^/]+)/.+$");
  private static final Pattern INVOICE_PATH = Pattern.compile("^/v1/invoices/([^/]+)/.+$");
  private static final String[] WALLET_MEMBERS = {"walletId", "sourceWalletId"};

  private Holders() {}

  /**
   * Returns the holder of a command's personal data.
   *
   * @param command the command, just executed
   * @param engine the state after it, under the engine's lock
   * @param walletsBefore how many wallets there were before it
   * @return a wallet id, or {@code partner:<id>}
   */
  static String of(Command command, Engine engine, int walletsBefore) {
    String partnerId = "";
    if (command instanceof Command.Api api) {
      partnerId = api.partnerId();
      String named = named(api, engine);
      if (named != null) {
        return named;
      }
    } else if (command instanceof Command.Control control) {
      partnerId = control.args().path("partnerId").asText();
    }
    if (engine.walletCount() > walletsBefore) {
      WalletRecord opened = null;
      for (WalletRecord wallet : engine.wallets()) {
        opened = wallet;
      }
      if (opened != null) {
        return opened.id();
      }
    }
    return "partner:" + partnerId;
  }

  private static @Nullable String named(Command.Api api, Engine engine) {
    Matcher wallet = WALLET_PATH.matcher(api.path());
    if (wallet.matches()) {
      return wallet.group(1);
    }
    for (String member : WALLET_MEMBERS) {
      JsonNode id = api.body().get(member);
      if (id != null && id.isTextual()) {
        return id.textValue();
      }
    }
    JsonNode participants = api.body().get("participants");
    if (participants != null && participants.isArray() && participants.size() > 0) {
      JsonNode id = participants.get(0).get("walletId");
      if (id != null && id.isTextual()) {
        return id.textValue();
      }
    }
    JsonNode payload = api.body().get("payload");
    if (api.path().equals("/v1/qr/tokens/redeem") && payload != null && payload.isTextual()) {
      String[] parts = payload.textValue().split(":", -1);
      PaymentTokenRecord token = parts.length > 1 ? engine.paymentTokens().get(parts[1]) : null;
      if (token != null) {
        return token.walletId();
      }
    }
    Matcher refund = REFUND_PATH.matcher(api.path());
    if (refund.matches()) {
      PaymentRecord payment = engine.payments().get(refund.group(1));
      if (payment != null) {
        return payment.walletId();
      }
    }
    Matcher pot = POT_PATH.matcher(api.path());
    if (pot.matches()) {
      PotRecord record = engine.pots().get(pot.group(1));
      if (record != null) {
        return record.walletId();
      }
    }
    Matcher invoice = INVOICE_PATH.matcher(api.path());
    if (invoice.matches()) {
      InvoiceRecord record = engine.invoices().get(invoice.group(1));
      if (record != null) {
        return record.walletId();
      }
    }
    return null;
  }
}
