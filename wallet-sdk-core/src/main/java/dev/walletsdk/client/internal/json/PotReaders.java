/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Pot;
import dev.walletsdk.model.PotId;
import dev.walletsdk.model.PotMove;
import dev.walletsdk.model.PotMoveDirection;
import dev.walletsdk.model.PotMoveId;
import dev.walletsdk.model.PotMoveTrigger;
import dev.walletsdk.model.PotStatus;
import dev.walletsdk.model.PotSweep;
import dev.walletsdk.model.PotSweepRun;
import dev.walletsdk.model.RecurrenceInterval;
import dev.walletsdk.model.WalletId;
import org.jspecify.annotations.Nullable;

/** Reads savings pots and their moves from the wire. */
public final class PotReaders {
  private PotReaders() {}

  /**
   * Reads a pot.
   *
   * @param json the pot object
   * @return the pot
   */
  public static Pot pot(JsonRead json) {
    ModelReaders.expectObject(json, "pot");
    return Pot.builder()
        .id(json.value("id", PotId::of))
        .walletId(json.value("walletId", WalletId::of))
        .name(json.string("name"))
        .currency(json.value("currency", CurrencyCode::of))
        .balance(json.money("balance"))
        .target(json.optMoney("target"))
        .sweep(sweep(json.optObject("sweep")))
        .lastSweep(run(json.optObject("lastSweep")))
        .status(json.enumValue("status", PotStatus.class, PotStatus.UNKNOWN))
        .createdAt(json.instant("createdAt"))
        .closedAt(json.has("closedAt") ? json.instant("closedAt") : null)
        .build();
  }

  private static @Nullable PotSweep sweep(@Nullable JsonRead json) {
    if (json == null) {
      return null;
    }
    return PotSweep.builder()
        .amount(json.money("amount"))
        .interval(json.enumValue("interval", RecurrenceInterval.class, RecurrenceInterval.UNKNOWN))
        .nextRunAt(json.instant("nextRunAt"))
        .build();
  }

  private static @Nullable PotSweepRun run(@Nullable JsonRead json) {
    if (json == null) {
      return null;
    }
    return PotSweepRun.builder()
        .dueAt(json.instant("dueAt"))
        .ranAt(json.instant("ranAt"))
        .succeeded(json.bool("succeeded"))
        .failureCode(json.optString("failureCode"))
        .build();
  }

  /**
   * Reads a move between a wallet and one of its pots.
   *
   * @param json the pot move object
   * @return the move
   */
  public static PotMove move(JsonRead json) {
    ModelReaders.expectObject(json, "pot_move");
    return PotMove.builder()
        .id(json.value("id", PotMoveId::of))
        .potId(json.value("potId", PotId::of))
        .walletId(json.value("walletId", WalletId::of))
        .direction(json.enumValue("direction", PotMoveDirection.class, PotMoveDirection.UNKNOWN))
        .trigger(json.enumValue("trigger", PotMoveTrigger.class, PotMoveTrigger.UNKNOWN))
        .amount(json.money("amount"))
        .potBalanceAfter(json.money("potBalanceAfter"))
        .availableAfter(json.money("availableAfter"))
        .createdAt(json.instant("createdAt"))
        .receipt(ModelReaders.receipt(json))
        .build();
  }
}
