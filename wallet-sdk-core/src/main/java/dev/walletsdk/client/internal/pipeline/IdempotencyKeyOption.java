/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.model.IdempotencyKey;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the idempotency key set with {@code withOptions}: it applies to writes (every write
 * of Wallet API v1 is a POST that carries a key), never to a read, and never against a different
 * key given in the request itself.
 */
final class IdempotencyKeyOption {
  private IdempotencyKeyOption() {}

  /**
   * Refuses a call the option cannot apply to, before anything is sent.
   *
   * @param option the key set with {@code withOptions}, or {@code null}
   * @param call the call
   * @throws InvalidRequestException if the call is a read, or its request has a different key
   */
  static void check(@Nullable IdempotencyKey option, ApiCall<?> call) {
    if (option == null) {
      return;
    }
    if (!call.method().equals("POST")) {
      throw InvalidRequestException.forField(
          "idempotencyKey",
          "not_applicable",
          "idempotencyKey option applies to writes only, but "
              + call.operation()
              + " is a "
              + call.method()
              + "; it was not sent");
    }
    IdempotencyKey own = call.idempotencyKey();
    if (own != null && !own.equals(option)) {
      throw InvalidRequestException.forField(
          "idempotencyKey",
          "conflict",
          "idempotencyKey option "
              + option.value()
              + " differs from the request's idempotency key "
              + own.value()
              + " for "
              + call.operation()
              + "; it was not sent");
    }
  }

  /**
   * Chooses the key of a write: the request's own, else the option's.
   *
   * @param own the request's key, or {@code null}
   * @param option the option's key, or {@code null}
   * @return the key to send, or {@code null} to generate one
   */
  static @Nullable IdempotencyKey choose(
      @Nullable IdempotencyKey own, @Nullable IdempotencyKey option) {
    return own != null ? own : option;
  }
}
