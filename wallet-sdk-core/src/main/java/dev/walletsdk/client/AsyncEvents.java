/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.Page;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Events}, asynchronously, one page per future; see {@link AsyncWalletClient}. Thread-safe.
 */
public interface AsyncEvents {
  /**
   * Fetches the events after {@link EventQuery#after()}.
   *
   * @param query where to start
   * @return the page
   */
  CompletableFuture<Page<Event>> page(EventQuery query);
}
