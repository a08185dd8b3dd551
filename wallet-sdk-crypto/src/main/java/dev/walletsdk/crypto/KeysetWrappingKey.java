/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.internal.Failures;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that encrypts a {@link SigningKeyset} at rest: an AEAD that is either an AES-GCM key held
 * in a JDK {@link KeyStore} entry (PKCS12 or any store that keeps secret keys), or a Tink {@link
 * Aead} the application supplies (for example one backed by a cloud KMS).
 *
 * <p>Holds no key bytes of its own beyond Tink's AES-GCM primitive; {@link #toString()} names the
 * source only. Immutable and thread-safe.
 */
public final class KeysetWrappingKey {
  private static final int AES_256_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Aead aead;
  private final String source;

  private KeysetWrappingKey(Aead aead, String source) {
    this.aead = aead;
    this.source = source;
  }

  /**
   * Wraps with an AEAD the application manages, such as a KMS-backed Tink {@code Aead}.
   *
   * @param aead the key-encryption AEAD
   * @return the wrapping key
   */
  @SuppressWarnings("exports") // Callers hold a Tink Aead, so Tink is on their module path.
  public static KeysetWrappingKey fromTinkAead(Aead aead) {
    return new KeysetWrappingKey(aead, "Tink Aead " + aead.getClass().getSimpleName());
  }

  /**
   * Wraps with the AES key (128 or 256 bits) of a key store entry, used as AES-GCM.
   *
   * @param keyStore a loaded key store
   * @param alias the entry's alias
   * @param password the entry's password
   * @return the wrapping key
   * @throws InvalidRequestException if there is no such entry, the password is wrong, or the entry
   *     is not a 128 or 256-bit AES key
   */
  public static KeysetWrappingKey fromKeyStore(KeyStore keyStore, String alias, char[] password) {
    Key key;
    try {
      key = keyStore.getKey(alias, password);
    } catch (UnrecoverableKeyException e) {
      throw Failures.invalid(
          "password",
          "invalid_password",
          "key store entry \"" + alias + "\" could not be unlocked");
    } catch (GeneralSecurityException e) {
      throw Failures.invalid(
          "keyStore", "unreadable", "key store entry \"" + alias + "\" could not be read");
    }
    if (key == null) {
      throw Failures.invalid("alias", "not_found", "key store has no entry \"" + alias + "\"");
    }
    byte[] bytes =
        key instanceof SecretKey && "AES".equalsIgnoreCase(key.getAlgorithm())
            ? key.getEncoded()
            : null;
    if (bytes == null || (bytes.length != 16 && bytes.length != AES_256_BYTES)) {
      throw Failures.invalid(
          "alias",
          "invalid_key",
          "key store entry \"" + alias + "\" is not a 128 or 256-bit AES key");
    }
    try {
      return new KeysetWrappingKey(aesGcm(bytes), "key store entry \"" + alias + "\"");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * Generates a 256-bit AES key from the JDK's {@code SecureRandom}, stores it in a new key store
   * entry, and wraps with it. Save the key store afterwards ({@link KeyStore#store}).
   *
   * @param keyStore a loaded key store that keeps secret keys, such as PKCS12
   * @param alias the new entry's alias
   * @param password the new entry's password
   * @return the wrapping key
   * @throws InvalidRequestException if the alias is taken or the store refuses the entry
   */
  public static KeysetWrappingKey createInKeyStore(
      KeyStore keyStore, String alias, char[] password) {
    byte[] bytes = new byte[AES_256_BYTES];
    RANDOM.nextBytes(bytes);
    try {
      if (keyStore.containsAlias(alias)) {
        throw Failures.invalid(
            "alias", "duplicate", "key store already has an entry \"" + alias + "\"");
      }
      keyStore.setEntry(
          alias,
          new KeyStore.SecretKeyEntry(new SecretKeySpec(bytes, "AES")),
          new KeyStore.PasswordProtection(password));
      return new KeysetWrappingKey(aesGcm(bytes), "key store entry \"" + alias + "\"");
    } catch (KeyStoreException e) {
      throw Failures.invalid(
          "keyStore", "unwritable", "key store refused the entry \"" + alias + "\"");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  Aead aead() {
    return aead;
  }

  private static Aead aesGcm(byte[] key) {
    try {
      AesGcmParameters parameters =
          AesGcmParameters.builder()
              .setKeySizeBytes(key.length)
              .setIvSizeBytes(12)
              .setTagSizeBytes(16)
              .setVariant(AesGcmParameters.Variant.NO_PREFIX)
              .build();
      return AesGcmJce.create(
          AesGcmKey.builder()
              .setParameters(parameters)
              .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
              .build());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink rejected an AES key of " + key.length + " bytes", e);
    }
  }

  /** Names where the key comes from; never key material. */
  @Override
  public String toString() {
    return "KeysetWrappingKey{" + source + "}";
  }
}
