/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import dev.walletsdk.model.IdempotencyKey;

/**
 * Generates the idempotency key of a write whose request has none. The client asks once per logical
 * call, before the first attempt, and sends the same key on every retry.
 *
 * <p>Implementations must be thread-safe and must never return the same key twice.
 */
@FunctionalInterface
public interface IdempotencyKeys {
  /**
   * Returns a new key.
   *
   * @return a key not returned before
   */
  IdempotencyKey next();

  /**
   * Returns the default generator: random version 4 UUIDs from a cryptographically strong source.
   *
   * @return the random generator
   */
  static IdempotencyKeys random() {
    return IdempotencyKey::random;
  }
}
