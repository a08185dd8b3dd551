/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.ClientTls;
import dev.walletsdk.client.ConnectionPooling;
import dev.walletsdk.client.WalletClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.validation.Errors;

/**
 * {@code wallet.tls.*} and {@code wallet.pool.*}: checked when bound, applied to the client
 * builder, and the SDK's refusals at build time reported under the property's name. Passwords are
 * copied into arrays that are wiped once the key store is opened, and never appear in a message.
 */
final class TransportProperties {
  private static final String OKHTTP_CLIENT = "okhttp3.OkHttpClient";
  private static final String TRANSPORT_SET_HINT =
      " (here the transport comes from a WalletClientBuilderCustomizer or wallet.mock.enabled)";
  private static final Map<String, String> PROPERTY_OF_FIELD =
      Map.of(
          "tls", "wallet.tls",
          "connectionPooling", "wallet.pool",
          "maxIdleConnections", "wallet.pool.max-idle-connections",
          "keepAlive", "wallet.pool.keep-alive");

  private TransportProperties() {}

  static void check(WalletProperties properties, Errors errors, ClassLoader classLoader) {
    WalletProperties.Tls tls = properties.getTls();
    checkStore(tls.getClientKeyStore(), errors);
    checkStore(tls.getTrustStore(), errors);
    if (tls.getTrustStore().getLocation() != null && tls.getTrustCertificates() != null) {
      PropertiesCheck.reject(
          errors,
          "wallet.tls.trust-store and wallet.tls.trust-certificates cannot both be set: choose"
              + " one source of trusted certificates");
    }
    checkPool(properties.getPool(), errors, classLoader);
  }

  private static void checkStore(WalletProperties.TlsStore store, Errors errors) {
    if (store.getLocation() != null && store.getPassword() == null) {
      PropertiesCheck.reject(
          errors,
          store.property() + ".password is required when " + store.property() + ".location is set");
    }
    if (store.getPassword() != null && store.getLocation() == null) {
      PropertiesCheck.reject(
          errors,
          store.property() + ".location is required when " + store.property() + ".password is set");
    }
  }

  private static void checkPool(WalletProperties.Pool pool, Errors errors, ClassLoader loader) {
    ConnectionPooling defaults = ConnectionPooling.defaults();
    Integer maxIdle = pool.getMaxIdleConnections();
    if (maxIdle != null) {
      PropertiesCheck.sdkCheck(
          errors,
          "wallet.pool.max-idle-connections",
          () -> defaults.withMaxIdleConnections(maxIdle));
    }
    if (pool.getKeepAlive() != null) {
      PropertiesCheck.sdkCheck(
          errors, "wallet.pool.keep-alive", () -> defaults.withKeepAlive(pool.getKeepAlive()));
    }
    Integer perHost = pool.getMaxRequestsPerHost();
    if (perHost != null) {
      PropertiesCheck.sdkCheck(
          errors,
          "wallet.pool.max-requests-per-host",
          () -> defaults.withMaxRequestsPerHost(perHost));
    }
    Integer max = pool.getMaxRequests();
    if (max != null) {
      PropertiesCheck.sdkCheck(
          errors, "wallet.pool.max-requests", () -> defaults.withMaxRequests(max));
    }
    if (!ClassUtils.isPresent(OKHTTP_CLIENT, loader)) {
      if (maxIdle != null) {
        rejectWithoutOkHttp(errors, "wallet.pool.max-idle-connections", "connectionPoolSize");
      }
      if (pool.getKeepAlive() != null) {
        rejectWithoutOkHttp(errors, "wallet.pool.keep-alive", "keepalive.timeout");
      }
    }
  }

  private static void rejectWithoutOkHttp(Errors errors, String property, String jdkSetting) {
    PropertiesCheck.reject(
        errors,
        property
            + " needs OkHttp (com.squareup.okhttp3:okhttp-jvm) on the class path: the JDK"
            + " HttpClient transport takes it from the JVM-wide system property"
            + " jdk.httpclient."
            + jdkSetting);
  }

