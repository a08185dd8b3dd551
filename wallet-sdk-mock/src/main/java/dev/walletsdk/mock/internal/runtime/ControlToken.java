/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * The secret a shared mock's control plane asks for in the {@value #HEADER} header. Compared in
 * constant time (SHA-256 of both sides, then {@link MessageDigest#isEqual}); {@link #toString()}
 * reveals nothing.
 */
public final class ControlToken {
  /** The request header that carries the token; distinct from the API's Authorization header. */
  public static final String HEADER = "Mock-Control-Token";

  private static final int MIN_LENGTH = 16;
  private static final int MAX_LENGTH = 256;

  private final byte[] digest;

  private ControlToken(byte[] digest) {
    this.digest = digest;
  }

  /**
   * Creates a token.
   *
   * @param token 16 to 256 visible ASCII characters, no spaces
   * @return the token
   * @throws IllegalArgumentException if the token is too short, too long or has other characters;
   *     the message never contains the token
   */
  public static ControlToken of(String token) {
    if (token.length() < MIN_LENGTH || token.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "the control token must be "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH
              + " characters, not "
              + token.length());
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(
            "the control token must be visible ASCII characters without spaces (position "
                + i
                + ")");
      }
    }
    return new ControlToken(sha256(token));
  }

  /**
   * Tells whether a presented value is the token, in time that does not depend on either.
   *
   * @param presented the header's value, or {@code null} if absent
   * @return {@code true} if it matches
   */
  public boolean matches(@Nullable String presented) {
    return MessageDigest.isEqual(digest, sha256(presented == null ? "" : presented))
        && presented != null;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "ControlToken[redacted]";
  }
}
