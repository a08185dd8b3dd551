package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.TransferRecord;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.engine.WalletService;
import java.util.List;
import java.util.Set;

/** The transfer routes: create and get. */
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

  private final Engine engine;
  private final WalletService wallets;
  private final WalletRoutes walletRoutes;

  TransferRoutes(Engine engine, WalletService wallets, WalletRoutes walletRoutes) {
    this.engine = engine;
    this.wallets = wallets;
    this.walletRoutes = walletRoutes;
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
    Amount amount = fields.money(body, "", "amount", false);
    String reference = fields.text(body, "", "reference", false, 64);
    String description = fields.text(body, "", "description", false, 140);
    if (body != null && body.has("destinationAccount")) {
      fields.add("/destinationAccount", "unsupported", "payouts to bank accounts are not enabled");
    }
    if (body != null && body.has("quoteId")) {
      fields.add("/quoteId", "unsupported", "transfers against quotes are not enabled");
    }
    if (destinationId == null && !fields.hasProblems()) {
      fields.missing("/destinationWalletId");
    }
    if (amount == null && !fields.hasProblems()) {
      fields.missing("/amount");
    }
    if (amount != null && amount.minor() == 0) {
      fields.add("/amount/amount", "zero_amount", "must be greater than zero");
    }
    if (sourceId != null && sourceId.equals(destinationId)) {
      fields.add("/destinationWalletId", "same_wallet", "must differ from sourceWalletId");
    }
    fields.throwIfAny();
    WalletRecord source = walletRoutes.owned(call, sourceId);
    WalletRecord destination = walletRoutes.existing(destinationId, "/destinationWalletId");
    TransferRecord transfer =
        wallets.transfer(
            call.partner(),
            source,
            destination,
            amount,
            reference,
            description,
            call.idempotencyScope());
    return Reply.created(Views.transfer(transfer));
  }

  private Reply get(Call call) {
    String id = call.path(0);
    if (!Fields.isId(id, "trf_")) {
      throw ApiProblem.invalidField(
          "path:transferId",
          "invalid_id",
          "must be \"trf_\" followed by 1 to 64 letters or digits");
    }
    TransferRecord transfer =
        engine
            .transfer(id)
            .filter(t -> t.partnerId().equals(call.partner().id()))
            .orElseThrow(
                () ->
                    ApiProblem.of(
                        404, "not_found", "Not found", "transfer " + id + " does not exist"));
    return Reply.ok(Views.transfer(transfer));
  }
}
