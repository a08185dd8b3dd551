/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.internal.DefaultWalletClient;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Without OkHttp on the class path the builder falls back to the JDK transport: core is loaded
 * through a class loader that hides okhttp3, okio and kotlin.
 */
class OkHttpFallbackTest {
  private static final String JDK_TRANSPORT =
      "dev.walletsdk.client.internal.transport.JdkHttpTransport";

  /** Loads the test class path without OkHttp and what only OkHttp needs. */
  static final class WithoutOkHttp extends URLClassLoader {
    WithoutOkHttp() {
      super(classPathWithoutOkHttp(), ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("okhttp3.") || name.startsWith("okio.") || name.startsWith("kotlin.")) {
        throw new ClassNotFoundException(name + " is hidden by this test");
      }
      return super.loadClass(name, resolve);
    }

    private static URL[] classPathWithoutOkHttp() {
      return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
          .filter(entry -> !entry.contains("okhttp") && !entry.contains("okio"))
          .filter(entry -> !entry.contains("kotlin"))
          .map(OkHttpFallbackTest::url)
          .toArray(URL[]::new);
    }
  }

  private static URL url(String path) {
    try {
      return new File(path).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path, e);
    }
  }

  @Test
  void builderPicksTheJdkTransportWhenOkHttpIsAbsent() throws Exception {
    try (WithoutOkHttp loader = new WithoutOkHttp()) {
      assertThatThrownBy(() -> loader.loadClass("okhttp3.OkHttpClient"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> walletClient = loader.loadClass(WalletClient.class.getName());
      assertThat(walletClient).isNotSameAs(WalletClient.class);
      Class<?> apiKey = loader.loadClass(ApiKey.class.getName());

      Object builder = walletClient.getMethod("builder").invoke(null);
      Class<?> builderType = builder.getClass();
      builderType.getMethod("baseUrl", String.class).invoke(builder, "http://127.0.0.1:9");
      builderType
          .getMethod("apiKey", apiKey)
          .invoke(builder, apiKey.getMethod("of", String.class).invoke(null, "sk_test_fallback"));
      Object client = builderType.getMethod("build").invoke(builder);
      Object transport = client.getClass().getMethod("transport").invoke(client);
      client.getClass().getMethod("close").invoke(client);

      assertThat(transport.getClass().getName()).isEqualTo(JDK_TRANSPORT);
      assertThat(transport.getClass().getClassLoader()).isSameAs(loader);
    }
  }

  @Test
  void builderPicksOkHttpWhenItIsPresent() {
    try (WalletClient client =
        WalletClient.builder()
            .baseUrl("http://127.0.0.1:9")
            .apiKey(ApiKey.of("sk_test_fallback"))
            .build()) {
      assertThat(((DefaultWalletClient) client).transport().getClass().getSimpleName())
          .isEqualTo("OkHttpTransport");
    }
  }
}
