/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.TransportException;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.spi.TransportRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the JDK transport runs one exchange: on the calling thread without a thread or task of its
 * own per call, bounded in whole (headers and body) by the attempt's timeout, aborted when that
 * passes or the caller is interrupted, and reading bodies up to exactly the limit.
 */
class JdkHttpTransportExchangeTest {
  private static final int MAX_BODY_BYTES = TransportContract.MAX_BODY_BYTES;

  private final JdkHttpTransport transport =
      JdkHttpTransport.create(
          TransportSettings.direct(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(5))));
  private final MockWebServer server = Servers.startLoopback();
  private ServerSocket stalling;

  @AfterEach
  void stop() throws IOException {
    transport.close();
    server.close();
    if (stalling != null) {
      stalling.close();
    }
  }

  private URI uri(String path) {
    return URI.create(Servers.baseUrl(server) + path);
  }

  private static TransportRequest get(URI uri, Duration timeout) {
    return TransportRequest.builder().method("GET").uri(uri).timeout(timeout).build();
  }

  @Test
  void sequentialCallsStartNoThreadPerCall() throws ReflectiveOperationException {
    for (int i = 0; i < 51; i++) {
      server.enqueue(new MockResponse.Builder().body("{\"n\":" + i + "}").build());
    }
    transport.execute(get(uri("/v1/warm"), Duration.ofSeconds(5)));
    long started = startedThreads();

    for (int i = 1; i <= 50; i++) {
      assertThat(transport.execute(get(uri("/v1/n"), Duration.ofSeconds(5))).bodyText())
          .isEqualTo("{\"n\":" + i + "}");
    }

    assertThat(startedThreads() - started).isLessThanOrEqualTo(5);
  }

  /**
   * The JVM's count of threads ever started. Tests compile inside the client's module, which does
   * not read {@code java.management}; they run on the class path, where reflection reaches it.
   */
  private static long startedThreads() throws ReflectiveOperationException {
    Object threads =
        Class.forName("java.lang.management.ManagementFactory")
            .getMethod("getThreadMXBean")
            .invoke(null);
    return (long)
        Class.forName("java.lang.management.ThreadMXBean")
            .getMethod("getTotalStartedThreadCount")
            .invoke(threads);
  }

  @Test
  void responseHeadersThatNeverComeTimeOut() {
    server.enqueue(
        new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{\"late\":1}").build());
    URI uri = uri("/v1/headers-late");

    assertThatThrownBy(() -> transport.execute(get(uri, Duration.ofMillis(200))))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT))
        .hasMessage("no response in time for GET " + uri);
  }

  @Test
  void bodyThatStallsTimesOutAndTheConnectionIsClosed() throws Exception {
    CompletableFuture<Integer> afterAbort = new CompletableFuture<>();
    URI uri = stallAfterPartOfTheBody(() -> {}, afterAbort);

    assertThatThrownBy(() -> transport.execute(get(uri, Duration.ofMillis(300))))
        .isInstanceOfSatisfying(
            TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT))
        .hasMessage("no response in time for GET " + uri);
    assertThat(afterAbort.get(10, TimeUnit.SECONDS)).isEqualTo(-1);
  }

  @Test
  void interruptWhileTheBodyIsPendingCancelsTheCallAndClosesTheConnection() throws Exception {
    CompletableFuture<Integer> afterAbort = new CompletableFuture<>();
    Thread caller = Thread.currentThread();
    URI uri = stallAfterPartOfTheBody(caller::interrupt, afterAbort);

    try {
      assertThatThrownBy(() -> transport.execute(get(uri, Duration.ofSeconds(10))))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CANCELLED))
          .hasMessage("GET " + uri + " was interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(afterAbort.get(10, TimeUnit.SECONDS)).isEqualTo(-1);
  }

  @Test
  void interruptWhileTheResponseIsHandedOverCancelsTheCallAndClosesTheConnection()
      throws Exception {
    CompletableFuture<Integer> afterAbort = new CompletableFuture<>();
    URI uri = stallAfterPartOfTheBody(() -> {}, afterAbort);
    HttpClient jdk =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    JdkHttpTransport interrupted =
        JdkHttpTransport.wrap(new InterruptingHttpClient(jdk, Thread.currentThread()));

    try {
      assertThatThrownBy(() -> interrupted.execute(get(uri, Duration.ofSeconds(10))))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CANCELLED))
          .hasMessage("GET " + uri + " was interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
      interrupted.close();
    }
    assertThat(afterAbort.get(10, TimeUnit.SECONDS)).isEqualTo(-1);
  }

  @Test
  void chunkedBodyOfExactlyTheLimitIsAcceptedWhole() {
    byte[] body = new byte[MAX_BODY_BYTES];
    for (int i = 0; i < body.length; i += 4093) {
      body[i] = (byte) (i / 4093);
    }
    server.enqueue(new MockResponse.Builder().chunkedBody(new Buffer().write(body), 1000).build());

    assertThat(transport.execute(get(uri("/v1/limit"), Duration.ofSeconds(20))).body())
        .isEqualTo(body);
  }

  /**
   * Serves one request with headers announcing 10 body bytes and only 2 of them, then, once {@code
   * onStalled} ran, reports what a read on the connection returns (-1 once the client closed it).
   */
  private URI stallAfterPartOfTheBody(Runnable onStalled, CompletableFuture<Integer> afterAbort)
      throws IOException {
    stalling = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread serving =
        new Thread(
            () -> {
              try (Socket socket = stalling.accept()) {
                socket.setSoTimeout(8_000);
                InputStream in = socket.getInputStream();
                readHead(in);
                OutputStream out = socket.getOutputStream();
                out.write(
                    ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 10\r\n\r\n{\"")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                onStalled.run();
                afterAbort.complete(readAfterStall(in));
              } catch (IOException e) {
                afterAbort.completeExceptionally(e);
              }
            },
            "stalling-server");
    serving.setDaemon(true);
    serving.start();
    return URI.create("http://127.0.0.1:" + stalling.getLocalPort() + "/v1/stall");
  }

  /** Reads one byte: -1 once the client closed the connection, whether with FIN or a reset. */
  private static int readAfterStall(InputStream in) throws IOException {
    try {
      return in.read();
    } catch (SocketException e) {
      return -1;
    }
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request ended before its head");
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }
}
