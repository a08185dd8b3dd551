/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.server;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a partner's Ed25519 public key by the {@code keyid} of a request signature, for {@link
 * Rfc9421Verifier}. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface SigningKeyResolver {
  /**
   * Looks up a key.
   *
   * @param keyId the {@code keyid} signature parameter
   * @return the raw 32-byte Ed25519 public key, or empty if the key id is unknown
   */
  Optional<byte[]> publicKey(String keyId);

  /**
   * Resolves from a fixed map.
   *
   * @param publicKeys key id to raw 32-byte Ed25519 public key; copied
   * @return the resolver
   */
  static SigningKeyResolver of(Map<String, byte[]> publicKeys) {
    Map<String, byte[]> copy = new HashMap<>();
    publicKeys.forEach((keyId, key) -> copy.put(keyId, key.clone()));
    return keyId -> Optional.ofNullable(copy.get(keyId)).map(byte[]::clone);
  }
}
