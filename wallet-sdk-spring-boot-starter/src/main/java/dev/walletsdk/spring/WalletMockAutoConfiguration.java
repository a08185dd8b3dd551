/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.spi.WebhookVerifier;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * With {@code wallet.mock.enabled=true} and wallet-sdk-mock on the class path (normally in test
 * scope), points the application at an embedded, in-process mock backend instead of the platform:
 *
 * <ul>
 *   <li>a {@link MockWalletServer} bean (its virtual clock follows the system clock), closed with
 *       the context; tests use it to fund wallets, inject faults and deliver webhooks ({@code
 *       mock.webhooks().deliverDue()} returns once every due delivery was answered);
 *   <li>a {@link WalletClientBuilderCustomizer}, ordered first, that sets the mock's transport and
 *       API key, so {@code wallet.base-url} and {@code wallet.api-key} are not needed;
 *   <li>a {@link WebhookVerifier} for the mock's webhook secret: when the application's embedded
 *       web server starts, the mock registers {@code http://127.0.0.1:<port><context
 *       path><wallet.webhook.path>} as the default partner's webhook endpoint, so the mock's
 *       deliveries reach the application's endpoint, signed with a fresh secret this verifier
 *       knows.
 * </ul>
 */
@EnableConfigurationProperties(WalletProperties.class)
@AutoConfiguration(before = {WalletAutoConfiguration.class, WalletWebhookAutoConfiguration.class})
@ConditionalOnClass(MockWalletServer.class)
@ConditionalOnBooleanProperty("wallet.mock.enabled")
public class WalletMockAutoConfiguration {
  /** Creates the auto-configuration; Spring does. */
  public WalletMockAutoConfiguration() {}

  /**
   * The embedded mock backend.
   *
   * @return an in-process mock whose clock follows the system clock
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public MockWalletServer walletMockServer() {
    return MockWalletServer.builder().followSystemClock().build();
  }

  /**
   * Points the client at the mock: its in-process transport and API key.
   *
   * @param mock the mock
   * @return the customizer, run before the application's
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public WalletClientBuilderCustomizer walletMockClientCustomizer(MockWalletServer mock) {
    return builder -> builder.transport(mock.transport()).apiKey(mock.apiKey());
  }

  /** Verifies the mock's deliveries; rejects every delivery until the web server has started. */
  @Bean
  @ConditionalOnMissingBean(WebhookVerifier.class)
  MockWebhookVerifier walletMockWebhookVerifier() {
    return new MockWebhookVerifier();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(WebServerInitializedEvent.class)
  static class WebhookRegistration {
    @Bean
    ApplicationListener<WebServerInitializedEvent> walletMockWebhookRegistration(
        MockWalletServer mock,
        ObjectProvider<MockWebhookVerifier> verifier,
        WalletProperties properties) {
      return event -> {
        // Only the application's main server; a management server has a namespace.
        if (event.getApplicationContext().getServerNamespace() == null) {
          verifier.ifAvailable(v -> v.register(mock, endpointUrl(event, properties)));
        }
      };
    }

    private static URI endpointUrl(WebServerInitializedEvent event, WalletProperties properties) {
      String contextPath =
          event
              .getApplicationContext()
              .getEnvironment()
              .getProperty("server.servlet.context-path", "");
      return URI.create(
          "http://127.0.0.1:"
              + event.getWebServer().getPort()
              + contextPath
              + properties.getWebhook().getPath());
    }
  }
}
