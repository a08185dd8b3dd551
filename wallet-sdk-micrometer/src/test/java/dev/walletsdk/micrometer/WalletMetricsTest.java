/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.NotFoundException;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.WalletId;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.core.tck.MeterRegistryAssert;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** WalletMetrics records calls to the in-process mock in a real registry. */
class WalletMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final WalletId wallet = mock.control().openWallet("Alice", CurrencyCode.EUR);

  private WalletClient.Builder builder() {
    return WalletClient.builder()
        .transport(mock.transport())
        .apiKey(mock.apiKey())
        .sleeper(delay -> {});
  }

  private WalletClient client() {
    return WalletMetrics.create(registry).instrument(builder()).build();
  }

  @AfterEach
  void stop() {
    mock.close();
  }

  private static Tags getWallet(String outcome, String status, String exception) {
    return Tags.of(
        "operation", "wallets.get",
        "method", "GET",
        "outcome", outcome,
        "status", status,
        "exception", exception);
  }

  private long count(String name, Tags tags) {
    return registry.get(name).tags(tags).timer().count();
  }

  private double counter(String name, Tags tags) {
    return registry.get(name).tags(tags).counter().count();
  }

  @Test
  void successfulCallIsTimedOnceByOperationOutcomeAndStatus() {
    try (WalletClient client = client()) {
      client.wallets().get(wallet);
    }
    Tags ok = getWallet("SUCCESS", "200", "none");
    assertThat(count(WalletMetrics.REQUESTS, ok)).isEqualTo(1);
    assertThat(count(WalletMetrics.ATTEMPTS, ok)).isEqualTo(1);
    assertThat(
            registry.get(WalletMetrics.REQUESTS).tags(ok).timer().totalTime(TimeUnit.NANOSECONDS))
        .isPositive();
    MeterRegistryAssert.assertThat(registry)
        .doesNotHaveMeterWithName(WalletMetrics.RETRIES)
        .doesNotHaveMeterWithName(WalletMetrics.FAULTS);
  }

  @Test
  void retriedCallCountsTheRetryAndTheServerFault() {
    mock.control().injectFault(Fault.serverError(503).on("GET", "/v1/wallets/*").times(1));
    try (WalletClient client = client()) {
      client.wallets().get(wallet);
    }
    assertThat(count(WalletMetrics.REQUESTS, getWallet("SUCCESS", "200", "none"))).isEqualTo(1);
    assertThat(
            count(
                WalletMetrics.ATTEMPTS,
                getWallet("SERVER_ERROR", "503", "ServiceUnavailableException")))
        .isEqualTo(1);
    assertThat(count(WalletMetrics.ATTEMPTS, getWallet("SUCCESS", "200", "none"))).isEqualTo(1);
    Tags call = Tags.of("operation", "wallets.get", "method", "GET");
    assertThat(counter(WalletMetrics.RETRIES, call.and("exception", "ServiceUnavailableException")))
        .isEqualTo(1.0);
    assertThat(counter(WalletMetrics.FAULTS, call.and("fault", "server_error"))).isEqualTo(1.0);
  }

  @Test
  void rateLimitedAttemptIsARateLimitedFault() {
    mock.control()
        .injectFault(
            Fault.rateLimited(java.time.Duration.ZERO).on("GET", "/v1/wallets/*").times(1));
    try (WalletClient client = client()) {
      client.wallets().get(wallet);
    }
    Tags call = Tags.of("operation", "wallets.get", "method", "GET");
    assertThat(counter(WalletMetrics.FAULTS, call.and("fault", "rate_limited"))).isEqualTo(1.0);
    assertThat(counter(WalletMetrics.RETRIES, call.and("exception", "RateLimitedException")))
        .isEqualTo(1.0);
  }

  @Test
  void callRefusedByTheServerIsTimedWithItsStatusAndExceptionButIsNoFault() {
    try (WalletClient client = client()) {
      assertThatThrownBy(() -> client.wallets().get(WalletId.of("wal_missing")))
          .isInstanceOf(NotFoundException.class);
    }
    Tags notFound = getWallet("CLIENT_ERROR", "404", "NotFoundException");
    assertThat(count(WalletMetrics.REQUESTS, notFound)).isEqualTo(1);
    assertThat(count(WalletMetrics.ATTEMPTS, notFound)).isEqualTo(1);
    MeterRegistryAssert.assertThat(registry)
        .doesNotHaveMeterWithName(WalletMetrics.FAULTS)
        .doesNotHaveMeterWithName(WalletMetrics.RETRIES);
  }

  @Test
  void callWithoutResponseIsTimedAsUnknownWithoutStatusAndCountedAsAFault() {
    mock.control().injectFault(Fault.resetBeforeProcessing().on("GET", "/v1/wallets/*").times(1));
    try (WalletClient client =
        WalletMetrics.create(registry).instrument(builder().retries(RetryPolicy.none())).build()) {
      assertThatThrownBy(() -> client.wallets().get(wallet)).isInstanceOf(TransportException.class);
    }
    assertThat(count(WalletMetrics.REQUESTS, getWallet("UNKNOWN", "NONE", "TransportException")))
        .isEqualTo(1);
    assertThat(
            counter(
                WalletMetrics.FAULTS,
                Tags.of("operation", "wallets.get", "method", "GET", "fault", "connection_failed")))
        .isEqualTo(1.0);
  }

  @Test
  void inFlightGaugeCountsACallUntilItEnds() {
    List<Double> duringCall = new CopyOnWriteArrayList<>();
    Tags call = Tags.of("operation", "wallets.get", "method", "GET");
    try (WalletClient client =
        WalletMetrics.create(registry)
            .instrument(builder())
            .addInterceptor(
                chain -> {
                  duringCall.add(registry.get(WalletMetrics.ACTIVE).tags(call).gauge().value());
                  return chain.proceed(chain.request());
                })
            .build()) {
      client.wallets().get(wallet);
    }
    assertThat(duringCall).containsExactly(1.0);
    assertThat(registry.get(WalletMetrics.ACTIVE).tags(call).gauge().value()).isZero();
  }

  @Test
  void callEndedByAnUnexpectedExceptionIsTimedAndLeavesNothingInFlight() {
    Tags call = Tags.of("operation", "wallets.get", "method", "GET");
    try (WalletClient client =
        WalletMetrics.create(registry)
            .instrument(builder())
            .addInterceptor(
                chain -> {
                  throw new IllegalStateException("interceptor bug");
                })
            .build()) {
      assertThatThrownBy(() -> client.wallets().get(wallet))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(registry.get(WalletMetrics.ACTIVE).tags(call).gauge().value()).isZero();
    assertThat(
            count(
                WalletMetrics.REQUESTS,
                call.and(
                    "outcome", "UNKNOWN", "status", "NONE", "exception", "IllegalStateException")))
        .isEqualTo(1);
  }

  @Test
  void twoInstancesOnOneRegistryCountIntoTheSameInFlightGauge() {
    List<Double> duringCall = new CopyOnWriteArrayList<>();
    Tags call = Tags.of("operation", "wallets.get", "method", "GET");
    try (WalletClient first = client();
        WalletClient second =
            WalletMetrics.create(registry)
                .instrument(builder())
                .addInterceptor(
                    chain -> {
                      duringCall.add(registry.get(WalletMetrics.ACTIVE).tags(call).gauge().value());
                      return chain.proceed(chain.request());
                    })
                .build()) {
      first.wallets().get(wallet);
      second.wallets().get(wallet);
    }
    assertThat(duringCall).containsExactly(1.0);
    assertThat(count(WalletMetrics.REQUESTS, getWallet("SUCCESS", "200", "none"))).isEqualTo(2);
  }

  @Test
  void writesAreTaggedWithTheirOperationNotTheirPath() {
    try (WalletClient client = client()) {
      WalletId opened = client.wallets().open(r -> r.displayName("Bob").currency("EUR")).id();
      client.wallets().get(opened);
    }
    assertThat(
            count(
                WalletMetrics.REQUESTS,
                Tags.of(
                    "operation", "wallets.open",
                    "method", "POST",
                    "outcome", "SUCCESS",
                    "status", "201",
                    "exception", "none")))
        .isEqualTo(1);
  }

  @Test
  void noTagValueCarriesAnIdOrAPath() {
    try (WalletClient client = client()) {
      client.wallets().get(wallet);
      assertThat(client.wallets().list()).isNotEmpty();
      assertThatThrownBy(() -> client.wallets().get(WalletId.of("wal_missing")))
          .isInstanceOf(NotFoundException.class);
    }
    List<String> values =
        registry.getMeters().stream()
            .map(Meter::getId)
            .flatMap(id -> id.getTags().stream())
            .map(Tag::getValue)
            .toList();
    assertThat(values).isNotEmpty().noneMatch(v -> v.contains("wal_") || v.contains("/"));
    assertThat(
            registry.getMeters().stream()
                .map(m -> m.getId().getTag("operation"))
                .distinct()
                .sorted()
                .toList())
        .containsExactly("wallets.get", "wallets.list");
  }

  @Test
  void commonTagsAreOnEveryMeter() {
    try (WalletClient client =
        WalletMetrics.create(registry, Tags.of("tenant", "acme")).instrument(builder()).build()) {
      client.wallets().get(wallet);
    }
    assertThat(registry.getMeters())
        .hasSize(3)
        .allMatch(meter -> "acme".equals(meter.getId().getTag("tenant")));
  }

  @Test
  void asynchronousCallsAreMeasuredLikeSynchronousOnes() throws Exception {
    try (WalletClient client = client()) {
      client.async().wallets().get(wallet).get(5, TimeUnit.SECONDS);
    }
    assertThat(count(WalletMetrics.REQUESTS, getWallet("SUCCESS", "200", "none"))).isEqualTo(1);
    assertThat(
            registry
                .get(WalletMetrics.ACTIVE)
                .tags("operation", "wallets.get", "method", "GET")
                .gauge()
                .value())
        .isZero();
  }

  @Test
  void instrumentAddsTheOneListenerAndReturnsTheSameBuilder() {
    WalletMetrics metrics = WalletMetrics.create(registry);
    WalletClient.Builder builder = builder();
    assertThat(metrics.instrument(builder)).isSameAs(builder);
    assertThat(metrics.listener()).isSameAs(metrics.listener());
  }

  @Test
  void createRefusesANullRegistryNamingIt() {
    assertThatThrownBy(() -> WalletMetrics.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("registry");
  }
}
