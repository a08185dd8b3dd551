/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.TransportException;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** {@code wallet.tls.*} and {@code wallet.pool.*}: checks at start, and the pool's limits. */
class WalletTransportPropertiesTest {
  private static final Timeouts SHORT =
      Timeouts.of(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(5));
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WalletMockAutoConfiguration.class, WalletAutoConfiguration.class))
          .withPropertyValues(
              "wallet.base-url=https://wallet.bank.example", "wallet.api-key=sk_test_1");

  @Test
  void keyStoreLocationWithoutPasswordIsNamed() {
    assertThat(
            StartFailures.messages(
                runner, "wallet.tls.client-key-store.location=file:/etc/wallet/partner.p12"))
        .contains(
            "wallet.tls.client-key-store.password is required when"
                + " wallet.tls.client-key-store.location is set");
  }

  @Test
  void trustStorePasswordWithoutLocationIsNamedWithoutThePassword() {
    List<String> messages =
        StartFailures.messages(runner, "wallet.tls.trust-store.password=secret-789");

    assertThat(messages)
        .contains(
            "wallet.tls.trust-store.location is required when wallet.tls.trust-store.password is"
                + " set");
    assertThat(String.join("\n", messages)).doesNotContain("secret-789");
  }

  @Test
  void trustStoreAndTrustCertificatesTogetherAreRefused() {
    assertThat(
            StartFailures.messages(
                runner,
                "wallet.tls.trust-store.location=file:/etc/wallet/trust.p12",
                "wallet.tls.trust-store.password=secret",
                "wallet.tls.trust-certificates=file:/etc/wallet/ca.pem"))
        .contains(
            "wallet.tls.trust-store and wallet.tls.trust-certificates cannot both be set: choose"
                + " one source of trusted certificates");
  }

  @Test
  void poolLimitBelowOneIsNamed() {
    assertThat(StartFailures.messages(runner, "wallet.pool.max-requests=0"))
        .contains("wallet.pool.max-requests: maxRequests must be at least 1 but was 0");
  }

  @Test
  void zeroKeepAliveIsNamed() {
    assertThat(StartFailures.messages(runner, "wallet.pool.keep-alive=0s"))
        .contains("wallet.pool.keep-alive: keepAlive must be positive but was PT0S");
  }

  @Test
  void poolSizeWithoutOkHttpIsRefusedNamingTheJvmWideSetting() {
    WalletProperties properties = new WalletProperties();
    properties.setBaseUrl("https://wallet.bank.example");
    properties.getPool().setMaxIdleConnections(8);
    properties.getPool().setMaxRequests(16);
    Errors errors = new BeanPropertyBindingResult(properties, "wallet");

    PropertiesCheck.check(properties, errors, new FilteredClassLoader(okhttp3.OkHttpClient.class));

    assertThat(errors.getAllErrors())
        .extracting(error -> error.getDefaultMessage())
        .containsExactly(
            "wallet.pool.max-idle-connections needs OkHttp (com.squareup.okhttp3:okhttp-jvm) on"
                + " the class path: the JDK HttpClient transport takes it from the JVM-wide"
                + " system property jdk.httpclient.connectionPoolSize");
  }

  @Test
  void poolSettingsRefusedByTheMocksTransportStopTheStartNamingTheProperty() {
    assertThat(
            StartFailures.messages(
                runner, "wallet.mock.enabled=true", "wallet.pool.max-requests=4"))
        .contains(
            "wallet.pool: connection pooling applies to the default transports only; configure"
                + " the HTTP client wrapped by the transport passed to transport(...) instead"
                + " (here the transport comes from a WalletClientBuilderCustomizer or"
                + " wallet.mock.enabled)");
  }

  @Test
  void toStringRedactsTlsPasswords() {
    WalletProperties properties = new WalletProperties();
    properties.getTls().getClientKeyStore().setLocation("file:/etc/wallet/partner.p12");
    properties.getTls().getClientKeyStore().setPassword("key-secret");
    properties.getTls().getTrustStore().setPassword("trust-secret");
    properties.getPool().setMaxRequests(4);

    assertThat(properties.toString())
        .contains(
            "tls={clientKeyStore={location=file:/etc/wallet/partner.p12, password=(redacted)},"
                + " trustStore={location=null, password=(redacted)}, trustCertificates=null}",
            "pool={maxIdleConnections=null, keepAlive=null, maxRequestsPerHost=null,"
                + " maxRequests=4}")
        .doesNotContain("key-secret", "trust-secret");
  }

  @Test
  void maxRequestsLimitsTheClientsConcurrentCalls() throws Exception {
    CountDownLatch received = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(holdingEachRequest(received, release));
      server.start(InetAddress.getLoopbackAddress(), 0);
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(WalletAutoConfiguration.class))
          .withPropertyValues(
              "wallet.base-url=http://127.0.0.1:" + server.getPort(),
              "wallet.api-key=sk_test_pool",
              "wallet.retry.max-retries=0",
              "wallet.pool.max-requests=1",
              "wallet.pool.max-idle-connections=2",
              "wallet.pool.keep-alive=30s",
              "wallet.pool.max-requests-per-host=2")
          .run(
              context -> {
                WalletClient client = context.getBean(WalletClient.class);
                CompletableFuture<Integer> first =
                    CompletableFuture.supplyAsync(() -> client.keys().list().size());
                try {
                  assertThat(received.await(5, TimeUnit.SECONDS)).isTrue();

                  TransportException second =
                      catchThrowableOfType(
                          TransportException.class,
                          () -> client.withOptions(o -> o.timeouts(SHORT)).keys().list());

                  assertThat(second.kind()).isEqualTo(TransportException.Kind.CONNECT_FAILED);
                  assertThat(second.getMessage())
                      .startsWith("no request slot freed in time for GET http://127.0.0.1:")
                      .endsWith("(maxRequests 1 already running); the request was not sent");
                  assertThat(server.getRequestCount()).isEqualTo(1);
                } finally {
                  release.countDown();
                }
                assertThat(first.get(5, TimeUnit.SECONDS)).isZero();
                assertThat(server.getRequestCount()).isEqualTo(1);
              });
    }
  }

  private static Dispatcher holdingEachRequest(CountDownLatch received, CountDownLatch release) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        received.countDown();
        release.await(5, TimeUnit.SECONDS);
        return new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("Request-Id", "req_1")
            .body("{\"object\":\"key_set\",\"keys\":[]}")
            .build();
      }
    };
  }
}
