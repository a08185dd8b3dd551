/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.server;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.WebhookSecret;
import dev.walletsdk.crypto.internal.Failures;
import dev.walletsdk.crypto.internal.KeyAccess;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sender's side of Standard Webhooks: the {@code webhook-signature} value {@code v1,<base64 of
 * HMAC-SHA256(secret, id + "." + timestamp + "." + body)>}, one entry per active secret separated
 * by spaces, so receivers keep verifying while a secret is rotated.
 *
 * <p>Immutable and thread-safe.
 */
public final class WebhookSigner {
  private final List<WebhookSecret> secrets;

  private WebhookSigner(List<WebhookSecret> secrets) {
    this.secrets = secrets;
  }

  /**
   * Creates a signer.
   *
   * @param secrets the active secrets, in the order their signatures are listed
   * @return the signer
   * @throws InvalidRequestException if there is no secret
   */
  public static WebhookSigner of(List<WebhookSecret> secrets) {
    if (secrets.isEmpty()) {
      throw Failures.invalid("secrets", "required", "at least one webhook secret is required");
    }
    return new WebhookSigner(List.copyOf(secrets));
  }

  /**
   * Signs one delivery.
   *
   * @param webhookId the {@code webhook-id} header (the event id)
   * @param timestamp the {@code webhook-timestamp} header, sent as whole Unix seconds
   * @param body the exact body bytes that will be sent
   * @return the {@code webhook-signature} header
   * @throws InvalidRequestException if the id is empty
   */
  public String sign(String webhookId, Instant timestamp, byte[] body) {
    if (webhookId.isEmpty()) {
      throw Failures.invalid("webhookId", "required", "webhookId must not be empty");
    }
    String seconds = Long.toString(timestamp.getEpochSecond());
    return secrets.stream()
        .map(
            secret ->
                "v1,"
                    + Base64.getEncoder()
                        .encodeToString(KeyAccess.sign(secret, webhookId, seconds, body)))
        .collect(Collectors.joining(" "));
  }

  /** Returns the number of secrets; never a secret. */
  @Override
  public String toString() {
    return "WebhookSigner{secrets=" + secrets.size() + "}";
  }
}
