/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.AsyncWalletClient;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Wallet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class WalletAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WalletMockAutoConfiguration.class,
                  WalletAutoConfiguration.class,
                  WalletWebhookAutoConfiguration.class,
                  WalletHealthAutoConfiguration.class));

  @Test
  void bindsTheWalletPropertiesAndBuildsBothClients() {
    runner
        .withPropertyValues(
            "wallet.base-url=https://wallet.bank.example",
            "wallet.api-key=sk_test_0123456789",
            "wallet.timeouts.connect=1s",
            "wallet.timeouts.read=3s",
            "wallet.timeouts.call=9s",
            "wallet.retry.max-retries=5",
            "wallet.retry.base-delay=100ms",
            "wallet.retry.max-delay=2s",
            "wallet.retry.max-retry-after=30s",
            "wallet.webhook.path=/hooks/wallet",
            "wallet.health.timeout=750ms")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(WalletClient.class);
              assertThat(context).hasSingleBean(AsyncWalletClient.class);
              WalletProperties properties = context.getBean(WalletProperties.class);
              assertThat(properties.getBaseUrl()).isEqualTo("https://wallet.bank.example");
              assertThat(properties.getTimeouts().getRead()).isEqualTo(Duration.ofSeconds(3));
              assertThat(properties.getTimeouts().getCall()).isEqualTo(Duration.ofSeconds(9));
              assertThat(properties.getRetry().getMaxRetries()).isEqualTo(5);
              assertThat(properties.getRetry().getBaseDelay()).isEqualTo(Duration.ofMillis(100));
              assertThat(properties.getWebhook().getPath()).isEqualTo("/hooks/wallet");
              assertThat(properties.getHealth().getTimeout()).isEqualTo(Duration.ofMillis(750));
              assertThat(context).doesNotHaveBean(MockWalletServer.class);
            });
  }

  @Test
  void theSdkKeepsTheRootPomsJacksonTwoBesideSpringBoot() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("jackson.version"));
  }

  @Test
  void propertiesToStringRedactsEverySecret() {
    WalletProperties properties = new WalletProperties();
    properties.setApiKey("sk_live_secret_value");
    properties.getSigning().getKeyStore().setPassword("store-password");
    properties.getSigning().getKeyStore().setKeyPassword("key-password");
    properties.getWebhook().setSecrets(List.of("whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ="));

    assertThat(properties.toString())
        .contains("apiKey=(redacted)", "password=(redacted)", "secrets=1 (redacted)")
        .doesNotContain("sk_live_secret_value", "store-password", "key-password", "whsec_");
  }

  @Test
  void mockModeNeedsNoBaseUrlOrApiKeyAndTalksToTheMock() {
    runner
        .withPropertyValues("wallet.mock.enabled=true")
        .run(
            context -> {
              WalletClient client = context.getBean(WalletClient.class);
              Wallet wallet = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
              MockWalletServer mock = context.getBean(MockWalletServer.class);
              assertThat(mock.ledger().audit().isClean()).isTrue();
              assertThat(client.wallets().get(wallet.id()).displayName()).isEqualTo("Alice");
            });
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnClient() {
    runner
        .withUserConfiguration(OwnClient.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(WalletClient.class))
                  .isSameAs(context.getBean(OwnClient.class).client);
              assertThat(context.getBean(AsyncWalletClient.class))
                  .isSameAs(context.getBean(OwnClient.class).client.async());
            });
  }

  @Test
  void twoApplicationClientsGetNoAsyncViewOrHealthIndicatorRatherThanAnAmbiguity() {
    runner
        .withUserConfiguration(TwoClients.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).getBeans(WalletClient.class).hasSize(2);
              assertThat(context).doesNotHaveBean(AsyncWalletClient.class);
              assertThat(context).doesNotHaveBean(WalletHealthIndicator.class);
            });
  }

  @Test
  void customizersRunInOrderAfterThePropertiesBeforeBuild() {
    runner
        .withPropertyValues("wallet.mock.enabled=true")
        .withUserConfiguration(Customizers.class)
        .run(
            context -> {
              Customizers customizers = context.getBean(Customizers.class);
              assertThat(customizers.calls).containsExactly("first", "second");
              context
                  .getBean(WalletClient.class)
                  .wallets()
                  .open(r -> r.displayName("Bob").currency("EUR"));
              assertThat(customizers.requests).containsExactly("POST /v1/wallets");
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    final WalletClient client =
        WalletClient.builder()
            .transport(MockWalletServer.inProcess().transport())
            .apiKey(ApiKey.of("sk_own_0123456789"))
            .build();

    @Bean
    WalletClient ownWalletClient() {
      return client;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoClients {
    @Bean(destroyMethod = "close")
    WalletClient tenantA() {
      return WalletClient.builder()
          .baseUrl("https://a.bank.example")
          .apiKey(ApiKey.of("sk_a_1"))
          .build();
    }

    @Bean(destroyMethod = "close")
    WalletClient tenantB() {
      return WalletClient.builder()
          .baseUrl("https://b.bank.example")
          .apiKey(ApiKey.of("sk_b_1"))
          .build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    @Bean
    @Order(2)
    WalletClientBuilderCustomizer second() {
      return builder -> {
        calls.add("second");
        builder.addInterceptor(
            chain -> {
              requests.add(chain.request().method() + " " + chain.request().uri().getPath());
              return chain.proceed(chain.request());
            });
      };
    }

    @Bean
    @Order(1)
    WalletClientBuilderCustomizer first() {
      return builder -> calls.add("first");
    }
  }
}
