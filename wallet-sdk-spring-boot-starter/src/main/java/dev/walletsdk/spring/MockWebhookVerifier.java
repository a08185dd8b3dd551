/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.StandardWebhookVerifier;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.WebhookEndpoint;
import dev.walletsdk.spi.WebhookVerifier;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Verifies deliveries with the secret of the endpoint the mock was given when the application's web
 * server started, with the mock's clock; before that, rejects every delivery.
 */
final class MockWebhookVerifier implements WebhookVerifier {
  private final AtomicReference<@Nullable WebhookVerifier> registered = new AtomicReference<>();

  /**
   * Registers an endpoint with the mock, once, and verifies with its secret from then on. Takes no
   * web-server type, so this class loads in applications without one.
   */
  synchronized void register(MockWalletServer mock, URI url) {
    if (registered.get() != null) {
      return;
    }
    WebhookEndpoint endpoint = mock.webhooks().addEndpoint(url);
    registered.set(
        StandardWebhookVerifier.create(List.of(endpoint.secret()), mock.control().clock()));
  }

  @Override
  public void verify(
      @Nullable String webhookId,
      @Nullable String webhookTimestamp,
      @Nullable String webhookSignature,
      byte[] body) {
    WebhookVerifier verifier = registered.get();
    if (verifier == null) {
      throw new SignatureVerificationException(
          "no webhook endpoint is registered with the embedded mock yet",
          0,
          ErrorCode.SIGNATURE_VERIFICATION_FAILED,
          null,
          null);
    }
    verifier.verify(webhookId, webhookTimestamp, webhookSignature, body);
  }

  @Override
  public String toString() {
    return "MockWebhookVerifier{registered=" + (registered.get() != null) + "}";
  }
}
