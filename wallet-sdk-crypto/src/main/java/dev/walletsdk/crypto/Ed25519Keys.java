/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import com.google.crypto.tink.PublicKeyVerify;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.internal.Base64Url;
import dev.walletsdk.crypto.internal.Ed25519Verifiers;
import dev.walletsdk.crypto.internal.Failures;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Creates Ed25519 key pairs and names public keys.
 *
 * <p>Stateless and thread-safe.
 */
public final class Ed25519Keys {
  /** The length of a private seed, a public key and half a signature. */
  public static final int KEY_BYTES = 32;

  /** The length of a signature. */
  public static final int SIGNATURE_BYTES = 64;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Ed25519Keys() {}

  /**
   * Generates a key pair from 32 bytes of the JDK's {@code SecureRandom}.
   *
   * @return a new key pair
   */
  public static Ed25519KeyPair generate() {
    byte[] seed = new byte[KEY_BYTES];
    RANDOM.nextBytes(seed);
    return fromSeed(seed);
  }

  /**
   * Restores a key pair from its private seed (the 32-byte private key of RFC 8032 §5.1.5).
   *
   * @param seed the seed; copied
   * @return the key pair
   * @throws InvalidRequestException if the seed is not 32 bytes; the message never shows it
   */
  public static Ed25519KeyPair fromSeed(byte[] seed) {
    if (seed.length != KEY_BYTES) {
      throw Failures.invalid(
          "seed",
          "invalid_length",
          "Ed25519 seed must be 32 bytes but has " + seed.length + " (value not shown)");
    }
    try {
      return new Ed25519KeyPair(seed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink rejected a 32-byte Ed25519 seed", e);
    }
  }

  /**
   * Computes the RFC 7638 JWK thumbprint of an Ed25519 public key (RFC 8037 §2): base64url of the
   * SHA-256 of {@code {"crv":"Ed25519","kty":"OKP","x":"<base64url of the key>"}}. Stable for a key
   * and collision-resistant, it serves as the key's id where no other id is given.
   *
   * @param publicKey the raw 32-byte public key
   * @return the thumbprint, base64url without padding (43 characters)
   * @throws InvalidRequestException if the key is not 32 bytes
   */
  public static String thumbprint(byte[] publicKey) {
    checkPublicKey("publicKey", publicKey);
    String jwk =
        "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + Base64Url.encode(publicKey) + "\"}";
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return Base64Url.encode(sha256.digest(jwk.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }

  static PublicKeyVerify verifier(String field, byte[] publicKey) {
    return Ed25519Verifiers.create(field, publicKey);
  }

  private static void checkPublicKey(String field, byte[] publicKey) {
    Ed25519Verifiers.checkPublicKey(field, publicKey);
  }
}
