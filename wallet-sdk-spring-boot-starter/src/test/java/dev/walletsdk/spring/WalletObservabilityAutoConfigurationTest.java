/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.micrometer.WalletMetrics;
import dev.walletsdk.model.Wallet;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Metrics and tracing of the starter's client, when the application has Micrometer or OTel. */
class WalletObservabilityAutoConfigurationTest {
  private static final String METRICS = "walletMetricsCustomizer";
  private static final String TRACING = "walletTracingCustomizer";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WalletMockAutoConfiguration.class,
                  WalletMetricsAutoConfiguration.class,
                  WalletTracingAutoConfiguration.class,
                  WalletAutoConfiguration.class))
          .withPropertyValues("wallet.mock.enabled=true");

  @Test
  void aCallThroughTheClientBeanIsTimedWithItsOperation() {
    runner
        .withUserConfiguration(Registry.class)
        .run(
            context -> {
              openWallet(context);
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(registry.find(WalletMetrics.REQUESTS).timers()).hasSize(1);
              Timer timer =
                  registry
                      .get(WalletMetrics.REQUESTS)
                      .tags("operation", "wallets.open", "method", "POST", "outcome", "SUCCESS")
                      .tags("status", "201", "exception", "none")
                      .timer();
              assertThat(timer.count()).isEqualTo(1);
              assertThat(context).doesNotHaveBean(TRACING);
            });
  }

  @Test
  void aCallThroughTheClientBeanProducesTheCallSpanAndItsAttemptSpan() {
    runner
        .withUserConfiguration(Tracing.class)
        .run(
            context -> {
              openWallet(context);
              List<SpanData> spans =
                  context.getBean(InMemorySpanExporter.class).getFinishedSpanItems();
              assertThat(spans).hasSize(2);
              SpanData call = only(spans, SpanKind.INTERNAL);
              SpanData attempt = only(spans, SpanKind.CLIENT);
              assertThat(call.getName()).isEqualTo("wallets.open");
              assertThat(call.getParentSpanContext().isValid()).isFalse();
              assertThat(attempt.getName()).isEqualTo("POST");
              assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId());
              assertThat(attempt.getTraceId()).isEqualTo(call.getTraceId());
              assertThat(context).doesNotHaveBean(METRICS);
            });
  }

  @Test
  void anApplicationCustomizersInterceptorRunsInsideTheAttemptSpan() {
    runner
        .withUserConfiguration(Tracing.class, HeaderRecorder.class)
        .run(
            context -> {
              openWallet(context);
              SpanData attempt =
                  only(
                      context.getBean(InMemorySpanExporter.class).getFinishedSpanItems(),
                      SpanKind.CLIENT);
              assertThat(context.getBean(HeaderRecorder.class).traceparents)
                  .containsExactly(
                      "00-"
                          + attempt.getTraceId()
                          + "-"
                          + attempt.getSpanId()
                          + "-"
                          + attempt.getSpanContext().getTraceFlags().asHex());
            });
  }

  @Test
  void withNeitherARegistryNorOpenTelemetryNoCustomizerIsAddedAndTheClientWorks() {
    runner.run(
        context -> {
          assertThat(context).doesNotHaveBean(METRICS).doesNotHaveBean(TRACING);
          assertThat(openWallet(context).displayName()).isEqualTo("Alice");
        });
  }

  @Test
  void metricsOffByPropertyAddsNoCustomizer() {
    runner
        .withUserConfiguration(Registry.class, Tracing.class)
        .withPropertyValues("wallet.metrics.enabled=false")
        .run(
            context -> {
              openWallet(context);
              assertThat(context).doesNotHaveBean(METRICS).hasBean(TRACING);
              assertThat(context.getBean(WalletProperties.class).getMetrics().isEnabled())
                  .isFalse();
              assertThat(context.getBean(MeterRegistry.class).find(WalletMetrics.REQUESTS).meter())
                  .isNull();
            });
  }

  @Test
  void tracingOffByPropertyAddsNoCustomizer() {
    runner
        .withUserConfiguration(Registry.class, Tracing.class)
        .withPropertyValues("wallet.tracing.enabled=false")
        .run(
            context -> {
              openWallet(context);
              assertThat(context).doesNotHaveBean(TRACING).hasBean(METRICS);
              assertThat(context.getBean(WalletProperties.class).getTracing().isEnabled())
                  .isFalse();
              assertThat(context.getBean(InMemorySpanExporter.class).getFinishedSpanItems())
                  .isEmpty();
            });
  }

  @Test
  void twoRegistriesWithoutAPrimaryOneAddNoMetricsCustomizer() {
    runner
        .withUserConfiguration(Registry.class, SecondRegistry.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(METRICS);
              assertThat(openWallet(context).displayName()).isEqualTo("Alice");
            });
  }

  @Test
  void withoutTheAdapterModulesOnTheClassPathTheirBeansAreIgnored() {
    runner
        .withClassLoader(
            new FilteredClassLoader("dev.walletsdk.micrometer", "dev.walletsdk.opentelemetry"))
        .withUserConfiguration(Registry.class, Tracing.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(METRICS).doesNotHaveBean(TRACING);
              openWallet(context);
              assertThat(context.getBean(MeterRegistry.class).find(WalletMetrics.REQUESTS).meter())
                  .isNull();
            });
  }

  @Test
  void withoutMicrometerAndOpenTelemetryOnTheClassPathTheContextStarts() {
    runner
        .withClassLoader(new FilteredClassLoader("io.micrometer", "io.opentelemetry"))
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(METRICS).doesNotHaveBean(TRACING);
              assertThat(openWallet(context).displayName()).isEqualTo("Alice");
            });
  }

  @Test
  void bothAreRegisteredBeforeTheClientsAutoConfigurationAndOnByDefault() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .containsSubsequence(
            WalletMetricsAutoConfiguration.class.getName(), WalletAutoConfiguration.class.getName())
        .containsSubsequence(
            WalletTracingAutoConfiguration.class.getName(),
            WalletAutoConfiguration.class.getName());
    WalletProperties defaults = new WalletProperties();
    assertThat(defaults.getMetrics().isEnabled()).isTrue();
    assertThat(defaults.getTracing().isEnabled()).isTrue();
  }

  private static Wallet openWallet(AssertableApplicationContext context) {
    return context
        .getBean(WalletClient.class)
        .wallets()
        .open(r -> r.displayName("Alice").currency("EUR"));
  }

  private static SpanData only(List<SpanData> spans, SpanKind kind) {
    List<SpanData> ofKind = spans.stream().filter(span -> span.getKind() == kind).toList();
    assertThat(ofKind).hasSize(1);
    return ofKind.get(0);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registry {
    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class SecondRegistry {
    @Bean
    SimpleMeterRegistry secondMeterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  /** An OpenTelemetry SDK exporting finished spans to memory, with W3C trace context. */
  @Configuration(proxyBeanMethods = false)
  static class Tracing {
    @Bean
    InMemorySpanExporter spanExporter() {
      return InMemorySpanExporter.create();
    }

    @Bean(destroyMethod = "close")
    OpenTelemetrySdk openTelemetry(InMemorySpanExporter exporter) {
      return OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                  .build())
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();
    }
  }

  /** An application customizer whose interceptor records the traceparent it sees. */
  @Configuration(proxyBeanMethods = false)
  static class HeaderRecorder {
    final List<String> traceparents = new CopyOnWriteArrayList<>();

    @Bean
    WalletClientBuilderCustomizer recordTraceparent() {
      return builder ->
          builder.addInterceptor(
              chain -> {
                traceparents.add(chain.request().headers().first("traceparent").orElse("none"));
                return chain.proceed(chain.request());
              });
    }
  }
}
