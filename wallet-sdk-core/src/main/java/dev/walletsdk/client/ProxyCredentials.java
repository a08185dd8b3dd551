/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The user name and password an HTTP proxy asks for ({@code 407 Proxy Authentication Required}),
 * sent with the Basic scheme.
 *
 * <p>A secret: {@link #toString()} reveals neither part and {@link #equals(Object)} compares in
 * constant time. Immutable and thread-safe.
 */
public final class ProxyCredentials {
  private static final int MAX_LENGTH = 256;

  private final byte[] username;
  private final byte[] password;

  private ProxyCredentials(byte[] username, byte[] password) {
    this.username = username;
    this.password = password;
  }

  /**
   * Creates credentials.
   *
   * @param username 1 to 256 characters, no colon and no control characters (Basic cannot carry a
   *     colon in the user name)
   * @param password 0 to 256 characters, no control characters
   * @return the credentials
   * @throws InvalidRequestException if either part is invalid; the message never shows a value
   */
  public static ProxyCredentials of(@Nullable String username, @Nullable String password) {
    if (username == null
        || username.isEmpty()
        || username.indexOf(':') >= 0
        || !isPrintable(username)) {
      throw InvalidRequestException.forField(
          "proxyUsername",
          "invalid_format",
          "proxy username must be 1 to "
              + MAX_LENGTH
              + " characters without colon or control characters (value not shown)");
    }
    if (password == null || !isPrintable(password)) {
      throw InvalidRequestException.forField(
          "proxyPassword",
          "invalid_format",
          "proxy password must be 0 to "
              + MAX_LENGTH
              + " characters without control characters (value not shown)");
    }
    return new ProxyCredentials(
        username.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isPrintable(String value) {
    return value.length() <= MAX_LENGTH && value.chars().noneMatch(Character::isISOControl);
  }

  /**
   * Returns the user name. Never log it with the password.
   *
   * @return the user name
   */
  public String username() {
    return new String(username, StandardCharsets.UTF_8);
  }

  /**
   * Returns the password. Never log the result.
   *
   * @return the password
   */
  public String revealPassword() {
    return new String(password, StandardCharsets.UTF_8);
  }

  /** Compares both parts in time independent of where they differ. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ProxyCredentials other)) {
      return false;
    }
    boolean sameUser = MessageDigest.isEqual(username, other.username);
    boolean samePassword = MessageDigest.isEqual(password, other.password);
    return sameUser & samePassword;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(username) + Arrays.hashCode(password);
  }

  /** Returns {@code "ProxyCredentials[redacted]"}; neither part is ever in the string. */
  @Override
  public String toString() {
    return "ProxyCredentials[redacted]";
  }
}
