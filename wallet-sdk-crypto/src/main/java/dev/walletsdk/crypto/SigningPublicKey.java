/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import dev.walletsdk.crypto.internal.Base64Url;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A public key of the partner's {@link SigningKeyset}, to register with the bank: the key id that
 * signatures name in {@code keyid} and the raw Ed25519 public key.
 *
 * <p>Immutable; the key bytes are copied in and out.
 */
public final class SigningPublicKey {
  private final String keyId;
  private final byte[] publicKey;
  private final boolean primary;

  SigningPublicKey(String keyId, byte[] publicKey, boolean primary) {
    this.keyId = keyId;
    this.publicKey = publicKey.clone();
    this.primary = primary;
  }

  /**
   * Returns the key id.
   *
   * @return the RFC 7638 thumbprint of the public key, the {@code keyid} of its signatures
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Returns the public key.
   *
   * @return a copy of the raw 32-byte Ed25519 public key
   */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /**
   * Returns the public key as Wallet API v1 writes keys.
   *
   * @return base64url without padding
   */
  public String publicKeyBase64Url() {
    return Base64Url.encode(publicKey);
  }

  /**
   * Tells whether this key signs new requests.
   *
   * @return {@code true} for the keyset's primary key
   */
  public boolean primary() {
    return primary;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SigningPublicKey other
        && keyId.equals(other.keyId)
        && Arrays.equals(publicKey, other.publicKey)
        && primary == other.primary;
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyId, Arrays.hashCode(publicKey), primary);
  }

  @Override
  public String toString() {
    return "SigningPublicKey{keyId="
        + keyId
        + ", publicKey="
        + publicKeyBase64Url()
        + (primary ? ", primary" : "")
        + "}";
  }
}
