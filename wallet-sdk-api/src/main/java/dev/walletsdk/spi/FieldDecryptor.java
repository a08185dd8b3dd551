package dev.walletsdk.spi;

import dev.walletsdk.DecryptionException;

/**
 * Decrypts fields that a server encrypted for the partner, with the partner's private key.
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
