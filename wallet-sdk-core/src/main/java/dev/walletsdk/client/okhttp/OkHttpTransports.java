/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.okhttp;

import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.spi.Transport;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Makes a {@link Transport} of the caller's own {@link OkHttpClient}, so the wallet client shares
 * its connection pool, dispatcher, proxy, TLS settings, interceptors and timeouts:
 *
 * <pre>{@code
 * WalletClient wallet = WalletClient.builder()
 *     .baseUrl("https://wallet.bank.example")
 *     .apiKey(apiKey)
 *     .transport(OkHttpTransports.wrap(appOkHttpClient))
 *     .build();
 * }</pre>
 *
 * <p>This is the only package of the SDK whose public signatures name an OkHttp type; it needs
 * OkHttp on the class or module path, while the rest of the client works without it. The SDK's
 * dependency on OkHttp is optional, so an application using this class declares {@code
 * com.squareup.okhttp3:okhttp-jvm} (5.x) itself; it brings Okio and the Kotlin standard library.
 */
public final class OkHttpTransports {
  private OkHttpTransports() {}

  /**
   * Wraps a client. The transport sends through a client derived with {@link
   * OkHttpClient#newBuilder()}, which shares everything with {@code client} but follows no
   * redirects and never resends a request silently: the SDK's pipeline decides about retries, and a
   * redirect of an API call is an error.
   *
   * <p>The caller remains the owner of {@code client}: closing the transport or the wallet client
   * leaves it open. The transport is thread-safe.
   *
   * @param client the caller's client
   * @return the transport, to pass to {@code WalletClient.Builder.transport(...)}
   * @throws NullPointerException if {@code client} is null
   */
  // OkHttpClient's module is not required transitively (it is optional); callers require it.
  @SuppressWarnings("exports")
  public static Transport wrap(OkHttpClient client) {
    return OkHttpTransport.wrap(Objects.requireNonNull(client, "client"));
  }
}
