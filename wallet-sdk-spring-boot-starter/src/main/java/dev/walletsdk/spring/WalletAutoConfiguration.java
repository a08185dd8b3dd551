/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.client.AsyncWalletClient;
import dev.walletsdk.client.WalletClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configures a {@link WalletClient} and its {@link AsyncWalletClient} view from {@link
 * WalletProperties}, then every {@link WalletClientBuilderCustomizer} bean in order.
 *
 * <p>Each bean backs off when the application defines one of the same type. The client is closed
 * with the application context (closing the transport it created).
 */
@AutoConfiguration
@EnableConfigurationProperties(WalletProperties.class)
public class WalletAutoConfiguration {
  /** Creates the auto-configuration; Spring does. */
  public WalletAutoConfiguration() {}

  /**
   * The client, built from the properties and the customizers.
   *
   * @param properties the bound {@code wallet.*} properties
   * @param resources resolves the signing key store and keyset locations and the TLS files
   * @param customizers every {@link WalletClientBuilderCustomizer} bean, in order
   * @return the client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public WalletClient walletClient(
      WalletProperties properties,
      ResourceLoader resources,
      ObjectProvider<WalletClientBuilderCustomizer> customizers) {
    return TransportProperties.build(
        ClientBuilders.fromProperties(properties, resources, customizers.orderedStream().toList()));
  }

  /**
   * The asynchronous view of the client: the same pipeline, returning futures. Only when there is
   * one {@code WalletClient} (or a primary one).
   *
   * @param client the client
   * @return its asynchronous view
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnSingleCandidate(WalletClient.class)
  public AsyncWalletClient asyncWalletClient(WalletClient client) {
    return client.async();
  }
}
