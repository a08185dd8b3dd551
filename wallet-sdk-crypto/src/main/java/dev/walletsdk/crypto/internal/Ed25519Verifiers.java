/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.subtle.Ed25519Verify;
import com.google.crypto.tink.util.Bytes;
import dev.walletsdk.InvalidRequestException;
import java.security.GeneralSecurityException;

/** Tink Ed25519 verifiers for raw 32-byte public keys. Stateless and thread-safe. */
public final class Ed25519Verifiers {
  private static final int KEY_BYTES = 32;

  private Ed25519Verifiers() {}

  /**
   * Creates a verifier for a public key.
   *
   * @param field the field named in the error if the key is unusable
   * @param publicKey the raw 32-byte public key
   * @return Tink's verifier
   * @throws InvalidRequestException if the key is not 32 bytes or Tink rejects it
   */
  public static PublicKeyVerify create(String field, byte[] publicKey) {
    checkPublicKey(field, publicKey);
    try {
      return Ed25519Verify.create(Ed25519PublicKey.create(Bytes.copyFrom(publicKey)));
    } catch (GeneralSecurityException e) {
      throw Failures.invalid(field, "invalid_key", "Tink rejected the Ed25519 public key");
    }
  }

  /**
   * Checks a public key's length.
   *
   * @param field the field named in the error
   * @param publicKey the raw public key
   * @throws InvalidRequestException if it is not 32 bytes
   */
  public static void checkPublicKey(String field, byte[] publicKey) {
    if (publicKey.length != KEY_BYTES) {
      throw Failures.invalid(
          field,
          "invalid_length",
          "Ed25519 public key must be 32 bytes but has " + publicKey.length);
    }
  }
}
