/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.internal;

/** The RFC 9110 token rule (§5.6.2), one definition for header names and User-Agent products. */
public final class HttpTokens {
  private HttpTokens() {}

  /**
   * Tells whether a text is an RFC 9110 token: one or more of letters, digits and {@code
   * !#$%&'*+-.^_`|~}. The empty text is not.
   *
   * @param text the text
   * @return whether it is a token
   */
  public static boolean isToken(String text) {
    if (text.isEmpty()) {
      return false;
    }
    // A plain loop rather than a stream: every request builds its headers several times, and this
    // check showed up in the client-overhead profile (docs/performance.md).
    for (int i = 0; i < text.length(); i++) {
      if (!isTokenChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
