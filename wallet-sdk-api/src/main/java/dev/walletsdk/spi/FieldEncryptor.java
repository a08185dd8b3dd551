/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

/**
 * Encrypts the sensitive fields of a request (account numbers, card numbers, personal data) for the
 * server, so that they are readable only by the wallet platform, not by proxies, logs or the
 * client's own interceptors.
 *
 * <p>Implementations are configured with the server's public key (from {@code GET /v1/keys}) and
 * must be thread-safe. The client calls {@link #encrypt(String, byte[])} once per sensitive field,
 * before the retry loop, so every attempt sends the same ciphertext.
 */
public interface FieldEncryptor {
  /**
   * Encrypts one field value.
   *
   * @param jsonPointer where the field sits in the request body (RFC 6901), for example {@code
   *     "/destinationAccount/accountNumber"}; bound into the ciphertext so that it cannot be moved
   *     to another field
   * @param plaintext the UTF-8 bytes of the plain value
   * @return the encrypted field
   */
  EncryptedField encrypt(String jsonPointer, byte[] plaintext);
}
