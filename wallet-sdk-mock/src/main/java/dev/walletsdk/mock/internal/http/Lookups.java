/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.WalletRecord;

/** Finds resources named in requests, with the protocol's errors: 400, 403 and 404. */
final class Lookups {
  private final Engine engine;

  Lookups(Engine engine) {
    this.engine = engine;
  }

  /** A wallet of the calling partner: 404 if absent, 403 if another partner's. */
  WalletRecord ownedWallet(Call call, String walletId, String field) {
    WalletRecord wallet = anyWallet(walletId, field);
    if (!wallet.partnerId().equals(call.partner().id())) {
      throw ApiProblem.of(
          403,
          "permission_denied",
          "Permission denied",
          "wallet " + walletId + " belongs to another partner");
    }
    return wallet;
  }

  /** Any wallet of the platform: 404 if absent. */
  WalletRecord anyWallet(String walletId, String field) {
    pathId(walletId, "wal_", field);
    return engine.wallet(walletId).orElseThrow(() -> notFound("wallet", walletId));
  }

  /** Validates an id taken from the path or the body. */
  String pathId(String id, String prefix, String field) {
    if (!Fields.isId(id, prefix)) {
      throw ApiProblem.invalidField(
          field, "invalid_id", "must be \"" + prefix + "\" followed by 1 to 64 letters or digits");
    }
    return id;
  }

  static ApiProblem notFound(String kind, String id) {
    return ApiProblem.of(404, "not_found", "Not found", kind + " " + id + " does not exist");
  }
}
