/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import dev.walletsdk.InvalidRequestException;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The shared secret of a TOTP authenticator: 16 to 64 bytes, exchanged as base32 (RFC 4648).
 *
 * <p>{@link #toString()} reveals nothing and {@link #equals(Object)} compares in constant time.
 * Immutable and thread-safe.
 */
public final class TotpSecret {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final int MIN_BYTES = 16;
  private static final int MAX_BYTES = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;

  private TotpSecret(byte[] key) {
    this.key = key;
  }

  /**
   * Generates a new 20-byte (160-bit) secret, the size RFC 4226 recommends.
   *
   * @return the secret
   */
  public static TotpSecret random() {
    byte[] key = new byte[20];
    RANDOM.nextBytes(key);
    return new TotpSecret(key);
  }

  /**
   * Wraps raw key bytes.
   *
   * @param key 16 to 64 bytes; copied
   * @return the secret
   * @throws InvalidRequestException if the length is out of range
   */
  public static TotpSecret ofBytes(byte[] key) {
    if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
      throw InvalidRequestException.forField(
          "totpSecret",
          "invalid_length",
          "totpSecret must be 16 to 64 bytes but has " + key.length + " (value not shown)");
    }
    return new TotpSecret(key.clone());
  }

  /**
   * Reads a base32 secret as authenticator apps show it; case, spaces and padding are ignored.
   *
   * @param base32 the encoded secret
   * @return the secret
   * @throws InvalidRequestException if the text is not base32 or decodes to the wrong length; the
   *     message never shows the text
   */
  public static TotpSecret fromBase32(@Nullable String base32) {
    if (base32 == null) {
      throw InvalidRequestException.forField("totpSecret", "required", "totpSecret is required");
    }
    String text = base32.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < text.length(); i++) {
      int value = BASE32.indexOf(text.charAt(i));
      if (value < 0) {
        throw InvalidRequestException.forField(
            "totpSecret", "invalid_format", "totpSecret is not base32 (value not shown)");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return ofBytes(out.toByteArray());
  }

  /**
   * Returns the secret in base32 without padding, to show once to the user or put in a QR code.
   * Never log the result.
   *
   * @return the encoded secret
   */
  public String revealBase32() {
    StringBuilder text = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : key) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return text.toString();
  }

  byte[] bytes() {
    return key.clone();
  }

  /**
   * Returns the number of key bytes.
   *
   * @return 16 to 64
   */
  public int length() {
    return key.length;
  }

  /** Compares two secrets in time independent of where they differ. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TotpSecret other && MessageDigest.isEqual(key, other.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  /** Returns {@code "TotpSecret[redacted]"}. */
  @Override
  public String toString() {
    return "TotpSecret[redacted]";
  }
}
