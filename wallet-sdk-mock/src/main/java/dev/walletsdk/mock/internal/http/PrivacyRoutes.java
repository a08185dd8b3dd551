/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.PrivacyService;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.ExportViews;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A holder's privacy rights: the data export and the erasure of personal data. */
final class PrivacyRoutes {
  private final Lookups lookups;
  private final PrivacyService privacy;
  private final Consumer<WalletRecord> afterErasure;

  /**
   * Creates the routes.
   *
   * @param lookups finds the wallet
   * @param privacy exports and erases
   * @param afterErasure runs, in the erasure's atomic step, once a wallet's data is erased
   */
  PrivacyRoutes(Lookups lookups, PrivacyService privacy, Consumer<WalletRecord> afterErasure) {
    this.lookups = lookups;
    this.privacy = privacy;
    this.afterErasure = afterErasure;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/wallets/{walletId}/data-export", Set.of(), this::export),
        Route.of("POST", "/v1/wallets/{walletId}/erasure", Set.of(), this::erase));
  }

  private Reply export(Call call) {
    WalletRecord wallet = owned(call);
    return Reply.created(ExportViews.dataExport(privacy.export(wallet)));
  }

  private Reply erase(Call call) {
    WalletRecord wallet = owned(call);
    Reply erased = Reply.ok(privacy.erase(wallet));
    afterErasure.accept(wallet);
    return erased;
  }

  /** The wallet named in the path; the body must be an empty object. */
  private WalletRecord owned(Call call) {
    Fields fields = new Fields();
    JsonNode body = call.requireBody();
    fields.object(body, "", Set.of());
    fields.throwIfAny();
    return lookups.ownedWallet(call, call.path(0), "path:walletId");
  }
}
