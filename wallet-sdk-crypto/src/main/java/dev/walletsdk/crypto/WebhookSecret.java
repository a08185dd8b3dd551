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
import dev.walletsdk.crypto.internal.Failures;
import dev.walletsdk.crypto.internal.KeyAccess;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of 16 to 64 random
 * bytes, the HMAC-SHA256 key of the {@code v1} signature scheme.
 *
 * <p>{@link #toString()} reveals nothing and {@link #equals(Object)} compares in constant time.
 * Secrets shorter than 16 bytes are refused: Tink's HMAC does not accept shorter keys. Immutable
 * and thread-safe.
 */
public final class WebhookSecret {
  static {
    KeyAccess.install(
        (WebhookSecret secret, String webhookId, String timestamp, byte[] body) ->
            secret.sign(webhookId, timestamp, body));
  }

  /** The prefix of the text form. */
  public static final String PREFIX = "whsec_";

  private static final int MIN_BYTES = 16;
  private static final int MAX_BYTES = 64;
  private static final int RANDOM_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;
  private final Mac mac;

  private WebhookSecret(byte[] key) {
    this.key = key;
    this.mac = hmacSha256(key);
  }

  /**
   * Generates a new secret of 32 bytes from the JDK's {@code SecureRandom}.
   *
   * @return the secret
   */
  public static WebhookSecret random() {
    byte[] key = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(key);
    return new WebhookSecret(key);
  }

  /**
   * Reads a secret in its text form.
   *
   * @param text {@code whsec_} followed by standard base64, padding optional
   * @return the secret
   * @throws InvalidRequestException if the text is missing, lacks the prefix, is not base64 or
   *     decodes to fewer than 16 or more than 64 bytes; the message never shows the text
   */
  public static WebhookSecret parse(@Nullable String text) {
    if (text == null) {
      throw Failures.invalid("webhookSecret", "required", "webhookSecret is required");
    }
    if (!text.startsWith(PREFIX)) {
      throw Failures.invalid(
          "webhookSecret",
          "invalid_format",
          "webhookSecret must start with whsec_ (value not shown)");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw Failures.invalid(
          "webhookSecret",
          "invalid_format",
          "webhookSecret is not whsec_ followed by base64 (value not shown)");
    }
    return ofBytes(key);
  }

  /**
   * Wraps raw key bytes.
   *
   * @param key 16 to 64 bytes; copied
   * @return the secret
   * @throws InvalidRequestException if the length is out of range; the message never shows the key
   */
  public static WebhookSecret ofBytes(byte[] key) {
    if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
      throw Failures.invalid(
          "webhookSecret",
          "invalid_length",
          "webhookSecret must be 16 to 64 bytes but has " + key.length + " (value not shown)");
    }
    return new WebhookSecret(key.clone());
  }

  /**
   * Returns the text form, to show once to the partner when the endpoint is registered. Never log
   * the result.
   *
   * @return {@code whsec_} followed by standard base64 with padding
   */
  public String reveal() {
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /**
   * Returns the number of key bytes.
   *
   * @return 16 to 64
   */
  public int length() {
    return key.length;
  }

  /** Computes HMAC-SHA256 over {@code id + "." + timestamp + "." + body}. */
  byte[] sign(String webhookId, String timestamp, byte[] body) {
    ByteArrayOutputStream content = new ByteArrayOutputStream(body.length + 64);
    content.writeBytes((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
    content.writeBytes(body);
    try {
      return mac.computeMac(content.toByteArray());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 failed", e);
    }
  }

  private static Mac hmacSha256(byte[] key) {
    try {
      HmacParameters parameters =
          HmacParameters.builder()
              .setKeySizeBytes(key.length)
              .setTagSizeBytes(32)
              .setHashType(HmacParameters.HashType.SHA256)
              .setVariant(HmacParameters.Variant.NO_PREFIX)
              .build();
      return PrfMac.create(
          HmacKey.builder()
              .setParameters(parameters)
              .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
              .build());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink rejected a 16 to 64-byte HMAC key", e);
    }
  }

  /** Compares two secrets in time independent of where they differ. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WebhookSecret other && MessageDigest.isEqual(key, other.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  /** Returns {@code "WebhookSecret[redacted]"}. */
  @Override
  public String toString() {
    return "WebhookSecret[redacted]";
  }
}
