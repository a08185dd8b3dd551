/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

/** Signs and verifies the platform's payment tokens with the platform's signing key. */
public interface TokenSigner {
  /**
   * Signs the claims of a token.
   *
   * @param claimsJson the UTF-8 JSON of the claims
   * @return the detached Ed25519 signature, unpadded base64url
   */
  String sign(byte[] claimsJson);

  /**
   * Verifies a signature made by {@link #sign(byte[])}.
   *
   * @param claimsJson the UTF-8 JSON of the claims
   * @param signature the signature to check
   * @return {@code true} if the platform made it over exactly these claims
   */
  boolean verify(byte[] claimsJson, String signature);
}
