/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.PotRequest;
import java.util.Locale;

/** Writes the bodies of the savings pot requests. */
public final class PotWriters {
  private PotWriters() {}

  /**
   * Writes the creation of a pot.
   *
   * @param request the request
   * @return the body
   */
  public static ObjectNode create(PotRequest request) {
    ObjectNode body = Json.object();
    body.put("name", request.name());
    body.put("currency", request.currency().code());
    request.target().ifPresent(target -> RequestWriters.putMoney(body, "target", target));
    request
        .sweepAmount()
        .ifPresent(
            amount -> {
              ObjectNode sweep = body.putObject("sweep");
              RequestWriters.putMoney(sweep, "amount", amount);
              sweep.put(
                  "interval",
                  request.sweepInterval().orElseThrow().name().toLowerCase(Locale.ROOT));
            });
    return body;
  }

  /**
   * Writes a rename.
   *
   * @param name the new name
   * @return the body
   */
  public static ObjectNode rename(String name) {
    ObjectNode body = Json.object();
    body.put("name", name);
    return body;
  }

  /**
   * Writes a deposit or withdrawal.
   *
   * @param amount the amount
   * @return the body
   */
  public static ObjectNode move(Money amount) {
    ObjectNode body = Json.object();
    RequestWriters.putMoney(body, "amount", amount);
    return body;
  }
}
