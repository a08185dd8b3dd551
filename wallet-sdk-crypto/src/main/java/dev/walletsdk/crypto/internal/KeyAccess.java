/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import dev.walletsdk.crypto.Ed25519KeyPair;
import dev.walletsdk.crypto.WebhookSecret;
import java.util.Objects;

/**
 * Lets the module's non-exported packages sign with key material whose signing operation the
 * exported package keeps package-private ({@link Ed25519KeyPair} and {@link WebhookSecret}), so
 * that operation never becomes public API. Each of those classes installs its operation when it is
 * initialized, which has happened by the time anyone holds an instance of it.
 */
public final class KeyAccess {
  /** Signs with an {@link Ed25519KeyPair}. */
  public interface Ed25519Signing {
    /**
     * Signs a message.
     *
     * @param keyPair the key pair
     * @param message the bytes to sign
     * @return the 64-byte signature
     */
    byte[] sign(Ed25519KeyPair keyPair, byte[] message);
  }

  /** Computes Standard Webhooks MACs with a {@link WebhookSecret}. */
  public interface WebhookSigning {
    /**
     * Computes HMAC-SHA256 over {@code id + "." + timestamp + "." + body}.
     *
     * @param secret the secret
     * @param webhookId the webhook id
     * @param timestamp the timestamp in whole Unix seconds
     * @param body the body bytes
     * @return the 32-byte MAC
     */
    byte[] sign(WebhookSecret secret, String webhookId, String timestamp, byte[] body);
  }

  private static volatile Ed25519Signing ed25519;
  private static volatile WebhookSigning webhook;

  private KeyAccess() {}

  /**
   * Installs the Ed25519 signing operation; called once by {@link Ed25519KeyPair}.
   *
   * @param signing the operation
   */
  public static void install(Ed25519Signing signing) {
    ed25519 = Objects.requireNonNull(signing, "signing");
  }

  /**
   * Installs the webhook signing operation; called once by {@link WebhookSecret}.
   *
   * @param signing the operation
   */
  public static void install(WebhookSigning signing) {
    webhook = Objects.requireNonNull(signing, "signing");
  }

  /**
   * Signs with a key pair.
   *
   * @param keyPair the key pair (its class is initialized, so its operation is installed)
   * @param message the bytes to sign
   * @return the 64-byte signature
   */
  public static byte[] sign(Ed25519KeyPair keyPair, byte[] message) {
    return Objects.requireNonNull(ed25519, "Ed25519KeyPair not initialized").sign(keyPair, message);
  }

  /**
   * Computes a Standard Webhooks MAC.
   *
   * @param secret the secret (its class is initialized, so its operation is installed)
   * @param webhookId the webhook id
   * @param timestamp the timestamp in whole Unix seconds
   * @param body the body bytes
   * @return the 32-byte MAC
   */
  public static byte[] sign(WebhookSecret secret, String webhookId, String timestamp, byte[] body) {
    return Objects.requireNonNull(webhook, "WebhookSecret not initialized")
        .sign(secret, webhookId, timestamp, body);
  }
}
