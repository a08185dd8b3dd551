/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.internal.Failures;
import dev.walletsdk.spi.WebhookVerifier;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The receiver's side of Standard Webhooks: checks that a delivery's {@code webhook-timestamp} is
 * within the tolerance of the receiver's clock (5 minutes either way by default) and that one of
 * the {@code v1} signatures in {@code webhook-signature} matches HMAC-SHA256 of {@code id + "." +
 * timestamp + "." + body} under one of the active secrets. Entries of other versions are ignored.
 * Signatures are compared in constant time.
 *
 * <p>Immutable and thread-safe. Duplicates are not detected here: receivers deduplicate by {@code
 * webhook-id}.
 */
public final class StandardWebhookVerifier implements WebhookVerifier {
  /** The default tolerance: 5 minutes either way. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final int MAX_TIMESTAMP_DIGITS = 12;

  private final List<WebhookSecret> secrets;
  private final Clock clock;
  private final Duration tolerance;

  private StandardWebhookVerifier(List<WebhookSecret> secrets, Clock clock, Duration tolerance) {
    this.secrets = secrets;
    this.clock = clock;
    this.tolerance = tolerance;
  }

  /**
   * Creates a verifier with the default tolerance.
   *
   * @param secrets the active secrets; during a rotation, the old and the new one
   * @param clock the receiver's clock
   * @return the verifier
   * @throws InvalidRequestException if there is no secret
   */
  public static StandardWebhookVerifier create(List<WebhookSecret> secrets, Clock clock) {
    if (secrets.isEmpty()) {
      throw Failures.invalid("secrets", "required", "at least one webhook secret is required");
    }
    return new StandardWebhookVerifier(List.copyOf(secrets), clock, DEFAULT_TOLERANCE);
  }

  /**
   * Returns a verifier with another tolerance.
   *
   * @param tolerance how far the timestamp may be from the clock, either way; whole seconds,
   *     positive
   * @return a new verifier
   * @throws InvalidRequestException if the tolerance is not a positive whole number of seconds
   */
  public StandardWebhookVerifier withTolerance(Duration tolerance) {
    if (tolerance.isNegative() || tolerance.isZero() || tolerance.getNano() != 0) {
      throw Failures.invalid(
          "tolerance", "out_of_range", "tolerance must be a positive whole number of seconds");
    }
    return new StandardWebhookVerifier(secrets, clock, tolerance);
  }

  /**
   * Verifies one delivery.
   *
   * @param webhookId the {@code webhook-id} header
   * @param webhookTimestamp the {@code webhook-timestamp} header, Unix seconds
   * @param webhookSignature the {@code webhook-signature} header
   * @param body the raw body, exactly as received
   * @throws SignatureVerificationException (code {@code signature_verification_failed}) if a header
   *     is missing or malformed, the timestamp is outside the tolerance, or no {@code v1} signature
   *     matches
   */
  @Override
  public void verify(
      @Nullable String webhookId,
      @Nullable String webhookTimestamp,
      @Nullable String webhookSignature,
      byte[] body) {
    String id = required("webhook-id", webhookId);
    String timestamp = required("webhook-timestamp", webhookTimestamp);
    String signatures = required("webhook-signature", webhookSignature);
    checkTimestamp(timestamp);
    List<byte[]> candidates = v1Signatures(signatures);
    for (WebhookSecret secret : secrets) {
      byte[] expected = secret.sign(id, timestamp, body);
      for (byte[] candidate : candidates) {
        if (MessageDigest.isEqual(expected, candidate)) {
          return;
        }
      }
    }
    throw Failures.signature("no v1 signature in webhook-signature matches an active secret");
  }

  private static String required(String header, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw Failures.signature(header + " header is missing");
    }
    return value;
  }

  private void checkTimestamp(String timestamp) {
    boolean digits = timestamp.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digits || timestamp.length() > MAX_TIMESTAMP_DIGITS) {
      throw Failures.signature("webhook-timestamp must be Unix seconds (1 to 12 digits)");
    }
    long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
    if (Math.abs(age) > tolerance.getSeconds()) {
      throw Failures.signature(
          "webhook-timestamp is "
              + Math.abs(age)
              + (age > 0 ? " seconds in the past" : " seconds in the future")
              + ", more than the tolerance of "
              + tolerance.getSeconds());
    }
  }

  private static List<byte[]> v1Signatures(String header) {
    List<byte[]> signatures = new ArrayList<>();
    boolean anyV1 = false;
    // Only spaces separate signatures (and may surround them); anything else, control characters
    // included, belongs to a signature and makes it fail to decode.
    for (String entry : header.replaceAll("^ +| +$", "").split(" +")) {
      if (entry.startsWith("v1,")) {
        anyV1 = true;
        decode(entry.substring(3)).ifPresent(signatures::add);
      }
    }
    if (!anyV1) {
      throw Failures.signature("webhook-signature has no v1 signature");
    }
    return signatures;
  }

  private static Optional<byte[]> decode(String base64) {
    try {
      return Optional.of(Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Returns the number of secrets and the tolerance; never a secret. */
  @Override
  public String toString() {
    return "StandardWebhookVerifier{secrets=" + secrets.size() + ", tolerance=" + tolerance + "}";
  }
}
