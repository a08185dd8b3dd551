/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.hybrid.HybridConfig2026;
import com.google.crypto.tink.subtle.X25519;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * HPKE base mode (RFC 9180) with DHKEM(X25519, HKDF-SHA256) and HKDF-SHA256, on Tink's hybrid
 * encryption configured per primitive ({@link HybridConfig2026}), never through the global
 * registry.
 *
 * <p>Tink's HPKE {@code HybridEncrypt} is the single-shot seal of RFC 9180 §6.1 with {@code info} =
 * the context info and empty AAD; with the {@code NO_PREFIX} variant its output is exactly {@code
 * enc || ciphertext}. The AEAD is a parameter so that RFC 9180's AES-128-GCM vector runs through
 * the same code as Wallet API v1's AES-256-GCM.
 */
public final class HpkeSuite {
  /** The length of X25519 public and private keys. */
  public static final int KEY_BYTES = 32;

  private static final String FIELD_INFO_PREFIX = "wallet-api-v1 field ";

  private HpkeSuite() {}

  /**
   * Returns the HPKE {@code info} of Wallet API v1 for a field.
   *
   * @param jsonPointer the RFC 6901 pointer of the field
   * @return the UTF-8 bytes of {@code "wallet-api-v1 field " + jsonPointer}
   */
  public static byte[] fieldInfo(String jsonPointer) {
    return (FIELD_INFO_PREFIX + jsonPointer).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Creates the sender side for a recipient's public key.
   *
   * @param recipientPublicKey the raw X25519 public key
   * @param aead the AEAD of the suite
   * @return a primitive whose {@code encrypt(plaintext, info)} returns {@code enc || ciphertext}
   * @throws GeneralSecurityException if the key is not 32 bytes
   */
  public static HybridEncrypt encrypter(byte[] recipientPublicKey, HpkeParameters.AeadId aead)
      throws GeneralSecurityException {
    return primitive(publicKey(recipientPublicKey, aead), HybridEncrypt.class);
  }

  /**
   * Creates the recipient side for a private key.
   *
   * @param recipientPrivateKey the raw X25519 private key
   * @param aead the AEAD of the suite
   * @return a primitive whose {@code decrypt(enc || ciphertext, info)} returns the plaintext
   * @throws GeneralSecurityException if the key is not 32 bytes
   */
  public static HybridDecrypt decrypter(byte[] recipientPrivateKey, HpkeParameters.AeadId aead)
      throws GeneralSecurityException {
    HpkePublicKey publicKey = publicKey(X25519.publicFromPrivate(recipientPrivateKey), aead);
    SecretBytes secret = SecretBytes.copyFrom(recipientPrivateKey, InsecureSecretKeyAccess.get());
    return primitive(HpkePrivateKey.create(publicKey, secret), HybridDecrypt.class);
  }

  /**
   * Generates an X25519 private key with Tink's secure random source.
   *
   * @return 32 random bytes, clamped as RFC 7748 §5 prescribes
   */
  public static byte[] newPrivateKey() {
    return X25519.generatePrivateKey();
  }

  /**
   * Computes the public key of a private key.
   *
   * @param privateKey the raw X25519 private key
   * @return the raw public key
   * @throws GeneralSecurityException if the key is not 32 bytes
   */
  public static byte[] publicKeyOf(byte[] privateKey) throws GeneralSecurityException {
    return X25519.publicFromPrivate(privateKey);
  }

  private static HpkePublicKey publicKey(byte[] raw, HpkeParameters.AeadId aead)
      throws GeneralSecurityException {
    HpkeParameters parameters =
        HpkeParameters.builder()
            .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
            .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
            .setAeadId(aead)
            .setVariant(HpkeParameters.Variant.NO_PREFIX)
            .build();
    return HpkePublicKey.create(parameters, Bytes.copyFrom(raw), null);
  }

  private static <P> P primitive(Key key, Class<P> type) throws GeneralSecurityException {
    KeysetHandle handle =
        KeysetHandle.newBuilder()
            .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
            .build();
    return handle.getPrimitive(HybridConfig2026.get(), type);
  }
}
