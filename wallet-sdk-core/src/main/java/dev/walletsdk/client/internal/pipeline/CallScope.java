/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.model.IdempotencyKey;
import org.jspecify.annotations.Nullable;

/**
 * What a client view adds to its configuration for the calls made through it: the idempotency key
 * set with {@code withOptions}, and the capture of a {@code withResponse} view.
 *
 * @param idempotencyKey the key for the view's writes, or {@code null} to generate one per call
 * @param capture records the one call of a {@code withResponse} view, or {@code null}
 */
public record CallScope(
    @Nullable IdempotencyKey idempotencyKey, @Nullable ResponseCapture capture) {
  /** The scope of a client built by the builder: nothing added. */
  public static final CallScope NONE = new CallScope(null, null);

  /**
   * Returns this scope with another idempotency key.
   *
   * @param key the key
   * @return a new scope
   */
  public CallScope withIdempotencyKey(IdempotencyKey key) {
    return new CallScope(key, capture);
  }

  /**
   * Returns this scope capturing the response of its one call.
   *
   * @param capture the capture
   * @return a new scope
   */
  public CallScope capturing(ResponseCapture capture) {
    return new CallScope(idempotencyKey, capture);
  }
}
