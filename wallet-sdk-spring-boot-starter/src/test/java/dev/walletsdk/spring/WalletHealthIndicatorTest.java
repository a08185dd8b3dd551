/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockWalletServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WalletHealthIndicatorTest {
  private static final Duration SECOND = Duration.ofSeconds(1);

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WalletMockAutoConfiguration.class,
                  WalletAutoConfiguration.class,
                  WalletHealthAutoConfiguration.class))
          .withPropertyValues("wallet.mock.enabled=true");

  @Test
  void upWithTheNumberOfServerKeysWhenThePlatformAnswers() {
    runner.run(
        context -> {
          Health health =
              context.getBean("walletHealthIndicator", WalletHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails()).isEqualTo(Map.of("serverKeys", 2));
        });
  }

  @Test
  void downWithTheErrorCodeAndNoRetryWhenThePlatformFails() {
    runner.run(
        context -> {
          MockWalletServer mock = context.getBean(MockWalletServer.class);
          mock.control().injectFault(Fault.serverError(503));
          Health health = context.getBean(WalletHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails())
              .isEqualTo(Map.of("error", "service_unavailable", "httpStatus", 503));
          assertThat(mock.control().firedFaults()).containsValue(1);
        });
  }

  @Test
  void aSlowerAnswerThanTheHealthTimeoutIsDown() {
    runner
        .withPropertyValues("wallet.health.timeout=500ms")
        .run(
            context -> {
              context.getBean(MockWalletServer.class).control().injectFault(Fault.delay(SECOND));
              Health health = context.getBean(WalletHealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails())
                  .isEqualTo(Map.of("error", "timeout", "httpStatus", 0));
            });
  }

  @Test
  void aFasterAnswerThanTheHealthTimeoutIsUp() {
    runner
        .withPropertyValues("wallet.health.timeout=2s")
        .run(
            context -> {
              context.getBean(MockWalletServer.class).control().injectFault(Fault.delay(SECOND));
              assertThat(context.getBean(WalletHealthIndicator.class).health().getStatus())
                  .isEqualTo(Status.UP);
            });
  }

  @Test
  void absentWithoutSpringBootsHealthModule() {
    runner
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(WalletHealthIndicator.class);
            });
  }

  @Test
  void offWhenDisabledLikeAnyBootHealthIndicator() {
    runner
        .withPropertyValues("management.health.wallet.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(WalletHealthIndicator.class));
  }
}
