/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.server;

import com.google.crypto.tink.HybridDecrypt;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.internal.Checks;
import dev.walletsdk.crypto.internal.Failures;
import dev.walletsdk.crypto.internal.HpkeSuite;
import dev.walletsdk.internal.UntrustedText;
import dev.walletsdk.spi.EncryptedField;
import dev.walletsdk.spi.FieldDecryptor;
import java.security.GeneralSecurityException;

/**
 * Decrypts {@link EncryptedField}s of the scheme {@value
 * EncryptedField#HPKE_X25519_SHA256_AES256GCM} with the private keys of an {@link HpkeKeyRing}:
 * HPKE base mode (RFC 9180), DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, {@code info =
 * "wallet-api-v1 field " + jsonPointer}, empty AAD.
 *
 * <p>Thread-safe; sees keys added to or retired from the ring after it was created.
 */
public final class HpkeFieldDecryptor implements FieldDecryptor {
  private final HpkeKeyRing ring;

  private HpkeFieldDecryptor(HpkeKeyRing ring) {
    this.ring = ring;
  }

  /**
   * Creates a decryptor over a key ring.
   *
   * @param ring the recipient's keys
   * @return the decryptor
   */
  public static HpkeFieldDecryptor over(HpkeKeyRing ring) {
    return new HpkeFieldDecryptor(ring);
  }

  /**
   * Decrypts one field.
   *
   * @param jsonPointer where the field sits in the body; must be the pointer it was encrypted for
   * @param field the encrypted value
   * @return the plaintext bytes
   * @throws DecryptionException (code {@code decryption_failed}) if the scheme is not HPKE, the key
   *     id is not in the ring, or the ciphertext is corrupted or was made for another field
   * @throws InvalidRequestException if the pointer is not an RFC 6901 pointer
   */
  @Override
  public byte[] decrypt(String jsonPointer, EncryptedField field) {
    Checks.jsonPointer(jsonPointer);
    if (!EncryptedField.HPKE_X25519_SHA256_AES256GCM.equals(field.scheme())) {
      throw Failures.decryption(
          "encrypted field at "
              + jsonPointer
              + " uses scheme \""
              + UntrustedText.of(field.scheme())
              + "\", not "
              + EncryptedField.HPKE_X25519_SHA256_AES256GCM,
          null);
    }
    HybridDecrypt decrypter =
        ring.decrypter(field.keyId())
            .orElseThrow(
                () ->
                    Failures.decryption(
                        "encrypted field at "
                            + jsonPointer
                            + " names key \""
                            + UntrustedText.of(field.keyId())
                            + "\", which is not in the key ring",
                        null));
    try {
      return decrypter.decrypt(field.ciphertext(), HpkeSuite.fieldInfo(jsonPointer));
    } catch (GeneralSecurityException e) {
      throw Failures.decryption(
          "encrypted field at "
              + jsonPointer
              + " could not be decrypted with key \""
              + UntrustedText.of(field.keyId())
              + "\": the ciphertext is corrupted or was made for another field",
          e);
    }
  }

  @Override
  public String toString() {
    return "HpkeFieldDecryptor{" + ring + "}";
  }
}
