/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.WebhookHandler;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.spi.WebhookVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.function.RouterFunction;

class WalletWebhookAutoConfigurationTest {
  private static final AutoConfigurations WALLET =
      AutoConfigurations.of(
          WalletMockAutoConfiguration.class,
          WalletAutoConfiguration.class,
          WalletWebhookAutoConfiguration.class,
          WalletWebhookEndpointAutoConfiguration.class);

  @Test
  void secretsTurnOnTheEndpointInAServletApplication() {
    new WebApplicationContextRunner()
        .withConfiguration(WALLET)
        .withPropertyValues(
            "wallet.mock.enabled=true",
            "wallet.webhook.secrets=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        .run(
            context -> {
              assertThat(context).hasSingleBean(WebhookVerifier.class);
              assertThat(context).hasSingleBean(WebhookHandler.class);
              assertThat(context).hasSingleBean(WalletWebhookReceiver.class);
              assertThat(context).hasBean("walletWebhookEndpoint");
            });
  }

  @Test
  void withoutSecretsOrMockThereIsNoEndpoint() {
    new WebApplicationContextRunner()
        .withConfiguration(WALLET)
        .withPropertyValues("wallet.base-url=https://wallet.bank.example", "wallet.api-key=sk_1")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(WebhookVerifier.class);
              assertThat(context).doesNotHaveBean(WalletWebhookReceiver.class);
              assertThat(context).doesNotHaveBean("walletWebhookEndpoint");
            });
  }

  @Test
  void theMockProvidesTheVerifierAndTheEndpoint() {
    new WebApplicationContextRunner()
        .withConfiguration(WALLET)
        .withPropertyValues("wallet.mock.enabled=true")
        .run(
            context -> {
              assertThat(context.getBean(WebhookVerifier.class))
                  .isInstanceOf(MockWebhookVerifier.class);
              assertThat(context).hasBean("walletWebhookEndpoint");
            });
  }

  @Test
  void withoutSpringMvcTheReceiverExistsWithoutAnEndpoint() {
    new WebApplicationContextRunner()
        .withConfiguration(WALLET)
        .withClassLoader(new FilteredClassLoader(RouterFunction.class))
        .withPropertyValues("wallet.mock.enabled=true")
        .run(
            context -> {
              assertThat(context).hasSingleBean(WalletWebhookReceiver.class);
              assertThat(context).doesNotHaveBean("walletWebhookEndpoint");
            });
  }

  @Test
  void withoutTheMockOnTheClassPathTheStarterUsesThePlatform() {
    new WebApplicationContextRunner()
        .withConfiguration(WALLET)
        .withClassLoader(new FilteredClassLoader(MockWalletServer.class))
        .withPropertyValues("wallet.base-url=https://wallet.bank.example", "wallet.api-key=sk_1")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(WalletClient.class);
              assertThat(context).doesNotHaveBean(MockWalletServer.class);
            });
  }

  @Test
  void outsideAWebApplicationTheReceiverExistsWithoutAnEndpoint() {
    new ApplicationContextRunner()
        .withConfiguration(WALLET)
        .withPropertyValues("wallet.mock.enabled=true")
        .run(
            context -> {
              assertThat(context).hasSingleBean(WalletWebhookReceiver.class);
              assertThat(context).doesNotHaveBean("walletWebhookEndpoint");
            });
  }
}
