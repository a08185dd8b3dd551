/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.WalletException;
import dev.walletsdk.model.ServerKey;
import java.util.List;

/** Reads the server's public keys for field encryption and receipt verification. Thread-safe. */
public interface ServerKeys {
  /**
   * Returns the server's current public keys ({@code GET /v1/keys}).
   *
   * @return the keys
   * @throws WalletException on failure
   */
  List<ServerKey> list();
}
