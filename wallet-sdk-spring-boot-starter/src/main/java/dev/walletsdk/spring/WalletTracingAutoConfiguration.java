/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.opentelemetry.WalletTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Traces the starter's {@link WalletClient} calls with the application's {@link OpenTelemetry}: a
 * span per call and per attempt, and W3C trace context on every request ({@link WalletTelemetry};
 * see docs/observability.md).
 *
 * <p>Active when wallet-sdk-opentelemetry (and so the OpenTelemetry API) is on the class path, the
 * context has one {@code OpenTelemetry} bean (or a primary one), and {@code wallet.tracing.enabled}
 * is not {@code false}. Ordered after Spring Boot's OpenTelemetry SDK auto-configuration (module
 * spring-boot-opentelemetry), which defines that bean, and before {@link WalletAutoConfiguration},
 * which builds the client. Not applied to a {@code WalletClient} the application defines itself:
 * instrument that with {@code WalletTelemetry.create(openTelemetry).instrument(builder)}.
 */
@AutoConfiguration(
    afterName =
        "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration",
    before = WalletAutoConfiguration.class)
@ConditionalOnClass({WalletTelemetry.class, OpenTelemetry.class})
@ConditionalOnSingleCandidate(OpenTelemetry.class)
@ConditionalOnBooleanProperty(name = "wallet.tracing.enabled", matchIfMissing = true)
public class WalletTracingAutoConfiguration {
  /** The order of {@link #walletTracingCustomizer}: after the embedded mock's customizer. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  /** Creates the auto-configuration; Spring does. */
  public WalletTracingAutoConfiguration() {}

  /**
   * Adds the call span listener, the attempt span interceptor and the async context propagation to
   * the client builder. Runs early, just after the embedded mock's customizer and before the
   * application's own customizers, so interceptors those add run inside the attempt span and see
   * its {@code traceparent} header.
   *
   * @param openTelemetry the application's OpenTelemetry
   * @return the customizer
   */
  @Bean
  @Order(ORDER)
  public WalletClientBuilderCustomizer walletTracingCustomizer(OpenTelemetry openTelemetry) {
    WalletTelemetry telemetry = WalletTelemetry.create(openTelemetry);
    return telemetry::instrument;
  }
}
