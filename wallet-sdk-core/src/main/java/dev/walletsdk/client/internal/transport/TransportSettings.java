/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.ClientTls;
import dev.walletsdk.client.ConnectionPooling;
import dev.walletsdk.client.ProxyCredentials;
import dev.walletsdk.client.Timeouts;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the builder applies to a transport it creates: timeouts, an optional HTTP proxy with
 * credentials, optional TLS material and the connection pool settings.
 *
 * @param timeouts the connect timeout, and the read timeout as OkHttp's socket timeouts
 * @param proxy {@link Proxy#NO_PROXY} or an HTTP proxy with a socket address
 * @param proxyCredentials answers the proxy's 407 with Basic, if present
 * @param tls the trust and client certificate, or {@code null} for the platform's defaults
 * @param pooling the connection pool and request limits
 */
public record TransportSettings(
    Timeouts timeouts,
    Proxy proxy,
    @Nullable ProxyCredentials proxyCredentials,
    @Nullable ClientTls tls,
    ConnectionPooling pooling) {

  /** Checks the proxy; see {@link #checkProxy}. */
  public TransportSettings {
    Objects.requireNonNull(timeouts, "timeouts");
    Objects.requireNonNull(pooling, "pooling");
    checkProxy(proxy, proxyCredentials != null);
  }

  /**
   * Settings with the platform's TLS defaults and the transport's pool defaults.
   *
   * @param timeouts the timeouts
   * @param proxy the proxy
   * @param proxyCredentials the proxy's credentials, if any
   */
  public TransportSettings(
      Timeouts timeouts, Proxy proxy, @Nullable ProxyCredentials proxyCredentials) {
    this(timeouts, proxy, proxyCredentials, null, ConnectionPooling.defaults());
  }

  /**
   * Settings without a proxy.
   *
   * @param timeouts the timeouts
   * @return the settings
   */
  public static TransportSettings direct(Timeouts timeouts) {
    return new TransportSettings(timeouts, Proxy.NO_PROXY, null);
  }

  /**
   * Checks a proxy the builder was given.
   *
   * @param proxy the proxy
   * @param withCredentials whether credentials come with it
   * @throws InvalidRequestException if the proxy is not {@link Proxy#NO_PROXY} or an HTTP proxy
   *     with a socket address, or credentials come with {@link Proxy#NO_PROXY}
   */
  public static void checkProxy(@Nullable Proxy proxy, boolean withCredentials) {
    if (proxy == null
        || proxy.type() == Proxy.Type.SOCKS
        || (proxy.type() == Proxy.Type.HTTP && !(proxy.address() instanceof InetSocketAddress))) {
      throw InvalidRequestException.forField(
          "proxy",
          "invalid_proxy",
          "proxy must be an HTTP proxy with a socket address, or Proxy.NO_PROXY, but was " + proxy);
    }
    if (proxy.type() == Proxy.Type.DIRECT && withCredentials) {
      throw InvalidRequestException.forField(
          "proxy", "invalid_proxy", "proxy credentials need an HTTP proxy, not Proxy.NO_PROXY");
    }
  }

  /**
   * Tells whether requests go through a proxy.
   *
   * @return {@code true} for an HTTP proxy
   */
  public boolean hasProxy() {
    return proxy.type() == Proxy.Type.HTTP;
  }

  /**
   * Returns the proxy's socket address.
   *
   * @return the address
   * @throws IllegalStateException without a proxy
   */
  public InetSocketAddress proxyAddress() {
    if (!hasProxy()) {
      throw new IllegalStateException("no proxy is configured");
    }
    return (InetSocketAddress) proxy.address();
  }
}
