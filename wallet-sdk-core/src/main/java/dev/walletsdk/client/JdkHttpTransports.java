/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.spi.Transport;
import java.net.Proxy;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Makes a {@link Transport} of the caller's own JDK {@link HttpClient}, which keeps its proxy,
 * authenticator, TLS, executor and connect timeout:
 *
 * <pre>{@code
 * WalletClient wallet = WalletClient.builder()
 *     .baseUrl("https://wallet.bank.example")
 *     .apiKey(apiKey)
 *     .transport(JdkHttpTransports.wrap(httpClient))
 *     .build();
 * }</pre>
 *
 * <p>or makes one with its own client from {@link #builder()}, for example to ask for HTTP/2:
 *
 * <pre>{@code
 * Transport transport = JdkHttpTransports.builder()
 *     .httpVersion(HttpClient.Version.HTTP_2)
 *     .build();
 * }</pre>
 */
public final class JdkHttpTransports {
  private JdkHttpTransports() {}

  /**
   * Wraps a client. Build it with {@link HttpClient.Redirect#NEVER} (the default of {@link
   * HttpClient#newBuilder()}): the SDK treats a redirect of an API call as an error, and a client
   * that follows redirects would resend the API key and writes to another origin, so such a client
   * is refused. The per-attempt timeout of each call is set on each request.
   *
   * <p>The caller remains the owner of {@code client}. The transport is thread-safe.
   *
   * @param client the caller's client
   * @return the transport, to pass to {@link WalletClient.Builder#transport(Transport)}
   * @throws NullPointerException if {@code client} is null
   * @throws dev.walletsdk.InvalidRequestException (field {@code client}, code {@code
   *     redirects_not_allowed}) if the client's redirect policy is not {@link
   *     HttpClient.Redirect#NEVER}
   */
  public static Transport wrap(HttpClient client) {
    return JdkHttpTransport.wrap(Objects.requireNonNull(client, "client"));
  }

  /**
   * Starts a transport with its own JDK client: by default HTTP/1.1, a 5 s connect timeout, no
   * proxy, the platform's TLS defaults and no request limit, and never following redirects, as the
   * transport {@link WalletClient.Builder#build()} makes when OkHttp is absent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings of a JDK transport with its own client. Not thread-safe; build once. */
  public static final class Builder {
    private Duration connectTimeout = Timeouts.defaults().connect();
    private Proxy proxy = Proxy.NO_PROXY;
    private @Nullable ProxyCredentials proxyCredentials;
    private @Nullable ClientTls tls;
    private ConnectionPooling pooling = ConnectionPooling.defaults();
    private HttpClient.Version version = HttpClient.Version.HTTP_1_1;

    private Builder() {}

    /**
     * Sets the HTTP version the client asks for; {@link HttpClient.Version#HTTP_1_1} by default.
     *
     * <p>With {@link HttpClient.Version#HTTP_2}, requests to an {@code https} server are sent over
     * HTTP/2 when the server offers it in the TLS handshake (ALPN), and over HTTP/1.1 when it does
     * not. To a plain {@code http} server the client's first request on a connection asks to
     * upgrade ({@code Upgrade: h2c}); a server that ignores that is spoken to in HTTP/1.1. Either
     * way the calls behave the same: headers, bodies, timeouts, the response size limit and the
     * errors are those of HTTP/1.1. HTTP/2 multiplexes the concurrent calls to one server over one
     * connection.
     *
     * @param version {@link HttpClient.Version#HTTP_1_1} or {@link HttpClient.Version#HTTP_2}
     * @return this builder
     * @throws NullPointerException if {@code version} is null
     */
    public Builder httpVersion(HttpClient.Version version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets the longest time to establish a connection; 5 s by default.
     *
     * @param timeout positive
     * @return this builder
     * @throws InvalidRequestException if {@code timeout} is not positive
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Timeouts.of(timeout, Timeouts.defaults().read()).connect();
      return this;
    }

    /**
     * Sends requests through an HTTP proxy, as {@link WalletClient.Builder#proxy} describes for the
     * JDK transport (credentials go preemptively as {@code Proxy-Authorization: Basic}).
     *
     * @param proxy an {@link Proxy.Type#HTTP} proxy, or {@link Proxy#NO_PROXY}
     * @param credentials the proxy's user name and password, or {@code null} if it needs none
     * @return this builder
     * @throws InvalidRequestException if the proxy is not an HTTP proxy with a socket address, or
     *     credentials are given for {@link Proxy#NO_PROXY}
     */
    public Builder proxy(Proxy proxy, @Nullable ProxyCredentials credentials) {
      TransportSettings.checkProxy(proxy, credentials != null);
      this.proxy = proxy;
      this.proxyCredentials = credentials;
      return this;
    }

    /**
     * Sets the TLS material: the authorities to trust and the client certificate.
     *
     * @param tls the TLS material
     * @return this builder
     */
    public Builder tls(ClientTls tls) {
      this.tls = Objects.requireNonNull(tls, "tls");
      return this;
    }

    /**
     * Sets the request limits; see {@link ConnectionPooling} (the pool's size and keep-alive are
     * refused by {@link #build()} on this transport).
     *
     * @param pooling the settings
     * @return this builder
     */
    public Builder connectionPooling(ConnectionPooling pooling) {
      this.pooling = Objects.requireNonNull(pooling, "pooling");
      return this;
    }

    /**
     * Makes the transport, to pass to {@link WalletClient.Builder#transport(Transport)}; as with
     * any transport passed there, the caller remains its owner.
     *
     * @return the transport; thread-safe
     * @throws InvalidRequestException (code {@code not_supported}) if the pool's size or keep-alive
     *     was set, which a JDK client takes from JVM-wide system properties only
     */
    public Transport build() {
      return JdkHttpTransport.create(
          new TransportSettings(
              Timeouts.of(connectTimeout, Timeouts.defaults().read()),
              proxy,
              proxyCredentials,
              tls,
              pooling),
          version);
    }
  }
}
