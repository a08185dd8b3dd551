/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.command.Services;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.IdentityRecord;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.KycLevel;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** KYC: the levels with their limits, and raising a wallet's level. */
final class KycRoutes {
  private static final Set<String> UPGRADE_MEMBERS = Set.of("level", "identity");
  private static final List<KycLevel> LEVELS =
      List.of(KycLevel.UNVERIFIED, KycLevel.BASIC, KycLevel.FULL);

  private final Engine engine;
  private final Lookups lookups;
  private final Services services;

  KycRoutes(Engine engine, Lookups lookups, Services services) {
    this.engine = engine;
    this.lookups = lookups;
    this.services = services;
  }

  List<Route> routes() {
    return List.of(
        Route.of("GET", "/v1/kyc/levels", Set.of(), call -> Reply.ok(levels())),
        Route.of("POST", "/v1/wallets/{walletId}/kyc", Set.of(), this::upgrade));
  }

  private JsonNode levels() {
    return Views.page(LEVELS, null, level -> Views.kycLevel(level, engine.kycLimits()));
  }

  private Reply upgrade(Call call) {
    WalletRecord wallet = lookups.ownedWallet(call, call.path(0), "path:walletId");
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", UPGRADE_MEMBERS);
    KycLevel level = level(fields, body);
    IdentityRecord identity = new IdentityFields(services.decryption()).read(fields, body);
    fields.throwIfAny();
    return Reply.created(services.kyc().upgrade(wallet, level, identity));
  }

  private static KycLevel level(Fields fields, @Nullable JsonNode body) {
    String text = fields.text(body, "", "level", true, 16);
    if (text == null) {
      return KycLevel.UNKNOWN;
    }
    return switch (text) {
      case "basic" -> KycLevel.BASIC;
      case "full" -> KycLevel.FULL;
      default -> {
        fields.add("/level", "invalid_level", "must be basic or full");
        yield KycLevel.UNKNOWN;
      }
    };
  }
}
