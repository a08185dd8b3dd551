package dev.walletsdk.spi;

import dev.walletsdk.SignatureVerificationException;

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
   * @param webhookId the {@code webhook-id} header
   * @param webhookTimestamp the {@code webhook-timestamp} header, Unix seconds
   * @param webhookSignature the {@code webhook-signature} header
   * @param body the raw request body, exactly as received
   * @throws SignatureVerificationException if no signature matches with any active secret, or the
   *     timestamp is missing, malformed or outside the tolerance
   */
  void verify(String webhookId, String webhookTimestamp, String webhookSignature, byte[] body);
}
