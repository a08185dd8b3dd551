/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.mac.HmacKey;
import com.google.crypto.tink.mac.HmacParameters;
import com.google.crypto.tink.subtle.PrfMac;
import com.google.crypto.tink.util.SecretBytes;
import dev.walletsdk.InvalidRequestException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226), computed with Tink's HMAC.
 *
 * <p>A code is accepted in its own time step and {@code window} steps either side, compared in
 * constant time. To refuse a code used before, pass the last step that succeeded to {@link
 * #verify(TotpSecret, String, Instant, long)}: only a later step is accepted.
 *
 * <p>Immutable and thread-safe.
 */
public final class Totp {
  private static final Totp DEFAULT = new Totp(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30), 1);
  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  private final TotpAlgorithm algorithm;
  private final int digits;
  private final Duration period;
  private final int window;

  private Totp(TotpAlgorithm algorithm, int digits, Duration period, int window) {
    this.algorithm = algorithm;
    this.digits = digits;
    this.period = period;
    this.window = window;
  }

  /**
   * Returns the setting of authenticator apps: SHA-1, 6 digits, 30 seconds, one step either side.
   *
   * @return the default generator
   */
  public static Totp defaults() {
    return DEFAULT;
  }

  /**
   * Creates a generator.
   *
   * @param algorithm the HMAC hash
   * @param digits 6 to 8
   * @param period the time step, 1 second or more, in whole seconds
   * @param window how many steps either side are accepted, 0 to 2
   * @return the generator
   * @throws InvalidRequestException if a value is out of range
   */
  public static Totp of(TotpAlgorithm algorithm, int digits, Duration period, int window) {
    if (digits < 6 || digits > 8) {
      throw InvalidRequestException.forField(
          "digits", "out_of_range", "digits must be between 6 and 8 but was " + digits);
    }
    if (period.getSeconds() < 1 || period.getNano() != 0) {
      throw InvalidRequestException.forField(
          "period", "out_of_range", "period must be a whole number of seconds, at least 1");
    }
    if (window < 0 || window > 2) {
      throw InvalidRequestException.forField(
          "window", "out_of_range", "window must be between 0 and 2 but was " + window);
    }
    return new Totp(algorithm, digits, period, window);
  }

  /**
   * Returns the time step that contains an instant.
   *
   * @param at the instant
   * @return {@code floor(epochSeconds / period)}
   */
  public long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), period.getSeconds());
  }

  /**
   * Computes the code for an instant.
   *
   * @param secret the shared secret
   * @param at the instant
   * @return the code, zero-padded to the configured number of digits
   */
  public String generate(TotpSecret secret, Instant at) {
    return codeForStep(mac(secret), step(at));
  }

  /**
   * Checks a code at an instant, within the window, accepting only steps after {@code
   * lastUsedStep}.
   *
   * @param secret the shared secret
   * @param code the code the user entered
   * @param at the instant of verification
   * @param lastUsedStep the step of the last accepted code, or {@code Long.MIN_VALUE} for none
   * @return the matching step, to store as the new last used step; empty if the code is wrong,
   *     outside the window or already used
   */
  public OptionalLong verify(
      TotpSecret secret, @Nullable String code, Instant at, long lastUsedStep) {
    if (code == null || code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    Mac mac = mac(secret);
    long now = step(at);
    long matched = Long.MIN_VALUE;
    for (long step = now - window; step <= now + window; step++) {
      boolean equal =
          MessageDigest.isEqual(
              codeForStep(mac, step).getBytes(StandardCharsets.US_ASCII),
              code.getBytes(StandardCharsets.US_ASCII));
      if (equal && step > lastUsedStep) {
        matched = step;
      }
    }
    return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
  }

  private String codeForStep(Mac mac, long step) {
    byte[] hash;
    try {
      hash = mac.computeMac(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC failed", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    String code = Integer.toString(binary % POWERS[digits]);
    return "0".repeat(digits - code.length()) + code;
  }

  private Mac mac(TotpSecret secret) {
    byte[] key = secret.bytes();
    try {
      HmacParameters parameters =
          HmacParameters.builder()
              .setKeySizeBytes(key.length)
              .setTagSizeBytes(algorithm.tagBytes())
              .setHashType(hashType())
              .setVariant(HmacParameters.Variant.NO_PREFIX)
              .build();
      HmacKey hmacKey =
          HmacKey.builder()
              .setParameters(parameters)
              .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
              .build();
      return PrfMac.create(hmacKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC key rejected by Tink", e);
    }
  }

  private HmacParameters.HashType hashType() {
    return switch (algorithm) {
      case SHA1 -> HmacParameters.HashType.SHA1;
      case SHA256 -> HmacParameters.HashType.SHA256;
      case SHA512 -> HmacParameters.HashType.SHA512;
    };
  }

  /**
   * Returns the number of digits.
   *
   * @return 6 to 8
   */
  public int digits() {
    return digits;
  }

  /**
   * Returns the time step.
   *
   * @return the period
   */
  public Duration period() {
    return period;
  }

  @Override
  public String toString() {
    return "Totp{" + algorithm + ", " + digits + " digits, " + period + ", ±" + window + "}";
  }
}
