/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.TlsCertificates.SERVER_CA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.InvocationTargetException;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

/**
 * With OkHttp absent the builder makes the JDK transport: it applies the TLS material and the
 * request limits there, and refuses a pool size, which a JDK client cannot take per client. Core is
 * loaded through {@link OkHttpFallbackTest.WithoutOkHttp}, so everything goes through reflection.
 */
class JdkDefaultTransportSettingsTest {
  private static Object call(Object target, String method, Class<?> type, Object argument)
      throws ReflectiveOperationException {
    return target.getClass().getMethod(method, type).invoke(target, argument);
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    return target.getClass().getMethod(method).invoke(target);
  }

  private static Object builder(ClassLoader loader) throws ReflectiveOperationException {
    Object builder =
        loader.loadClass(WalletClient.class.getName()).getMethod("builder").invoke(null);
    call(builder, "baseUrl", String.class, "https://127.0.0.1:9");
    Class<?> apiKey = loader.loadClass("dev.walletsdk.ApiKey");
    return call(
        builder,
        "apiKey",
        apiKey,
        apiKey.getMethod("of", String.class).invoke(null, "sk_test_jdk"));
  }

  private static Object pooling(ClassLoader loader, String setting, int value)
      throws ReflectiveOperationException {
    Object defaults =
        loader.loadClass(ConnectionPooling.class.getName()).getMethod("defaults").invoke(null);
    return call(defaults, setting, int.class, value);
  }

  @Test
  void builderAppliesTlsAndRequestLimitsToTheJdkTransport() throws Exception {
    try (OkHttpFallbackTest.WithoutOkHttp loader = new OkHttpFallbackTest.WithoutOkHttp()) {
      Class<?> clientTls = loader.loadClass(ClientTls.class.getName());
      Object tls =
          call(
              call(
                  clientTls.getMethod("builder").invoke(null),
                  "trustPemCertificates",
                  String.class,
                  SERVER_CA.certificatePem()),
              "build");
      Object builder = builder(loader);
      call(builder, "tls", clientTls, tls);
      Object pooling = pooling(loader, "withMaxRequestsPerHost", 2);
      call(builder, "connectionPooling", pooling.getClass(), pooling);

      Object client = call(builder, "build");
      Object transport = call(client, "transport");
      call(client, "close");

      assertThat(transport.getClass().getSimpleName()).isEqualTo("JdkHttpTransport");
      assertThat(((HttpClient) call(transport, "client")).sslContext())
          .isSameAs(call(tls, "sslContext"));
      assertThat(call(transport, "requestLimiter"))
          .hasToString("RequestLimiter{perHost=2, overall=0}");
    }
  }

  @Test
  void builderRefusesAPoolSizeForTheJdkTransport() throws Exception {
    try (OkHttpFallbackTest.WithoutOkHttp loader = new OkHttpFallbackTest.WithoutOkHttp()) {
      Object builder = builder(loader);
      Object pooling = pooling(loader, "withMaxIdleConnections", 2);
      call(builder, "connectionPooling", pooling.getClass(), pooling);

      InvocationTargetException e =
          catchThrowableOfType(InvocationTargetException.class, () -> call(builder, "build"));

      assertThat(e.getCause().getClass().getName())
          .isEqualTo("dev.walletsdk.InvalidRequestException");
      assertThat(e.getCause())
          .hasMessage(
              "maxIdleConnections cannot be set per client on the JDK HttpClient transport, whose"
                  + " pool takes it from the JVM-wide system property"
                  + " jdk.httpclient.connectionPoolSize; set that property, or put OkHttp on the"
                  + " class path");
    }
  }
}
