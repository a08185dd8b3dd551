/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.PotMoveRecord;
import dev.walletsdk.mock.internal.engine.PotRecord;
import java.time.Instant;

/** Renders savings pots and their moves as Wallet API v1 objects. */
public final class PotViews {
  private PotViews() {}

  /**
   * Renders a pot.
   *
   * @param pot the pot
   * @param balance what it holds now
   * @return the {@code pot} object
   */
  public static ObjectNode pot(PotRecord pot, Amount balance) {
    ObjectNode json = MockJson.object();
    json.put("object", "pot");
    json.put("id", pot.id());
    json.put("walletId", pot.walletId());
    json.put("name", pot.name());
    json.put("currency", pot.currency().code());
    json.set("balance", Views.money(balance));
    Amount target = pot.target();
    if (target != null) {
      json.set("target", Views.money(target));
    }
    PotRecord.Sweep sweep = pot.sweep();
    Instant next = pot.nextRunAt();
    if (sweep != null && next != null) {
      ObjectNode s = json.putObject("sweep");
      s.set("amount", Views.money(sweep.amount()));
      s.put("interval", sweep.interval());
      s.put("nextRunAt", next.toString());
    }
    PotRecord.SweepRun run = pot.lastRun();
    if (run != null) {
      ObjectNode last = json.putObject("lastSweep");
      last.put("dueAt", run.dueAt().toString());
      last.put("ranAt", run.ranAt().toString());
      last.put("succeeded", run.succeeded());
      if (run.failureCode() != null) {
        last.put("failureCode", run.failureCode());
      }
    }
    json.put("status", pot.status());
    json.put("createdAt", pot.createdAt().toString());
    if (pot.closedAt() != null) {
      json.put("closedAt", pot.closedAt().toString());
    }
    return json;
  }

  /**
   * Renders a move between a wallet and a pot.
   *
   * @param move the move
   * @return the {@code pot_move} object, without its receipt
   */
  public static ObjectNode move(PotMoveRecord move) {
    ObjectNode json = MockJson.object();
    json.put("object", "pot_move");
    json.put("id", move.id());
    json.put("potId", move.potId());
    json.put("walletId", move.walletId());
    json.put("direction", move.direction());
    json.put("trigger", move.trigger());
    json.set("amount", Views.money(move.amount()));
    json.set("potBalanceAfter", Views.money(move.potBalanceAfter()));
    json.set("availableAfter", Views.money(move.availableAfter()));
    json.put("createdAt", move.createdAt().toString());
    return json;
  }
}
