/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import dev.walletsdk.DecryptionException;

/**
 * Decrypts encrypted fields with a private key: the side that holds the recipient's key uses it —
 * the platform (and the mock backend) for request fields, or the client for response fields
 * encrypted to the partner.
 *
 * <p>Implementations must be thread-safe.
 */
public interface FieldDecryptor {
  /**
   * Decrypts one field value.
   *
   * @param jsonPointer where the field sits in the response body (RFC 6901); must match the one the
   *     value was encrypted for
   * @param field the encrypted value
   * @return the UTF-8 bytes of the plain value
   * @throws DecryptionException if the key is unknown, or the ciphertext is corrupted or was made
   *     for another field
   */
  byte[] decrypt(String jsonPointer, EncryptedField field);
}
