/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.internal.json.ModelReaders;
import dev.walletsdk.client.internal.json.PotReaders;
import dev.walletsdk.client.internal.json.PotWriters;
import dev.walletsdk.client.internal.json.RequestWriters;
import dev.walletsdk.client.internal.json.ResponseFormatException;
import dev.walletsdk.client.internal.pipeline.ApiCall;
import dev.walletsdk.client.internal.pipeline.ApiCall.ReceiptAt;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.Pot;
import dev.walletsdk.model.PotId;
import dev.walletsdk.model.PotMove;
import dev.walletsdk.model.PotMoveRequest;
import dev.walletsdk.model.PotRequest;
import dev.walletsdk.model.WalletId;
import org.jspecify.annotations.Nullable;

/** The savings pot operations of Wallet API v1, shared by the sync and async resources. */
final class PotOperations {
  private PotOperations() {}

  static ApiCall<Pot> create(PotRequest request) {
    return ApiCall.<Pot>post(
            "pots.create",
            "/v1/wallets/" + request.walletId().value() + "/pots",
            PotWriters.create(request))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .identifiedBy("walletId", request.walletId().value())
        .reading("pot", PotReaders::pot);
  }

  static ApiCall<Page<Pot>> list(WalletId wallet, @Nullable String cursor, int limit) {
    return ApiCall.<Page<Pot>>get("pots.list", "/v1/wallets/" + wallet.value() + "/pots")
        .query("cursor", cursor)
        .query("limit", limit)
        .reading("list", json -> ofWallet(wallet, ModelReaders.page(json, PotReaders::pot)));
  }

  /** Refuses a page holding a pot of another wallet than the one asked for. */
  private static Page<Pot> ofWallet(WalletId wallet, Page<Pot> page) {
    for (Pot pot : page.data()) {
      if (!pot.walletId().equals(wallet)) {
        throw new ResponseFormatException(
            "expected pots of wallet \""
                + wallet.value()
                + "\" but got "
                + ServerText.of(pot.id().value())
                + " of wallet \""
                + ServerText.of(pot.walletId().value())
                + "\"");
      }
    }
    return page;
  }

  static ApiCall<Pot> get(PotId id) {
    return ApiCall.<Pot>get("pots.get", "/v1/pots/" + id.value())
        .identifiedBy("id", id.value())
        .reading("pot", PotReaders::pot);
  }

  static ApiCall<Pot> rename(PotId id, String name) {
    return ApiCall.<Pot>post(
            "pots.rename", "/v1/pots/" + id.value() + "/rename", PotWriters.rename(name))
        .identifiedBy("id", id.value())
        .reading("pot", PotReaders::pot);
  }

  static ApiCall<Pot> close(PotId id) {
    return ApiCall.<Pot>post(
            "pots.close", "/v1/pots/" + id.value() + "/close", RequestWriters.empty())
        .identifiedBy("id", id.value())
        .reading("pot", PotReaders::pot);
  }

  static ApiCall<PotMove> deposit(PotMoveRequest request) {
    return move("pots.deposit", "/deposits", request);
  }

  static ApiCall<PotMove> withdraw(PotMoveRequest request) {
    return move("pots.withdraw", "/withdrawals", request);
  }

  private static ApiCall<PotMove> move(String operation, String suffix, PotMoveRequest request) {
    return ApiCall.<PotMove>post(
            operation,
            "/v1/pots/" + request.potId().value() + suffix,
            PotWriters.move(request.amount()))
        .idempotencyKey(request.idempotencyKey().orElse(null))
        .receipt(ReceiptAt.ROOT)
        .identifiedBy("potId", request.potId().value())
        .reading("pot_move", PotReaders::move);
  }
}
