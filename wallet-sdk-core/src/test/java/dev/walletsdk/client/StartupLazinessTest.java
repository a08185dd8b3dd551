/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What building a client and making a first synchronous call load: not OkHttp when the caller
 * brings its own transport, and not the asynchronous side (its resources and its thread pool) until
 * {@code async()} is asked for. Checked in a fresh class loader, where nothing of the client was
 * loaded before.
 */
class StartupLazinessTest {
  /** Loads the SDK's classes afresh and tells which of them it loaded. */
  static final class Fresh extends URLClassLoader {
    Fresh() {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      synchronized (getClassLoadingLock(name)) {
        return findLoadedClass(name) != null;
      }
    }

    private static URL[] classPath() {
      return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
          .map(StartupLazinessTest::url)
          .toArray(URL[]::new);
    }
  }

  private static final List<String> ASYNC_SIDE =
      List.of(
          "dev.walletsdk.client.internal.AsyncResources",
          "dev.walletsdk.client.AsyncTransfers",
          "dev.walletsdk.client.internal.AsyncExecutors$Holder");

  private static URL url(String path) {
    try {
      return new File(path).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(path, e);
    }
  }

  @Test
  void buildAndFirstSyncCallLoadNeitherOkHttpNorTheAsyncSide() throws Exception {
    try (Fresh loader = new Fresh()) {
      Class<?> firstCall = loader.loadClass(FirstSyncCall.class.getName());
      firstCall.getMethod("run").invoke(null);

      assertThat(
              Stream.concat(Stream.of("okhttp3.OkHttpClient"), ASYNC_SIDE.stream())
                  .filter(loader::loaded))
          .isEmpty();
      assertThat(loader.loaded("dev.walletsdk.client.internal.DefaultWalletClient")).isTrue();
    }
  }

  @Test
  void asyncLoadsTheAsyncSideOnFirstUse() throws Exception {
    try (Fresh loader = new Fresh()) {
      Class<?> firstCall = loader.loadClass(FirstSyncCall.class.getName());
      firstCall.getMethod("runAsync").invoke(null);

      assertThat(ASYNC_SIDE.stream().filter(loader::loaded)).containsExactlyElementsOf(ASYNC_SIDE);
    }
  }

  /** Runs in the fresh class loader: a client over the in-process mock, and one call. */
  public static final class FirstSyncCall {
    private FirstSyncCall() {}

    public static void run() {
      try (MockWalletServer mock = MockWalletServer.inProcess();
          WalletClient client = client(mock)) {
        client.balances().list(mock.control().openWallet("Alice", CurrencyCode.EUR));
      }
    }

    public static void runAsync() throws Exception {
      try (MockWalletServer mock = MockWalletServer.inProcess();
          WalletClient client = client(mock)) {
        client
            .async()
            .balances()
            .list(mock.control().openWallet("Alice", CurrencyCode.EUR))
            .get(10, TimeUnit.SECONDS);
      }
    }

    private static WalletClient client(MockWalletServer mock) {
      return WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build();
    }
  }
}
