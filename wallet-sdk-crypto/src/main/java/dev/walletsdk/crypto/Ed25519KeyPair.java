/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.signature.Ed25519PrivateKey;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.subtle.Ed25519Sign;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;
import dev.walletsdk.crypto.internal.KeyAccess;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An Ed25519 key pair (RFC 8032): the 32-byte private seed and its public key. Create one with
 * {@link Ed25519Keys#generate()} or {@link Ed25519Keys#fromSeed(byte[])}.
 *
 * <p>The seed never leaves this object: {@link #toString()} shows only the public key's thumbprint,
 * and {@link #equals(Object)} compares seeds in constant time. Signing uses Tink's {@code
 * Ed25519Sign}. Immutable and thread-safe.
 */
public final class Ed25519KeyPair {
  static {
    KeyAccess.install((Ed25519KeyPair keyPair, byte[] message) -> keyPair.sign(message));
  }

  private final byte[] seed;
  private final byte[] publicKey;
  private final Ed25519PrivateKey privateKey;
  private final PublicKeySign signer;

  Ed25519KeyPair(byte[] seed) throws GeneralSecurityException {
    this.seed = seed.clone();
    this.publicKey = Ed25519Sign.KeyPair.newKeyPairFromSeed(this.seed).getPublicKey();
    this.privateKey =
        Ed25519PrivateKey.create(
            Ed25519PublicKey.create(Bytes.copyFrom(publicKey)),
            SecretBytes.copyFrom(this.seed, InsecureSecretKeyAccess.get()));
    this.signer = Ed25519Sign.create(privateKey);
  }

  /**
   * Returns the public key.
   *
   * @return a copy of the raw 32-byte public key
   */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /**
   * Returns the RFC 7638 JWK thumbprint of the public key, a stable key id.
   *
   * @return the thumbprint, base64url without padding (43 characters)
   * @see Ed25519Keys#thumbprint(byte[])
   */
  public String thumbprint() {
    return Ed25519Keys.thumbprint(publicKey);
  }

  byte[] sign(byte[] message) {
    try {
      return signer.sign(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  Ed25519PrivateKey tinkPrivateKey() {
    return privateKey;
  }

  /** Two key pairs are equal when their seeds are; compared in constant time. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ed25519KeyPair other && MessageDigest.isEqual(seed, other.seed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(publicKey);
  }

  /** Returns the public key's thumbprint; never the seed. */
  @Override
  public String toString() {
    return "Ed25519KeyPair{thumbprint=" + thumbprint() + ", seed=<redacted>}";
  }
}
