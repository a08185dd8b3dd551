/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.WalletException;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.Page;

/**
 * Reads the partner's event feed, oldest first. Thread-safe; every method throws {@link
 * WalletException} on failure. Hand each event to an {@link EventDispatcher} to route it to typed
 * handlers, as for webhooks.
 */
public interface Events {
  /**
   * Lists events after {@link EventQuery#after()}, fetching pages as the result is consumed.
   *
   * @param query where to start
   * @return the events
   */
  PagedIterable<Event> list(EventQuery query);

  /**
   * Fetches one page: poll with the id of the last event seen to get the ones after it.
   *
   * @param query where to start
   * @return the page
   */
  Page<Event> page(EventQuery query);
}
