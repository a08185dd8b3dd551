/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * In a servlet web application with Spring MVC, auto-configures the webhook endpoint {@code POST
 * wallet.webhook.path} (default {@code /wallet/webhooks}) when there is a {@link
 * WalletWebhookReceiver}: it reads the raw body (at most 1 MiB, else 413) and the {@code webhook-*}
 * headers, and answers with the receiver's status (204, 400, 401 or 500) and no body. Backs off
 * when the application defines a bean named {@code walletWebhookEndpoint}.
 */
@AutoConfiguration(after = WalletWebhookAutoConfiguration.class)
@EnableConfigurationProperties(WalletProperties.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnBean(WalletWebhookReceiver.class)
public class WalletWebhookEndpointAutoConfiguration {
  /** Creates the auto-configuration; Spring does. */
  public WalletWebhookEndpointAutoConfiguration() {}

  /**
   * The endpoint, as a Spring MVC functional route.
   *
   * @param receiver verifies and dispatches each delivery
   * @param properties the bound properties ({@code wallet.webhook.path})
   * @return the route
   */
  @Bean
  @ConditionalOnMissingBean(name = "walletWebhookEndpoint")
  public RouterFunction<ServerResponse> walletWebhookEndpoint(
      WalletWebhookReceiver receiver, WalletProperties properties) {
    return WebhookEndpoint.route(properties.getWebhook().getPath(), receiver);
  }
}
