/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.hybrid.HpkeParameters;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.internal.Checks;
import dev.walletsdk.crypto.internal.Failures;
import dev.walletsdk.crypto.internal.HpkeSuite;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.spi.EncryptedField;
import dev.walletsdk.spi.FieldEncryptor;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.List;

/**
 * Encrypts sensitive fields to the server's X25519 key, as Wallet API v1 prescribes: HPKE base mode
 * (RFC 9180) with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and AES-256-GCM, {@code info =
 * "wallet-api-v1 field " + jsonPointer} in UTF-8, empty AAD; the ciphertext is the encapsulated key
 * (32 bytes) followed by the AEAD output.
 *
 * <p>Each call uses a fresh ephemeral key, so encrypting the same value twice gives different
 * ciphertexts. Immutable and thread-safe.
 */
public final class HpkeFieldEncryptor implements FieldEncryptor {
  private final String keyId;
  private final HybridEncrypt encrypter;

  private HpkeFieldEncryptor(String keyId, HybridEncrypt encrypter) {
    this.keyId = keyId;
    this.encrypter = encrypter;
  }

  /**
   * Encrypts to the newest usable key the server publishes at {@code GET /v1/keys}: of use {@link
   * KeyUse#FIELD_ENCRYPTION} and algorithm {@value EncryptedField#HPKE_X25519_SHA256_AES256GCM},
   * latest {@code createdAt} (on a tie, the greatest key id).
   *
   * @param serverKeys the server's keys, of any use
   * @return the encryptor
   * @throws InvalidRequestException if no key is usable, or the newest is not 32 bytes
   */
  public static HpkeFieldEncryptor forServerKeys(List<ServerKey> serverKeys) {
    ServerKey newest =
        serverKeys.stream()
            .filter(key -> key.use() == KeyUse.FIELD_ENCRYPTION)
            .filter(key -> EncryptedField.HPKE_X25519_SHA256_AES256GCM.equals(key.algorithm()))
            .max(Comparator.comparing(ServerKey::createdAt).thenComparing(ServerKey::keyId))
            .orElseThrow(
                () ->
                    Failures.invalid(
                        "serverKeys",
                        "no_usable_key",
                        "no field_encryption key with algorithm "
                            + EncryptedField.HPKE_X25519_SHA256_AES256GCM
                            + " among "
                            + serverKeys.size()
                            + " server keys"));
    return forPublicKey(newest.keyId(), newest.publicKey());
  }

  /**
   * Encrypts to one known key.
   *
   * @param keyId the key's id, sent as {@code kid}
   * @param x25519PublicKey the raw 32-byte X25519 public key
   * @return the encryptor
   * @throws InvalidRequestException if the key id is malformed or the key is not 32 bytes
   */
  public static HpkeFieldEncryptor forPublicKey(String keyId, byte[] x25519PublicKey) {
    Checks.keyId("keyId", keyId);
    if (x25519PublicKey.length != HpkeSuite.KEY_BYTES) {
      throw Failures.invalid(
          "publicKey",
          "invalid_length",
          "X25519 public key of \""
              + keyId
              + "\" must be 32 bytes but has "
              + x25519PublicKey.length);
    }
    try {
      return new HpkeFieldEncryptor(
          keyId, HpkeSuite.encrypter(x25519PublicKey, HpkeParameters.AeadId.AES_256_GCM));
    } catch (GeneralSecurityException e) {
      throw Failures.invalid(
          "publicKey", "invalid_key", "Tink rejected the X25519 public key of \"" + keyId + "\"");
    }
  }

  /**
   * Returns the id of the key this encryptor encrypts to.
   *
   * @return the {@code kid} of every field it produces
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Encrypts one field value.
   *
   * @param jsonPointer where the field sits in the request body (RFC 6901), bound into the
   *     ciphertext
   * @param plaintext the UTF-8 bytes of the plain value
   * @return the encrypted field, scheme {@value EncryptedField#HPKE_X25519_SHA256_AES256GCM}
   * @throws InvalidRequestException if the pointer is not an RFC 6901 pointer
   */
  @Override
  public EncryptedField encrypt(String jsonPointer, byte[] plaintext) {
    Checks.jsonPointer(jsonPointer);
    byte[] ciphertext;
    try {
      ciphertext = encrypter.encrypt(plaintext, HpkeSuite.fieldInfo(jsonPointer));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HPKE encryption failed", e);
    }
    return EncryptedField.of(EncryptedField.HPKE_X25519_SHA256_AES256GCM, keyId, ciphertext);
  }

  @Override
  public String toString() {
    return "HpkeFieldEncryptor{keyId=" + keyId + "}";
  }
}
