/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.model.ServerKey;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link ServerKeys}, asynchronously; see {@link AsyncWalletClient}. Thread-safe. */
public interface AsyncServerKeys {
  /**
   * Returns the server's current public keys ({@code GET /v1/keys}).
   *
   * @return the keys
   */
  CompletableFuture<List<ServerKey>> list();
}
