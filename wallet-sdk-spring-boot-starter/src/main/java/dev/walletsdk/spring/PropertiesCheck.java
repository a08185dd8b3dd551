/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.crypto.WebhookSecret;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;
import org.springframework.validation.Errors;

/**
 * Checks {@link WalletProperties} when they are bound. Errors are object errors whose message
 * starts with the property's name: a field error would carry the rejected value, and Spring prints
 * it, so an API key or password would reach the log. Where the SDK has a check, its message is
 * reused; those never show secret values.
 */
final class PropertiesCheck {
  private static final int X25519_KEY_BYTES = 32;
  private static final String MOCK_CLASS = "dev.walletsdk.mock.MockWalletServer";

  private PropertiesCheck() {}

  static void check(WalletProperties properties, Errors errors) {
    check(properties, errors, PropertiesCheck.class.getClassLoader());
  }

  static void check(WalletProperties properties, Errors errors, ClassLoader classLoader) {
    checkEndpoint(properties, errors);
    if (properties.getMock().isEnabled()) {
      checkMock(errors, classLoader);
    }
    checkTimeouts(properties.getTimeouts(), errors);
    checkRetry(properties.getRetry(), errors);
    checkSigning(properties.getSigning(), errors);
    checkFieldEncryption(properties.getFieldEncryption(), errors);
    checkWebhook(properties.getWebhook(), errors);
    TransportProperties.check(properties, errors, classLoader);
    if (!isPositive(properties.getHealth().getTimeout())) {
      reject(
          errors,
          "wallet.health.timeout must be positive but was " + properties.getHealth().getTimeout());
    }
  }

  private static void checkEndpoint(WalletProperties properties, Errors errors) {
    if (!isBlank(properties.getBaseUrl())) {
      sdkCheck(
          errors, "wallet.base-url", () -> WalletClient.builder().baseUrl(properties.getBaseUrl()));
    }
    if (!isBlank(properties.getApiKey())) {
      sdkCheck(errors, "wallet.api-key", () -> ApiKey.of(properties.getApiKey()));
    }
  }

  private static void checkMock(Errors errors, ClassLoader classLoader) {
    if (!ClassUtils.isPresent(MOCK_CLASS, classLoader)) {
      reject(
          errors,
          "wallet.mock.enabled=true needs dev.walletsdk:wallet-sdk-mock on the class path (test"
              + " scope)");
    }
  }

  /**
   * Checks the settings only the client needs, when the starter builds it: an application that
   * defines its own {@code WalletClient} bean need not set them.
   *
   * @throws IllegalStateException naming the missing property
   */
  static void checkClientRequirements(WalletProperties properties) {
    if (properties.getMock().isEnabled()) {
      return;
    }
    if (isBlank(properties.getBaseUrl())) {
      throw new IllegalStateException(
          "wallet.base-url is required (or wallet.mock.enabled=true in tests)");
    }
    if (isBlank(properties.getApiKey())) {
      throw new IllegalStateException(
          "wallet.api-key is required (or wallet.mock.enabled=true in tests)");
    }
  }

  private static void checkTimeouts(WalletProperties.Timeouts timeouts, Errors errors) {
    sdkCheck(
        errors,
        "wallet.timeouts",
        () -> Timeouts.of(timeouts.getConnect(), timeouts.getRead(), timeouts.getCall()));
  }

  private static void checkRetry(WalletProperties.Retry retry, Errors errors) {
    sdkCheck(errors, "wallet.retry", () -> retryPolicy(retry));
  }

  static RetryPolicy retryPolicy(WalletProperties.Retry retry) {
    return RetryPolicy.builder()
        .maxRetries(retry.getMaxRetries())
        .baseDelay(retry.getBaseDelay())
        .maxDelay(retry.getMaxDelay())
        .maxRetryAfter(retry.getMaxRetryAfter())
        .build();
  }

  private static void checkSigning(WalletProperties.Signing signing, Errors errors) {
    WalletProperties.KeyStore keyStore = signing.getKeyStore();
    if (isBlank(signing.getKeyset())) {
      if (!isBlank(keyStore.getLocation())) {
        reject(errors, "wallet.signing.keyset is required when wallet.signing.key-store is set");
      }
      return;
    }
    requireWithKeyset(errors, keyStore.getLocation(), "location");
    requireWithKeyset(errors, keyStore.getPassword(), "password");
    requireWithKeyset(errors, keyStore.getAlias(), "alias");
  }

  private static void requireWithKeyset(Errors errors, @Nullable String value, String name) {
    if (isBlank(value)) {
      reject(
          errors,
          "wallet.signing.key-store." + name + " is required when wallet.signing.keyset is set");
    }
  }

  private static void checkFieldEncryption(WalletProperties.FieldEncryption fields, Errors errors) {
    boolean hasKeyId = !isBlank(fields.getKeyId());
    boolean hasKey = !isBlank(fields.getPublicKey());
    if (hasKeyId != hasKey) {
      reject(
          errors,
          "wallet.field-encryption.key-id and wallet.field-encryption.public-key must be set"
              + " together");
    } else if (hasKey) {
      checkX25519Key(String.valueOf(fields.getPublicKey()), errors);
    }
  }

  private static void checkX25519Key(String publicKey, Errors errors) {
    try {
      int length = Base64.getUrlDecoder().decode(publicKey).length;
      if (length != X25519_KEY_BYTES) {
        reject(
            errors,
            "wallet.field-encryption.public-key must be a 32-byte X25519 key but has "
                + length
                + " bytes");
      }
    } catch (IllegalArgumentException e) {
      reject(errors, "wallet.field-encryption.public-key is not base64url");
    }
  }

  private static void checkWebhook(WalletProperties.Webhook webhook, Errors errors) {
    if (webhook.getPath() == null || !webhook.getPath().startsWith("/")) {
      reject(errors, "wallet.webhook.path must start with / but was " + webhook.getPath());
    }
    if (!isPositive(webhook.getTolerance())) {
      reject(errors, "wallet.webhook.tolerance must be positive but was " + webhook.getTolerance());
    }
    for (int i = 0; i < webhook.getSecrets().size(); i++) {
      String secret = webhook.getSecrets().get(i);
      sdkCheck(errors, "wallet.webhook.secrets[" + i + "]", () -> WebhookSecret.parse(secret));
    }
  }

  /** Runs an SDK validation and reports its {@link InvalidRequestException} under the property. */
  static void sdkCheck(Errors errors, String property, Runnable check) {
    try {
      check.run();
    } catch (InvalidRequestException e) {
      reject(errors, property + ": " + e.getMessage());
    }
  }

  /** Reports one failed check; the message starts with the property's name. */
  static void reject(Errors errors, String message) {
    errors.reject("wallet.invalid", message);
  }

  private static boolean isPositive(@Nullable Duration duration) {
    return duration != null && !duration.isNegative() && !duration.isZero();
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
