/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.server;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.hybrid.HpkeParameters;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.internal.Checks;
import dev.walletsdk.crypto.internal.Failures;
import dev.walletsdk.crypto.internal.HpkeSuite;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.spi.EncryptedField;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recipient's side of field encryption: X25519 key pairs, each named by a key id, for the
 * scheme {@value EncryptedField#HPKE_X25519_SHA256_AES256GCM}.
 *
 * <p>Several keys may be active at once, so a key can be rotated without breaking senders that
 * still use the previous one: {@link #generate(String) generate} the new key, publish {@link
 * #serverKeys()} (senders encrypt to the newest), and {@link #retire(String) retire} the old key
 * once no sender uses it. Private keys never leave the ring: they live only inside Tink's HPKE
 * primitive.
 *
 * <p>Thread-safe.
 */
public final class HpkeKeyRing {
  private final Clock clock;
  private final Map<String, RingKey> keys = new ConcurrentHashMap<>();

  private record RingKey(ServerKey serverKey, HybridDecrypt decrypter) {}

  private HpkeKeyRing(Clock clock) {
    this.clock = clock;
  }

  /**
   * Creates an empty ring.
   *
   * @param clock stamps each new key's {@code createdAt}
   * @return the ring
   */
  public static HpkeKeyRing create(Clock clock) {
    return new HpkeKeyRing(clock);
  }

  /**
   * Generates a new X25519 key pair and adds it to the ring.
   *
   * @param keyId the new key's id ({@code kid}): 1 to 64 visible ASCII characters
   * @return the public key as the server publishes it, of use {@link KeyUse#FIELD_ENCRYPTION}
   * @throws InvalidRequestException if the key id is malformed or already in the ring
   */
  public ServerKey generate(String keyId) {
    return add(keyId, HpkeSuite.newPrivateKey());
  }

  /**
   * Adds an existing X25519 private key to the ring, for a key kept outside the process (a KMS, a
   * sealed file) or derived from a secret seed.
   *
   * @param keyId the key's id ({@code kid}): 1 to 64 visible ASCII characters
   * @param privateKey the raw 32-byte X25519 private key; copied
   * @return the public key as the server publishes it, of use {@link KeyUse#FIELD_ENCRYPTION}
   * @throws InvalidRequestException if the key id is malformed or already in the ring, or the key
   *     is not 32 bytes
   */
  public ServerKey add(String keyId, byte[] privateKey) {
    Checks.keyId("keyId", keyId);
    if (privateKey == null || privateKey.length != HpkeSuite.KEY_BYTES) {
      throw Failures.invalid(
          "privateKey",
          "invalid_length",
          "an X25519 private key is " + HpkeSuite.KEY_BYTES + " bytes");
    }
    RingKey key;
    try {
      byte[] copy = privateKey.clone();
      key = new RingKey(serverKey(keyId, HpkeSuite.publicKeyOf(copy)), decrypter(copy));
    } catch (GeneralSecurityException e) {
      throw Failures.invalid("privateKey", "invalid_key", "Tink rejected the X25519 key");
    }
    if (keys.putIfAbsent(keyId, key) != null) {
      throw Failures.invalid("keyId", "duplicate", "key \"" + keyId + "\" is already in the ring");
    }
    return key.serverKey();
  }

  /**
   * Returns a key's raw public key.
   *
   * @param keyId the key's id
   * @return the 32-byte X25519 public key
   * @throws InvalidRequestException if the ring holds no such key
   */
  public byte[] publicKey(String keyId) {
    RingKey key = keys.get(keyId);
    if (key == null) {
      throw Failures.invalid("keyId", "not_found", "key \"" + keyId + "\" is not in the ring");
    }
    return key.serverKey().publicKey();
  }

  /**
   * Returns the public keys to publish at {@code GET /v1/keys}, oldest first.
   *
   * @return an immutable list, ordered by {@code createdAt} and then key id
   */
  public List<ServerKey> serverKeys() {
    return keys.values().stream()
        .map(RingKey::serverKey)
        .sorted(Comparator.comparing(ServerKey::createdAt).thenComparing(ServerKey::keyId))
        .toList();
  }

  /**
   * Removes a key; fields encrypted to it can no longer be decrypted.
   *
   * @param keyId the key's id
   * @return {@code true} if the key was in the ring
   */
  public boolean retire(String keyId) {
    return keys.remove(keyId) != null;
  }

  Optional<HybridDecrypt> decrypter(String keyId) {
    return Optional.ofNullable(keys.get(keyId)).map(RingKey::decrypter);
  }

  private ServerKey serverKey(String keyId, byte[] publicKey) {
    return ServerKey.builder()
        .keyId(keyId)
        .use(KeyUse.FIELD_ENCRYPTION)
        .algorithm(EncryptedField.HPKE_X25519_SHA256_AES256GCM)
        .publicKey(publicKey)
        .createdAt(clock.instant())
        .build();
  }

  private static HybridDecrypt decrypter(byte[] privateKey) throws GeneralSecurityException {
    return HpkeSuite.decrypter(privateKey, HpkeParameters.AeadId.AES_256_GCM);
  }

  /** Lists the key ids, never key material. */
  @Override
  public String toString() {
    return "HpkeKeyRing" + serverKeys().stream().map(ServerKey::keyId).toList();
  }
}
