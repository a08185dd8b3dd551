/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import dev.walletsdk.mock.internal.runtime.MockRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.jspecify.annotations.Nullable;

/**
 * Builds the standalone server: Jetty on the loopback interface with the mock's bounds, configured
 * per server (no system properties, so servers of the host application are unaffected).
 */
public final class JettyServers {
  /** Most requests served at once; a delayed answer holds one thread. */
  private static final int MAX_THREADS = 200;

  private static final Duration STOP_GRACE = Duration.ofSeconds(2);

  /** A running server. */
  public static final class Started {
    private final Server server;
    private final ServerConnector connector;
    private final JettyExchange exchange;
    private final URI baseUrl;

    private Started(Server server, ServerConnector connector, JettyExchange exchange, URI baseUrl) {
      this.server = server;
      this.connector = connector;
      this.exchange = exchange;
      this.baseUrl = baseUrl;
    }

    /**
     * Returns the base URL.
     *
     * @return for example {@code http://127.0.0.1:8080}
     */
    public URI baseUrl() {
      return baseUrl;
    }

    /**
     * Stops accepting connections, waits up to two seconds for requests in progress to finish, then
     * closes every connection.
     */
    public void stop() {
      connector.close();
      exchange.awaitIdle(STOP_GRACE);
      JettyServers.stop(server);
    }
  }

  private JettyServers() {}

  /**
   * Starts a server.
   *
   * @param runtime the mock to serve
   * @param port the port, or 0 for any free one
   * @param bounds the limits
   * @param timers where the request-read deadline is checked
   * @param tls the TLS context to serve HTTPS with, or {@code null} for plain HTTP
   * @return the running server
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static Started start(
      MockRuntime runtime,
      int port,
      HttpBounds bounds,
      ScheduledExecutorService timers,
      @Nullable SSLContext tls) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8);
    threads.setName("wallet-mock-http");
    threads.setDaemon(true);
    Server server =
        new Server(threads, new ScheduledExecutorScheduler("wallet-mock-http-timer", true), null);
    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(bounds.maxHeaderBytes());
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    ServerConnector connector = connector(server, config, tls);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    connector.setAcceptQueueSize(256);
    connector.setIdleTimeout(bounds.idleTime().toMillis());
    RequestDeadlines deadlines = new RequestDeadlines(bounds.requestReadTime(), System::nanoTime);
    connector.addEventListener(deadlines);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(bounds.maxConnections(), connector));
    server.setErrorHandler(new ProblemErrorHandler(bounds));
    JettyExchange exchange = new JettyExchange(runtime, bounds, deadlines, threads);
    server.setHandler(exchange);
    // No graceful stop: it would also wait for idle keep-alive connections; Started.stop waits
    // for requests in progress only.
    server.setStopTimeout(0);
    try {
      server.start();
    } catch (Exception e) {
      stop(server);
      throw new UncheckedIOException(
          "cannot listen on loopback port " + port,
          e instanceof IOException io ? io : new IOException(e));
    }
    long period = Math.max(10, bounds.requestReadTime().toMillis() / 4);
    timers.scheduleWithFixedDelay(deadlines, period, period, TimeUnit.MILLISECONDS);
    URI base =
        URI.create(
            (tls == null ? "http://" : "https://")
                + InetAddress.getLoopbackAddress().getHostAddress()
                + ":"
                + connector.getLocalPort());
    return new Started(server, connector, exchange, base);
  }

  private static ServerConnector connector(
      Server server, HttpConfiguration config, @Nullable SSLContext tls) {
    if (tls == null) {
      return new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
    }
    // Hostname checks are the client's: the server answers whatever name reached it on loopback.
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    secure.setSniHostCheck(false);
    config.addCustomizer(secure);
    SslContextFactory.Server factory = new SslContextFactory.Server();
    factory.setSslContext(tls);
    return new ServerConnector(
        server,
        1,
        1,
        new SslConnectionFactory(factory, HttpVersion.HTTP_1_1.asString()),
        new HttpConnectionFactory(config));
  }

  private static void stop(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the HTTP server did not stop cleanly", e);
    }
  }
}
