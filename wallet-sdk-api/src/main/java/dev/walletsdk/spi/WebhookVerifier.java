/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import dev.walletsdk.SignatureVerificationException;
import org.jspecify.annotations.Nullable;

/**
 * Verifies that a webhook delivery comes from the wallet platform and is fresh, per the Standard
 * Webhooks specification: {@code webhook-signature} holds one or more {@code v1,<base64
 * HMAC-SHA256(secret, id + "." + timestamp + "." + body)>} separated by spaces, and the timestamp
 * must be within the tolerance of the receiver's clock.
 *
 * <p>Implementations compare signatures in constant time and must be thread-safe.
 */
@FunctionalInterface
public interface WebhookVerifier {
  /**
   * Verifies one delivery.
   *
   * @param webhookId the {@code webhook-id} header, or {@code null} if it is missing
   * @param webhookTimestamp the {@code webhook-timestamp} header, Unix seconds, or {@code null}
   * @param webhookSignature the {@code webhook-signature} header, or {@code null}
   * @param body the raw request body, exactly as received
   * @throws SignatureVerificationException if a header is missing, no signature matches with any
   *     active secret, or the timestamp is malformed or outside the tolerance
   */
  void verify(
      @Nullable String webhookId,
      @Nullable String webhookTimestamp,
      @Nullable String webhookSignature,
      byte[] body);
}
