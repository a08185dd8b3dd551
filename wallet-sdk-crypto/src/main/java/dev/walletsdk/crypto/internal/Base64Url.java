/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import java.util.Base64;
import java.util.Optional;

/** Base64url without padding (RFC 4648 §5), as Wallet API v1 writes keys and signatures. */
public final class Base64Url {
  private Base64Url() {}

  /**
   * Encodes bytes.
   *
   * @param bytes the bytes
   * @return base64url text without padding
   */
  public static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Decodes unpadded base64url text.
   *
   * @param text the text
   * @return the bytes, or empty if the text has padding or a character outside the alphabet
   */
  public static Optional<byte[]> decode(String text) {
    if (text.indexOf('=') >= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Base64.getUrlDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
