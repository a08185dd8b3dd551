/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.crypto.KeysetWrappingKey;
import dev.walletsdk.crypto.SigningKeyset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Fills a {@link WalletClient.Builder} from {@link WalletProperties}, then the customizers. */
final class ClientBuilders {
  private ClientBuilders() {}

  static WalletClient.Builder fromProperties(
      WalletProperties properties,
      ResourceLoader resources,
      List<WalletClientBuilderCustomizer> customizers) {
    PropertiesCheck.checkClientRequirements(properties);
    WalletClient.Builder builder = WalletClient.builder();
    if (properties.getBaseUrl() != null) {
      builder.baseUrl(properties.getBaseUrl());
    }
    if (properties.getApiKey() != null) {
      builder.apiKey(ApiKey.of(properties.getApiKey()));
    }
    if (properties.isAllowInsecureHttp()) {
      builder.allowInsecureHttp();
    }
    WalletProperties.Timeouts timeouts = properties.getTimeouts();
    builder.timeouts(Timeouts.of(timeouts.getConnect(), timeouts.getRead(), timeouts.getCall()));
    builder.retries(PropertiesCheck.retryPolicy(properties.getRetry()));
    if (properties.getSigning().getKeyset() != null) {
      SigningKeyset keyset = signingKeyset(properties.getSigning(), resources);
      builder.requestSigning(Ed25519RequestSigner.fromKeyset(keyset, Clock.systemUTC()));
    }
    WalletProperties.FieldEncryption fields = properties.getFieldEncryption();
    if (fields.getKeyId() != null && fields.getPublicKey() != null) {
      builder.fieldEncryption(
          HpkeFieldEncryptor.forPublicKey(
              fields.getKeyId(), Base64.getUrlDecoder().decode(fields.getPublicKey())));
    }
    TransportProperties.apply(properties, resources, builder);
    customizers.forEach(customizer -> customizer.customize(builder));
    return builder;
  }

  /**
   * Loads the signing keyset: the key store, its AES entry, then the encrypted keyset.
   *
   * @throws IllegalStateException naming the property whose resource cannot be read
   */
  static SigningKeyset signingKeyset(WalletProperties.Signing signing, ResourceLoader resources) {
    WalletProperties.KeyStore store = signing.getKeyStore();
    char[] storePassword = String.valueOf(store.getPassword()).toCharArray();
    char[] keyPassword =
        store.getKeyPassword() != null ? store.getKeyPassword().toCharArray() : storePassword;
    KeysetWrappingKey wrapping =
        KeysetWrappingKey.fromKeyStore(
            keyStore(store, storePassword, resources),
            String.valueOf(store.getAlias()),
            keyPassword);
    String json = read(resources, "wallet.signing.keyset", String.valueOf(signing.getKeyset()));
    return SigningKeyset.fromEncryptedJson(json, wrapping);
  }

  private static KeyStore keyStore(
      WalletProperties.KeyStore store, char[] password, ResourceLoader resources) {
    String location = String.valueOf(store.getLocation());
    Resource resource = resources.getResource(location);
    try (InputStream in = resource.getInputStream()) {
      KeyStore keyStore = KeyStore.getInstance(store.getType());
      keyStore.load(in, password);
      return keyStore;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "wallet.signing.key-store.location: key store "
              + location
              + " could not be opened as "
              + store.getType()
              + " ("
              + e.getClass().getSimpleName()
              + "; wrong password or file)",
          e);
    }
  }

  private static String read(ResourceLoader resources, String property, String location) {
    try (InputStream in = resources.getResource(location).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(property + ": " + location + " could not be read", e);
    }
  }
}
