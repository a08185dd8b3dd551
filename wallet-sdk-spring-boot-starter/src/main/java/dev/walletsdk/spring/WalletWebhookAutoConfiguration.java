/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.client.EventDispatcher;
import dev.walletsdk.client.WebhookHandler;
import dev.walletsdk.crypto.StandardWebhookVerifier;
import dev.walletsdk.crypto.WebhookSecret;
import dev.walletsdk.spi.WebhookVerifier;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configures webhook reception, each step only if the one before it exists (the application
 * may define any of them itself):
 *
 * <ol>
 *   <li>a {@link WebhookVerifier} from {@code wallet.webhook.secrets} (Standard Webhooks, the
 *       system clock, {@code wallet.webhook.tolerance}), when at least one secret is set;
 *   <li>a {@link WebhookHandler} when there is a {@code WebhookVerifier};
 *   <li>a {@link WalletWebhookReceiver} dispatching to every {@link EventDispatcher} bean in order,
 *       when there is a {@code WebhookHandler};
 * </ol>
 *
 * <p>{@link WalletWebhookEndpointAutoConfiguration} then exposes the receiver over HTTP.
 */
@EnableConfigurationProperties(WalletProperties.class)
@AutoConfiguration(after = WalletMockAutoConfiguration.class)
@Import({
  WalletWebhookAutoConfiguration.VerifierConfiguration.class,
  WalletWebhookAutoConfiguration.ReceiverConfiguration.class
})
public class WalletWebhookAutoConfiguration {
  /** Creates the auto-configuration; Spring does. */
  public WalletWebhookAutoConfiguration() {}

  @Configuration(proxyBeanMethods = false)
  @Conditional(OnWebhookSecretsCondition.class)
  static class VerifierConfiguration {
    @Bean
    @ConditionalOnMissingBean
    WebhookVerifier walletWebhookVerifier(WalletProperties properties) {
      WalletProperties.Webhook webhook = properties.getWebhook();
      return StandardWebhookVerifier.create(
              webhook.getSecrets().stream().map(WebhookSecret::parse).toList(), Clock.systemUTC())
          .withTolerance(webhook.getTolerance());
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(WebhookVerifier.class)
  static class ReceiverConfiguration {
    @Bean
    @ConditionalOnMissingBean
    WebhookHandler walletWebhookHandler(WebhookVerifier verifier) {
      return WebhookHandler.create(verifier);
    }

    @Bean
    @ConditionalOnMissingBean
    WalletWebhookReceiver walletWebhookReceiver(
        WebhookHandler handler, ObjectProvider<EventDispatcher> dispatchers) {
      return WalletWebhookReceiver.create(handler, dispatchers.orderedStream().toList());
    }
  }
}
