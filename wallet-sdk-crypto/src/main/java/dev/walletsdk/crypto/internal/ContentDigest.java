/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import dev.walletsdk.SignatureVerificationException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The {@code Content-Digest} field of RFC 9530: a dictionary of algorithm to byte sequence, here
 * {@code sha-256=:<base64 of SHA-256(body)>:}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContentDigest {
  private static final Map<String, String> ALGORITHMS =
      Map.of("sha-256", "SHA-256", "sha-512", "SHA-512");

  private ContentDigest() {}

  /**
   * Computes the field value for a body.
   *
   * @param body the content bytes, exactly as sent
   * @return {@code sha-256=:<base64>:}
   */
  public static String sha256(byte[] body) {
    return "sha-256=:" + Base64.getEncoder().encodeToString(digest("sha-256", body)) + ":";
  }

  /**
   * Checks a received field value against the body. Every {@code sha-256} and {@code sha-512}
   * member must match, compared in constant time; other algorithms are ignored; at least one of the
   * two must be present.
   *
   * @param fieldValue the {@code Content-Digest} value (field lines joined with {@code ", "})
   * @param body the content bytes, exactly as received
   * @throws SignatureVerificationException (code {@code signature_verification_failed}) if the
   *     value is malformed, has neither algorithm, or a digest does not match
   */
  public static void verify(String fieldValue, byte[] body) {
    Map<String, Object> members;
    try {
      members = StructuredFields.parseDictionary(fieldValue);
    } catch (IllegalArgumentException e) {
      throw Failures.signature(
          "Content-Digest is not a structured field dictionary: " + e.getMessage(), e);
    }
    boolean checked = false;
    for (Map.Entry<String, Object> member : members.entrySet()) {
      if (ALGORITHMS.containsKey(member.getKey())) {
        check(member.getKey(), member.getValue(), body);
        checked = true;
      }
    }
    if (!checked) {
      throw Failures.signature("Content-Digest has no sha-256 or sha-512 digest");
    }
  }

  private static void check(String algorithm, Object member, byte[] body) {
    if (!(member instanceof StructuredFields.Item item && item.value() instanceof byte[] value)) {
      throw Failures.signature("Content-Digest " + algorithm + " is not a byte sequence");
    }
    if (!MessageDigest.isEqual(value, digest(algorithm, body))) {
      throw Failures.signature("Content-Digest " + algorithm + " does not match the body");
    }
  }

  private static byte[] digest(String algorithm, byte[] body) {
    try {
      return MessageDigest.getInstance(ALGORITHMS.get(algorithm)).digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides " + algorithm, e);
    }
  }
}
