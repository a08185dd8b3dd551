/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.RateLimitedException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.server.SignatureInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The replay protection of request signatures: checks the {@code nonce} parameter and remembers
 * each nonce per {@code keyid} in a bounded {@link ReplayCache} until its signature leaves the
 * window. Thread-safe.
 */
public final class NonceGuard {
  private final String label;
  private final Duration window;
  private final boolean required;
  private final int minLength;
  private final int maxLength;
  private final int perKey;
  private final ReplayCache replays;

  /**
   * Creates a guard.
   *
   * @param label the signature's label, for messages
   * @param window how long after {@code created} a signature stays valid
   * @param required whether a signature without a nonce is refused
   * @param minLength the shortest nonce accepted
   * @param maxLength the longest nonce accepted
   * @param perKey how many unexpired nonces one key may have
   */
  public NonceGuard(
      String label, Duration window, boolean required, int minLength, int maxLength, int perKey) {
    this.label = label;
    this.window = window;
    this.required = required;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.perKey = perKey;
    this.replays = new ReplayCache(perKey);
  }

  /**
   * Returns what replay protection keys on: the nonce, or the signature bytes for a signature
   * without one when nonces are not required.
   *
   * @param input the signature's parameters
   * @param signature the signature bytes
   * @return the replay key
   * @throws SignatureVerificationException if the nonce is missing but required, or of a length not
   *     accepted
   */
  public String replayKey(SignatureInput input, byte[] signature) {
    if (input.nonce().isEmpty()) {
      if (required) {
        throw Failures.signature("signature " + label + " has no nonce parameter");
      }
      return "signature:" + Base64.getEncoder().encodeToString(signature);
    }
    String nonce = input.nonce().get();
    if (nonce.length() < minLength || nonce.length() > maxLength) {
      throw Failures.signature(
          "signature "
              + label
              + " has a nonce of "
              + nonce.length()
              + " characters; "
              + minLength
              + " to "
              + maxLength
              + " are accepted");
    }
    return "nonce:" + nonce;
  }

  /**
   * Remembers the replay key of a signature that verified.
   *
   * @param keyId the signature's key
   * @param replayKey from {@link #replayKey}
   * @param created the signature's {@code created}, Unix seconds
   * @param now the verifier's time
   * @throws SignatureVerificationException if the key was used before within the window
   * @throws RateLimitedException if the key already has as many unexpired nonces as allowed
   */
  public void remember(String keyId, String replayKey, long created, Instant now) {
    Instant forgetAfter = Instant.ofEpochSecond(created).plus(window);
    switch (replays.use(keyId, replayKey, forgetAfter, now)) {
      case FIRST -> {}
      case REPLAYED -> throw Failures.signature("signature " + label + " was already used");
      case FULL -> throw full(keyId, now);
    }
  }

  private RateLimitedException full(String keyId, Instant now) {
    Instant free = replays.earliestExpiry(keyId, now).plusSeconds(1);
    long seconds = Math.max(1, Duration.between(now, free).toSeconds());
    return new RateLimitedException(
        "keyid \""
            + keyId
            + "\" already has "
            + perKey
            + " unexpired signatures, the most this verifier remembers per key; retry in "
            + seconds
            + " seconds",
        0,
        ErrorCode.RATE_LIMITED,
        null,
        Duration.ofSeconds(seconds));
  }

  /**
   * Returns how many nonces are remembered, over all keys.
   *
   * @return the count
   */
  public int size() {
    return replays.size();
  }
}
