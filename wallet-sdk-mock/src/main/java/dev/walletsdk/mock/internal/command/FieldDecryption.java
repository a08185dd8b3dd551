/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.engine.ApiProblem;

/** Opens an encrypted request field ({@code {"enc", "kid", "ct"}}) with the platform's keys. */
@FunctionalInterface
public interface FieldDecryption {
  /**
   * Decrypts one field.
   *
   * @param pointer the field's JSON pointer, bound into the ciphertext
   * @param envelope the encrypted value
   * @return the plain text
   * @throws ApiProblem {@code 400 field_decryption_failed} if it cannot be opened
   */
  String decrypt(String pointer, JsonNode envelope);

  /**
   * Returns a decryption that refuses every field: for a platform without encryption keys.
   *
   * @return the refusing decryption
   */
  static FieldDecryption unavailable() {
    return (pointer, envelope) -> {
      throw ApiProblem.of(
          400,
          "field_decryption_failed",
          "Field decryption failed",
          pointer + " is encrypted but the platform has no field encryption key");
    };
  }
}
