/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.client.WalletClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures the {@code wallet} health indicator when Spring Boot's health module is on the
 * class path, there is one {@link WalletClient} bean (or a primary one), and {@code
 * management.health.wallet.enabled} is not {@code false}. Backs off when the application defines a
 * bean named {@code walletHealthIndicator}.
 */
@EnableConfigurationProperties(WalletProperties.class)
@AutoConfiguration(after = {WalletAutoConfiguration.class, WalletMockAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnSingleCandidate(WalletClient.class)
@ConditionalOnEnabledHealthIndicator("wallet")
public class WalletHealthAutoConfiguration {
  /** Creates the auto-configuration; Spring does. */
  public WalletHealthAutoConfiguration() {}

  /**
   * The health indicator, named {@code wallet}.
   *
   * @param client the client
   * @param properties the bound properties ({@code wallet.health.timeout})
   * @return the indicator
   */
  @Bean
  @ConditionalOnMissingBean(name = "walletHealthIndicator")
  public WalletHealthIndicator walletHealthIndicator(
      WalletClient client, WalletProperties properties) {
    return new WalletHealthIndicator(client, properties.getHealth().getTimeout());
  }
}
