/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The key that makes a write safe to retry: the server executes a write once per key and replays
 * the first response for every retry with the same key (Wallet API v1, 24 hours).
 *
 * <p>The client generates one per logical call when the request has none; set one yourself to make
 * a write idempotent across process restarts, for example derived from your own order id.
 */
public final class IdempotencyKey {
  private static final int MAX_LENGTH = 255;

  private final String value;

  private IdempotencyKey(String value) {
    this.value = value;
  }

  /**
   * Wraps a key.
   *
   * @param value 1 to 255 visible ASCII characters
   * @return the key
   * @throws InvalidRequestException (field {@code idempotencyKey}, code {@code invalid_format}) for
   *     any other value
   */
  public static IdempotencyKey of(String value) {
    if (value == null
        || value.isEmpty()
        || value.length() > MAX_LENGTH
        || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw InvalidRequestException.forField(
          "idempotencyKey",
          "invalid_format",
          "idempotencyKey "
              + CurrencyCode.quoted(value)
              + " must be 1 to "
              + MAX_LENGTH
              + " visible ASCII characters");
    }
    return new IdempotencyKey(value);
  }

  /**
   * Creates a random key: a version 4 UUID from a cryptographically strong generator.
   *
   * @return a new, unique key
   */
  public static IdempotencyKey random() {
    return new IdempotencyKey(UUID.randomUUID().toString());
  }

  /**
   * Returns the key as sent in the {@code Idempotency-Key} header.
   *
   * @return the key
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IdempotencyKey other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the key. */
  @Override
  public String toString() {
    return value;
  }
}
