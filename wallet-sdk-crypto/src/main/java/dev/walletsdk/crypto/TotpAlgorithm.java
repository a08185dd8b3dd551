/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

/** The HMAC hash of a TOTP generator (RFC 6238 §1.2). */
public enum TotpAlgorithm {
  /** HMAC-SHA-1, the default of authenticator apps. */
  SHA1(20),
  /** HMAC-SHA-256. */
  SHA256(32),
  /** HMAC-SHA-512. */
  SHA512(64);

  private final int tagBytes;

  TotpAlgorithm(int tagBytes) {
    this.tagBytes = tagBytes;
  }

  int tagBytes() {
    return tagBytes;
  }
}
