/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A field value encrypted for the wire, sent as {@code {"enc": scheme, "kid": keyId, "ct":
 * base64url(ciphertext)}} in place of the plain value.
 *
 * <p>Immutable; the ciphertext is copied in and out. {@link #toString()} shows the scheme, the key
 * id and the ciphertext's length only.
 */
public final class EncryptedField {
  /** The scheme of Wallet API v1: HPKE base mode with X25519, HKDF-SHA256 and AES-256-GCM. */
  public static final String HPKE_X25519_SHA256_AES256GCM = "hpke-x25519-sha256-aes256gcm";

  private final String scheme;
  private final String keyId;
  private final byte[] ciphertext;

  private EncryptedField(String scheme, String keyId, byte[] ciphertext) {
    this.scheme = requireNonNull(scheme, "scheme");
    this.keyId = requireNonNull(keyId, "keyId");
    this.ciphertext = requireNonNull(ciphertext, "ciphertext").clone();
  }

  /**
   * Creates an encrypted field.
   *
   * @param scheme the encryption scheme, for example {@link #HPKE_X25519_SHA256_AES256GCM}
   * @param keyId the id of the recipient's key ({@code kid})
   * @param ciphertext the encapsulated key followed by the ciphertext; copied
   * @return the encrypted field
   */
  public static EncryptedField of(String scheme, String keyId, byte[] ciphertext) {
    return new EncryptedField(scheme, keyId, ciphertext);
  }

  /**
   * Returns the encryption scheme.
   *
   * @return the scheme name, the {@code enc} member
   */
  public String scheme() {
    return scheme;
  }

  /**
   * Returns the recipient key's id.
   *
   * @return the {@code kid} member
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Returns a copy of the ciphertext.
   *
   * @return the bytes carried base64url-encoded in the {@code ct} member
   */
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EncryptedField other
        && scheme.equals(other.scheme)
        && keyId.equals(other.keyId)
        && Arrays.equals(ciphertext, other.ciphertext);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheme, keyId, Arrays.hashCode(ciphertext));
  }

  @Override
  public String toString() {
    return "EncryptedField{scheme="
        + scheme
        + ", keyId="
        + keyId
        + ", ciphertext="
        + ciphertext.length
        + " bytes}";
  }
}