  /**
   * Sets the builder's TLS material and pooling, when any such property is set.
   *
   * @throws IllegalStateException naming the property whose file cannot be read or opened
   */
  static void apply(
      WalletProperties properties, ResourceLoader resources, WalletClient.Builder builder) {
    WalletProperties.Tls tls = properties.getTls();
    if (tls.isConfigured()) {
      builder.tls(clientTls(tls, resources));
    }
    if (properties.getPool().isConfigured()) {
      builder.connectionPooling(pooling(properties.getPool()));
    }
  }

  private static ClientTls clientTls(WalletProperties.Tls tls, ResourceLoader resources) {
    ClientTls.Builder builder = ClientTls.builder();
    WalletProperties.TlsStore key = tls.getClientKeyStore();
    if (key.getLocation() != null) {
      openStore(key, resources, (bytes, password) -> builder.clientKeyStore(bytes, password));
    }
    WalletProperties.TlsStore trust = tls.getTrustStore();
    if (trust.getLocation() != null) {
      openStore(trust, resources, (bytes, password) -> builder.trustStore(bytes, password));
    }
    String pem = tls.getTrustCertificates();
    if (pem != null) {
      String text =
          new String(
              read(resources, "wallet.tls.trust-certificates", pem), StandardCharsets.US_ASCII);
      sdkCall("wallet.tls.trust-certificates", pem, () -> builder.trustPemCertificates(text));
    }
    return builder.build();
  }

  private interface StoreUse {
    void open(byte[] pkcs12, char[] password);
  }

  private static void openStore(
      WalletProperties.TlsStore store, ResourceLoader resources, StoreUse use) {
    String location = String.valueOf(store.getLocation());
    byte[] bytes = read(resources, store.property() + ".location", location);
    char[] password = String.valueOf(store.getPassword()).toCharArray();
    try {
      use.open(bytes, password);
    } catch (InvalidRequestException e) {
      boolean wrongPassword =
          e.fieldErrors().stream().map(FieldError::code).anyMatch("wrong_password"::equals);
      String property = store.property() + (wrongPassword ? ".password" : ".location");
      throw new IllegalStateException(property + ": " + location + ": " + e.getMessage(), e);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static void sdkCall(String property, String location, Runnable call) {
    try {
      call.run();
    } catch (InvalidRequestException e) {
      throw new IllegalStateException(property + ": " + location + ": " + e.getMessage(), e);
    }
  }

  private static byte[] read(ResourceLoader resources, String property, String location) {
    try (InputStream in = resources.getResource(location).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(
          property + ": " + location + " could not be read (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  private static ConnectionPooling pooling(WalletProperties.Pool pool) {
    ConnectionPooling pooling = ConnectionPooling.defaults();
    if (pool.getMaxIdleConnections() != null) {
      pooling = pooling.withMaxIdleConnections(pool.getMaxIdleConnections());
    }
    if (pool.getKeepAlive() != null) {
      pooling = pooling.withKeepAlive(pool.getKeepAlive());
    }
    if (pool.getMaxRequestsPerHost() != null) {
      pooling = pooling.withMaxRequestsPerHost(pool.getMaxRequestsPerHost());
    }
    if (pool.getMaxRequests() != null) {
      pooling = pooling.withMaxRequests(pool.getMaxRequests());
    }
    return pooling;
  }

  /**
   * Builds the client; the SDK's refusal of TLS or pool settings (with a caller's transport, or
   * pool settings the JDK transport cannot honour) is reported under the property's name.
   *
   * @throws IllegalStateException naming the property the transport refused
   */
  static WalletClient build(WalletClient.Builder builder) {
    try {
      return builder.build();
    } catch (InvalidRequestException e) {
      String property =
          e.fieldErrors().stream()
              .map(error -> PROPERTY_OF_FIELD.get(error.field()))
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
      if (property == null) {
        throw e;
      }
      boolean conflict = e.fieldErrors().stream().anyMatch(f -> "conflict".equals(f.code()));
      throw new IllegalStateException(
          property + ": " + e.getMessage() + (conflict ? TRANSPORT_SET_HINT : ""), e);
    }
  }
}
