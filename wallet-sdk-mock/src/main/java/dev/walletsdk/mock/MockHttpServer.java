package dev.walletsdk.mock;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.walletsdk.mock.internal.runtime.Exchange;
import dev.walletsdk.mock.internal.runtime.MockRuntime;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mock served over HTTP by the JDK's built-in server, bound to the loopback interface. Faults
 * act on the real connection: a reset closes it without a response, a delay holds the response, a
 * truncated body is cut mid-stream.
 *
 * <p>Thread-safe. {@link #close()} stops accepting and waits briefly for requests in progress.
 */
public final class MockHttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MockHttpServer.class);
  private static final int MAX_BODY_BYTES = 1024 * 1024;
  private static final AtomicInteger THREADS = new AtomicInteger();
  // Compiled once: compiling it per request showed up in the load profile (docs/performance.md).
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");

  private final HttpServer server;
  private final ExecutorService executor;
  private final ScheduledExecutorService deliveries;
  private final URI baseUrl;

  private MockHttpServer(
      HttpServer server,
      ExecutorService executor,
      ScheduledExecutorService deliveries,
      URI baseUrl) {
    this.server = server;
    this.executor = executor;
    this.deliveries = deliveries;
    this.baseUrl = baseUrl;
  }

  static MockHttpServer start(MockRuntime runtime, int port) {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK, and every exchange stalls about 40 ms. Read once when the server is first used.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      InetAddress loopback = InetAddress.getLoopbackAddress();
      HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 256);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              32,
              task -> {
                Thread thread = new Thread(task, "wallet-mock-http-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
      URI base =
          URI.create("http://" + loopback.getHostAddress() + ":" + server.getAddress().getPort());
      server.createContext("/", exchange -> serve(runtime, base, exchange));
      server.setExecutor(executor);
      server.start();
      ScheduledExecutorService deliveries =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "wallet-mock-webhooks");
                thread.setDaemon(true);
                return thread;
              });
      deliveries.scheduleWithFixedDelay(
          () -> deliverQuietly(runtime), 250, 250, TimeUnit.MILLISECONDS);
      return new MockHttpServer(server, executor, deliveries, base);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on loopback port " + port, e);
    }
  }

  /**
   * Returns the base URL to give clients.
   *
   * @return for example {@code http://127.0.0.1:8080}
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return baseUrl.getPort();
  }

  private static void serve(MockRuntime runtime, URI base, HttpExchange exchange)
      throws IOException {
    byte[] body = read(exchange.getRequestBody());
    Exchange outcome =
        body == null
            ? new Exchange.Respond(MockRuntime.bodyTooLarge(), Duration.ZERO)
            : runtime.exchangeFromNetwork(request(base, exchange, body), base.getPort());
    if (outcome instanceof Exchange.Truncate truncate) {
      send(exchange, truncate.response(), true);
      // The JDK server closes the connection when a handler fails: a truncated body must end in
      // a broken connection, as a real network failure would, not leave the client waiting.
      throw new IOException("response body truncated by an injected fault");
    }
    try (exchange) {
      if (outcome instanceof Exchange.Respond respond) {
        pause(respond.delay());
        send(exchange, respond.response(), false);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug(
          "exchange {} {} ended with {}",
          exchange.getRequestMethod(),
          exchange.getRequestURI(),
          e.toString());
    }
  }

  private static void deliverQuietly(MockRuntime runtime) {
    try {
      runtime.webhooks().deliverDue();
    } catch (RuntimeException e) {
      LOG.warn("webhook delivery failed", e);
    }
  }

  private static TransportRequest request(URI base, HttpExchange exchange, byte[] body) {
    Headers.Builder headers = Headers.builder();
    for (Map.Entry<String, List<String>> field : exchange.getRequestHeaders().entrySet()) {
      for (String value : field.getValue()) {
        headers.add(field.getKey(), value);
      }
    }
    // The URI the client addressed, so that a signed @target-uri matches: its Host, our scheme.
    String host = exchange.getRequestHeaders().getFirst("Host");
    URI target =
        host == null || !HOST.matcher(host).matches()
            ? base.resolve(exchange.getRequestURI().toString())
            : URI.create("http://" + host).resolve(exchange.getRequestURI().toString());
    return TransportRequest.builder()
        .method(exchange.getRequestMethod())
        .uri(target)
        .headers(headers.build())
        .body(body.length == 0 ? null : body)
        .build();
  }

  private static byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  private static void send(HttpExchange exchange, TransportResponse response, boolean truncate)
      throws IOException {
    Headers headers = response.headers();
    for (int i = 0; i < headers.size(); i++) {
      exchange.getResponseHeaders().add(headers.name(i), headers.value(i));
    }
    byte[] body = response.body();
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (truncate) {
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, body.length / 2);
      out.flush();
    } else if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void pause(Duration delay) {
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Stops accepting connections, then waits up to two seconds for requests in progress to finish
   * (each finishes its journal write before it answers).
   */
  @Override
  public void close() {
    // stop(0): the JDK 17 server waits out any non-zero grace period even when idle.
    server.stop(0);
    deliveries.shutdownNow();
    executor.shutdown();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "MockHttpServer{" + baseUrl + "}";
  }
}
