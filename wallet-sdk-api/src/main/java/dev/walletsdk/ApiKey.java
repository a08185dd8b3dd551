/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A partner's API key: a secret that authenticates every request.
 *
 * <p>{@link #toString()} reveals nothing and {@link #equals(Object)} compares in constant time. The
 * only way to read the key is {@link #reveal()}, which the client calls to build the {@code
 * Authorization} header. Instances are immutable and thread-safe.
 */
public final class ApiKey {
  private static final int MAX_LENGTH = 512;

  private final byte[] value;

  private ApiKey(byte[] value) {
    this.value = value;
  }

  /**
   * Wraps an API key.
   *
   * @param value the key, 1 to 512 visible ASCII characters
   * @return the key
   * @throws InvalidRequestException if the value is empty, too long or has other characters; the
   *     message never contains the value
   */
  public static ApiKey of(String value) {
    if (value == null || value.isEmpty()) {
      throw InvalidRequestException.forField("apiKey", "required", "apiKey is required");
    }
    if (value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw InvalidRequestException.forField(
          "apiKey",
          "invalid_format",
          "apiKey must be 1 to 512 visible ASCII characters (value not shown)");
    }
    return new ApiKey(value.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Returns the key itself. Never log the result.
   *
   * @return the secret value
   */
  public String reveal() {
    return new String(value, StandardCharsets.US_ASCII);
  }

  /**
   * Returns a short, non-reversible fingerprint that identifies the key in logs and support
   * requests without revealing it: {@code "sha256:"} and the first 8 hex digits of the key's
   * SHA-256 digest.
   *
   * @return the fingerprint
   */
  public String fingerprint() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value);
      StringBuilder hex = new StringBuilder("sha256:");
      for (int i = 0; i < 4; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Compares two keys in time independent of where they differ. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ApiKey other && MessageDigest.isEqual(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  /** Returns {@code "ApiKey[redacted]"}; the key is never part of the string. */
  @Override
  public String toString() {
    return "ApiKey[redacted]";
  }
}
