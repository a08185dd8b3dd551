package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.TransactionRecord;
import dev.walletsdk.mock.internal.engine.TransferRecord;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.model.CurrencyCode;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Renders the engine's records as Wallet API v1 JSON. */
final class Views {
  private Views() {}

  static ObjectNode wallet(WalletRecord wallet) {
    ObjectNode json = resource("wallet", wallet.id());
    json.put("displayName", wallet.displayName());
    putIfPresent(json, "reference", wallet.reference());
    json.put("status", wallet.status());
    ArrayNode currencies = json.putArray("currencies");
    wallet.currencies().forEach(currency -> currencies.add(currency.code()));
    json.put("createdAt", wallet.createdAt().toString());
    return json;
  }

  static ObjectNode balance(CurrencyCode currency, long posted, long reserved) {
    ObjectNode json = MockJson.object();
    json.put("currency", currency.code());
    json.set("available", money(Amount.of(currency, posted - reserved)));
    json.set("pending", money(Amount.of(currency, reserved)));
    json.set("total", money(Amount.of(currency, posted)));
    return json;
  }

  static ObjectNode transfer(TransferRecord transfer) {
    ObjectNode json = resource("transfer", transfer.id());
    json.put("sourceWalletId", transfer.sourceWalletId());
    putIfPresent(json, "destinationWalletId", transfer.destinationWalletId());
    json.set("sourceAmount", money(transfer.sourceAmount()));
    json.set("destinationAmount", money(transfer.destinationAmount()));
    json.set("fee", money(transfer.fee()));
    if (transfer.rate() != null) {
      json.put("rate", transfer.rate().toPlainString());
    }
    putIfPresent(json, "quoteId", transfer.quoteId());
    putIfPresent(json, "reference", transfer.reference());
    putIfPresent(json, "description", transfer.description());
    json.put("status", transfer.status());
    json.put("createdAt", transfer.createdAt().toString());
    return json;
  }

  static ObjectNode transaction(TransactionRecord transaction) {
    ObjectNode json = resource("transaction", transaction.id());
    json.put("walletId", transaction.walletId());
    json.put("type", transaction.type());
    json.put("direction", transaction.direction());
    json.set("amount", money(transaction.amount()));
    json.set("balanceAfter", money(transaction.balanceAfter()));
    json.put("resourceId", transaction.resourceId());
    putIfPresent(json, "reference", transaction.reference());
    putIfPresent(json, "description", transaction.description());
    json.put("createdAt", transaction.createdAt().toString());
    return json;
  }

  static <T> ObjectNode page(
      List<T> items, @Nullable String nextCursor, Function<T, ObjectNode> view) {
    ObjectNode json = MockJson.object();
    json.put("object", "list");
    ArrayNode data = json.putArray("data");
    items.forEach(item -> data.add(view.apply(item)));
    json.put("hasMore", nextCursor != null);
    if (nextCursor != null) {
      json.put("nextCursor", nextCursor);
    }
    return json;
  }

  static ObjectNode money(Amount amount) {
    ObjectNode json = MockJson.object();
    json.put("amount", amount.money().toAmountString());
    json.put("currency", amount.code());
    return json;
  }

  private static ObjectNode resource(String object, String id) {
    ObjectNode json = MockJson.object();
    json.put("object", object);
    json.put("id", id);
    return json;
  }

  private static void putIfPresent(ObjectNode json, String member, @Nullable String value) {
    if (value != null) {
      json.put(member, value);
    }
  }
}
