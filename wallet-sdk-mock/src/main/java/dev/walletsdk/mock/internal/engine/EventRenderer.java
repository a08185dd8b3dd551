/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a domain event's resource as the JSON the event feed serves and webhooks deliver. The
 * view layer implements it; the engine calls it when it emits, under its lock.
 */
@FunctionalInterface
public interface EventRenderer {
  /**
   * Renders an event's data.
   *
   * @param event the event
   * @return its {@code data} member, a new tree
   */
  ObjectNode render(DomainEvent event);
}
