/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.mock.internal.runtime.MockRuntime;
import dev.walletsdk.mock.internal.server.HttpBounds;
import dev.walletsdk.mock.internal.server.JettyServers;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mock served over HTTP/1.1, or HTTPS, on the loopback interface. Faults act on the real
 * connection: a reset closes it without a response, a delay holds the response, a truncated body is
 * cut mid-stream.
 *
 * <p>A misbehaving client cannot stop it serving others: request heads are parsed without holding a
 * thread, each request must arrive within a bounded time, connections are bounded in number, and
 * requests the server cannot parse are answered with problem documents (docs/mock-server.md,
 * "Bounds"). It sets no system properties.
 *
 * <p>Thread-safe. {@link #close()} stops accepting and waits briefly for requests in progress.
 */
public final class MockHttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MockHttpServer.class);

  private final JettyServers.Started server;
  private final ScheduledExecutorService timers;

  private MockHttpServer(JettyServers.Started server, ScheduledExecutorService timers) {
    this.server = server;
    this.timers = timers;
  }

  static MockHttpServer start(MockRuntime runtime, int port) {
    return start(runtime, port, HttpBounds.DEFAULTS, null);
  }

  static MockHttpServer start(MockRuntime runtime, int port, MockTls tls) {
    return start(runtime, port, HttpBounds.DEFAULTS, tls.sslContext());
  }

  static MockHttpServer start(MockRuntime runtime, int port, HttpBounds bounds) {
    return start(runtime, port, bounds, null);
  }

  private static MockHttpServer start(
      MockRuntime runtime, int port, HttpBounds bounds, @Nullable SSLContext tls) {
    // Two threads: a webhook delivery to a slow receiver must not hold up the read deadlines.
    ScheduledExecutorService timers =
        Executors.newScheduledThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "wallet-mock-timers");
              thread.setDaemon(true);
              return thread;
            });
    JettyServers.Started started;
    try {
      started = JettyServers.start(runtime, port, bounds, timers, tls);
    } catch (RuntimeException e) {
      timers.shutdownNow();
      throw e;
    }
    timers.scheduleWithFixedDelay(() -> deliverQuietly(runtime), 250, 250, TimeUnit.MILLISECONDS);
    return new MockHttpServer(started, timers);
  }

  /**
   * Returns the base URL to give clients.
   *
   * @return for example {@code http://127.0.0.1:8080}, or {@code https://127.0.0.1:8443} when
   *     serving HTTPS
   */
  public URI baseUrl() {
    return server.baseUrl();
  }

  /**
   * Returns the address of the web console (docs/mock-server.md, "Web console"). With a control
   * token, append {@code #token=<token>} when opening it in a browser: the fragment never leaves
   * the browser.
   *
   * @return for example {@code http://127.0.0.1:8080/_mock/console}
   */
  public URI consoleUrl() {
    return URI.create(server.baseUrl() + "/_mock/console");
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.baseUrl().getPort();
  }

  private static void deliverQuietly(MockRuntime runtime) {
    try {
      runtime.webhooks().deliverDue();
    } catch (RuntimeException e) {
      LOG.warn("webhook delivery failed", e);
    }
  }

  /**
   * Stops accepting connections, then waits up to two seconds for requests in progress to finish
   * (each finishes its journal write before it answers).
   */
  @Override
  public void close() {
    timers.shutdownNow();
    server.stop();
  }

  @Override
  public String toString() {
    return "MockHttpServer{" + server.baseUrl() + "}";
  }
}
