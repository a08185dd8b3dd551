/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.walletsdk.mock.internal.control.ControlPlane;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.JsonTrees;
import dev.walletsdk.mock.internal.http.ApiServer;
import java.util.List;

/**
 * One engine with the API and control plane that drive it: what a restore or a replay check
 * rebuilds from the command log.
 *
 * @param engine the state
 * @param api the Wallet API
 * @param control the control plane
 */
record Instance(Engine engine, ApiServer api, ControlPlane control) {
  private static final String ERASED = "privacy.erased";

  /**
   * Applies recorded commands again, in order, each at its recorded instant.
   *
   * @param commands the commands
   */
  void replay(List<Command> commands) {
    commands.forEach(this::replay);
  }

  private void replay(Command command) {
    if (command instanceof Command.Api api) {
      api().replay(api);
    } else if (command instanceof Command.Rejected rejected) {
      api().replay(rejected);
    } else if (command instanceof Command.Control control) {
      control().applyAt(control.at(), control.op(), control.args());
    }
  }

  /**
   * Delivers the engine's new events to a webhook dispatcher from now on.
   *
   * @param webhooks the dispatcher
   * @return this instance
   */
  Instance deliverEventsTo(WebhookDispatcher webhooks) {
    engine.events().listen(webhooks::enqueue);
    return this;
  }

  /**
   * Drops from the request journal, from now on, the bodies of requests that concern a holder whose
   * personal data this engine erases.
   *
   * @param requests the request journal
   * @return this instance
   */
  Instance eraseRequestsIn(RequestJournal requests) {
    engine
        .events()
        .listen(
            event -> {
              if (event.type().equals(ERASED)) {
                requests.erase(
                    JsonTrees.parse(event.data().getBytes(UTF_8)).path("walletId").asText());
              }
            });
    return this;
  }
}
