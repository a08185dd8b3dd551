/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Makes resource ids: deterministic for a seed and a counter, so that replaying the same writes
 * gives the same ids. Request ids come from a separate random source and never affect state.
 *
 * <p>Not thread-safe: resource ids are drawn under the engine's lock.
 */
public final class Ids {
  private static final char[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final int ID_LENGTH = 20;

  private final long seed;
  private long counter;
  private final SecureRandom requestIds = new SecureRandom();

  /**
   * Creates a generator.
   *
   * @param seed the seed of resource ids
   */
  public Ids(long seed) {
    this.seed = seed;
  }

  /**
   * Returns the next resource id.
   *
   * @param prefix the type prefix, for example {@code "wal_"}
   * @return a new id
   */
  public String next(String prefix) {
    counter++;
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest(ByteBuffer.allocate(16).putLong(seed).putLong(counter).array());
      return prefix + encode(digest, ID_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * Returns how many resource ids were drawn: a write that drew none created nothing.
   *
   * @return the count
   */
  public long issued() {
    return counter;
  }

  /**
   * Returns a fresh request id.
   *
   * @return {@code req_} followed by 20 random characters
   */
  public String requestId() {
    return "req_" + encode(random(ID_LENGTH), ID_LENGTH);
  }

  /**
   * Returns a random secret suitable for API keys: about 238 bits of entropy.
   *
   * @param prefix the key's prefix
   * @return the prefix and 40 random characters
   */
  public String secret(String prefix) {
    return prefix + encode(random(2 * ID_LENGTH), 2 * ID_LENGTH);
  }

  private byte[] random(int length) {
    byte[] bytes = new byte[length];
    synchronized (requestIds) {
      requestIds.nextBytes(bytes);
    }
    return bytes;
  }

  private static String encode(byte[] bytes, int length) {
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      id.append(ALPHABET[(bytes[i] & 0xff) % ALPHABET.length]);
    }
    return id.toString();
  }
}
