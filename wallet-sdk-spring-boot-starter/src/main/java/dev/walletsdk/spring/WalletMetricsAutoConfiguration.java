/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.micrometer.WalletMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Records the starter's {@link WalletClient} calls in the application's Micrometer {@link
 * MeterRegistry}: the meters of {@link WalletMetrics} ({@code wallet.client.requests}, {@code
 * .attempts}, {@code .retries}, {@code .faults}, {@code .requests.active}; see
 * docs/observability.md).
 *
 * <p>Active when wallet-sdk-micrometer (and so Micrometer) is on the class path, the context has
 * one {@code MeterRegistry} bean (or a primary one, as Spring Boot's composite registry is), and
 * {@code wallet.metrics.enabled} is not {@code false}. Ordered after Spring Boot's metrics
 * auto-configuration (module spring-boot-micrometer-metrics), which defines the registry, and
 * before {@link WalletAutoConfiguration}, which builds the client. Not applied to a {@code
 * WalletClient} the application defines itself: instrument that with {@code
 * WalletMetrics.create(registry).instrument(builder)}.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    },
    before = WalletAutoConfiguration.class)
@ConditionalOnClass({WalletMetrics.class, MeterRegistry.class})
@ConditionalOnSingleCandidate(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "wallet.metrics.enabled", matchIfMissing = true)
public class WalletMetricsAutoConfiguration {
  /** The order of {@link #walletMetricsCustomizer}: after the embedded mock's customizer. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

  /** Creates the auto-configuration; Spring does. */
  public WalletMetricsAutoConfiguration() {}

  /**
   * Adds the metrics listener to the client builder. Runs early, just after the embedded mock's
   * customizer and before the application's own customizers.
   *
   * @param registry the application's registry
   * @return the customizer
   */
  @Bean
  @Order(ORDER)
  public WalletClientBuilderCustomizer walletMetricsCustomizer(MeterRegistry registry) {
    WalletMetrics metrics = WalletMetrics.create(registry);
    return metrics::instrument;
  }
}
