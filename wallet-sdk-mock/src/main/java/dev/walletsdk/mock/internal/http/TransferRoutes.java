/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.command.FieldDecryption;
import dev.walletsdk.mock.internal.command.MovementCommands;
import dev.walletsdk.mock.internal.command.Services;
import dev.walletsdk.mock.internal.engine.AccountSummary;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.QuoteRecord;
import dev.walletsdk.mock.internal.engine.QuoteService;
import dev.walletsdk.mock.internal.engine.TransferRecord;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.Views;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The transfer routes: create (to a wallet or a bank account, optionally at a quote) and get. */
final class TransferRoutes {
  private static final Set<String> MEMBERS =
      Set.of(
          "sourceWalletId",
          "destinationWalletId",
          "destinationAccount",
          "amount",
          "quoteId",
          "reference",
          "description");
  private static final Set<String> ACCOUNT_MEMBERS =
      Set.of("holderName", "accountNumber", "bankCode");
  private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Z0-9]{4,34}");
  private static final Pattern BANK_CODE = Pattern.compile("[A-Z0-9]{2,11}");

  private final Engine engine;
  private final Lookups lookups;
  private final QuoteService quotes;
  private final MovementCommands movements;
  private final FieldDecryption decryption;

  TransferRoutes(Engine engine, Lookups lookups, Services services) {
    this.engine = engine;
    this.lookups = lookups;
    this.quotes = services.quotes();
    this.movements = services.movements();
    this.decryption = services.decryption();
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/transfers", Set.of(), this::create),
        Route.of("GET", "/v1/transfers/{transferId}", Set.of(), this::get));
  }

  private Reply create(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", MEMBERS);
    String sourceId = fields.id(body, "", "sourceWalletId", "wal_", true);
    String destinationId = fields.id(body, "", "destinationWalletId", "wal_", false);
    AccountSummary account = account(fields, body);
    Amount amount = fields.money(body, "", "amount", false);
    String quoteId = fields.id(body, "", "quoteId", "quo_", false);
    String reference = fields.text(body, "", "reference", false, 64);
    String description = fields.text(body, "", "description", false, 140);
    fields.exactlyOne(body, "destinationWalletId", "destinationAccount");
    fields.exactlyOne(body, "amount", "quoteId");
    fields.positive(amount, "/amount/amount");
    if (sourceId != null && sourceId.equals(destinationId)) {
      fields.add("/destinationWalletId", "same_wallet", "must differ from sourceWalletId");
    }
    fields.throwIfAny();
    WalletRecord source = lookups.ownedWallet(call, sourceId, "/sourceWalletId");
    WalletRecord destination =
        destinationId == null ? null : lookups.anyWallet(destinationId, "/destinationWalletId");
    QuoteRecord quote =
        quoteId == null ? null : quotes.usable(call.partner(), quoteId, source, "/quoteId");
    TransferRecord transfer =
        movements.transfer(
            call.stepUp(),
            source,
            destination,
            account,
            amount,
            quote,
            reference,
            description,
            call.idempotencyScope());
    return Reply.created(Views.transfer(transfer));
  }

  private @Nullable AccountSummary account(Fields fields, @Nullable JsonNode body) {
    JsonNode account =
        fields.object(
            body == null ? null : body.get("destinationAccount"),
            "/destinationAccount",
            ACCOUNT_MEMBERS);
    if (account == null) {
      return null;
    }
    String holder = fields.text(account, "/destinationAccount", "holderName", true, 140);
    String number = accountNumber(fields, account);
    String bankCode =
        fields.matching(
            account,
            "/destinationAccount",
            "bankCode",
            false,
            BANK_CODE,
            "2 to 11 upper-case" + " letters or digits");
    if (holder == null || number == null) {
      return null;
    }
    return new AccountSummary(holder, number.substring(Math.max(0, number.length() - 4)), bankCode);
  }

  private @Nullable String accountNumber(Fields fields, JsonNode account) {
    String pointer = "/destinationAccount/accountNumber";
    JsonNode value = account.get("accountNumber");
    if (value != null && value.isObject()) {
      String plain = decryption.decrypt(pointer, value);
      if (!ACCOUNT_NUMBER.matcher(plain).matches()) {
        fields.add(
            pointer, "invalid_format", "must decrypt to 4 to 34 upper-case letters or digits");
        return null;
      }
      return plain;
    }
    return fields.matching(
        account,
        "/destinationAccount",
        "accountNumber",
        true,
        ACCOUNT_NUMBER,
        "4 to 34 upper-case letters or digits");
  }

  private Reply get(Call call) {
    String id = lookups.pathId(call.path(0), "trf_", "path:transferId");
    TransferRecord transfer =
        engine
            .transfer(id)
            .filter(t -> t.partnerId().equals(call.partner().id()))
            .orElseThrow(() -> Lookups.notFound("transfer", id));
    return Reply.ok(Views.transfer(transfer));
  }
}
