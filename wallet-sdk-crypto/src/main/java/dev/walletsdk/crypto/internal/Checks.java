/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import org.jspecify.annotations.Nullable;

/** Validation of the identifiers and pointers the crypto API accepts. */
public final class Checks {
  private static final int MAX_KEY_ID_LENGTH = 64;

  private Checks() {}

  /**
   * Checks a key id: 1 to 64 visible ASCII characters, so it fits headers and the {@code kid}
   * members of Wallet API v1.
   *
   * @param field the argument's name, for the message
   * @param keyId the key id
   * @return the key id
   * @throws dev.walletsdk.InvalidRequestException if it is missing or not of that form
   */
  public static String keyId(String field, @Nullable String keyId) {
    if (keyId == null) {
      throw Failures.invalid(field, "required", field + " is required");
    }
    boolean visible = keyId.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    if (keyId.isEmpty() || keyId.length() > MAX_KEY_ID_LENGTH || !visible) {
      throw Failures.invalid(
          field,
          "invalid_format",
          field + " must be 1 to 64 visible ASCII characters but was \"" + keyId + "\"");
    }
    return keyId;
  }

  /**
   * Checks an RFC 6901 JSON pointer: empty, or {@code /} followed by reference tokens in which
   * {@code ~} is only used as {@code ~0} or {@code ~1}.
   *
   * @param pointer the pointer
   * @return the pointer
   * @throws dev.walletsdk.InvalidRequestException if it is not a pointer
   */
  public static String jsonPointer(@Nullable String pointer) {
    if (pointer == null) {
      throw Failures.invalid("jsonPointer", "required", "jsonPointer is required");
    }
    if (!pointer.isEmpty() && (pointer.charAt(0) != '/' || hasBadTilde(pointer))) {
      throw Failures.invalid(
          "jsonPointer",
          "invalid_format",
          "jsonPointer \"" + pointer + "\" is not an RFC 6901 JSON pointer");
    }
    return pointer;
  }

  private static boolean hasBadTilde(String pointer) {
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '~') {
        char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : ' ';
        if (next != '0' && next != '1') {
          return true;
        }
      }
    }
    return false;
  }
}
