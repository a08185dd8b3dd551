/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import dev.walletsdk.spi.TransportResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;

/**
 * Bounds the time a request head takes to arrive. The server parses heads without holding a thread,
 * so a client that trickles its headers costs only a connection; this takes that back. A connection
 * that has received bytes since its last exchange ended, and has not yet handed a request to the
 * mock, must complete the head within the bound; otherwise it gets a 408 problem and is closed. A
 * silent connection is left to the idle timeout.
 *
 * <p>{@link #run()} is called periodically (a quarter of the bound); the bound holds to within one
 * period. Thread-safe.
 */
final class RequestDeadlines implements Connection.Listener, Runnable {
  /** One open connection. */
  private static final class Watch {
    private final Connection connection;
    private volatile boolean busy;
    private volatile long bytesAtRest;
    private volatile long headSince = -1;

    Watch(Connection connection) {
      this.connection = connection;
    }
  }

  private final Map<Connection, Watch> watches = new ConcurrentHashMap<>();
  private final long limitNanos;
  private final LongSupplier nanoTime;

  RequestDeadlines(Duration limit, LongSupplier nanoTime) {
    this.limitNanos = limit.toNanos();
    this.nanoTime = nanoTime;
  }

  @Override
  public void onOpened(Connection connection) {
    watches.put(connection, new Watch(connection));
  }

  @Override
  public void onClosed(Connection connection) {
    watches.remove(connection);
  }

  /** The head of a request on this connection is complete: the mock has it. */
  void begin(Connection connection) {
    Watch watch = watches.get(connection);
    if (watch != null) {
      watch.busy = true;
    }
  }

  /** The exchange on this connection has ended; bytes from now on are the next request. */
  void end(Connection connection) {
    Watch watch = watches.get(connection);
    if (watch != null) {
      watch.bytesAtRest = connection.getBytesIn();
      watch.headSince = -1;
      watch.busy = false;
    }
  }

  /** Connections being watched. */
  int open() {
    return watches.size();
  }

  @Override
  public void run() {
    long now = nanoTime.getAsLong();
    for (Watch watch : watches.values()) {
      if (watch.busy || watch.connection.getBytesIn() <= watch.bytesAtRest) {
        watch.headSince = -1;
      } else if (watch.headSince < 0) {
        watch.headSince = now;
      } else if (now - watch.headSince >= limitNanos) {
        timeOut(watch);
      }
    }
  }

  private void timeOut(Watch watch) {
    watches.remove(watch.connection);
    EndPoint endPoint = watch.connection.getEndPoint();
    TransportResponse problem =
        HttpProblems.of(
            408,
            "the request head did not arrive within "
                + Duration.ofNanos(limitNanos).toMillis()
                + " ms");
    endPoint.write(
        Callback.from(endPoint::close, failure -> endPoint.close(failure)),
        ByteBuffer.wrap(raw(problem)));
  }

  /** The response as bytes on the wire, closing the connection. */
  private static byte[] raw(TransportResponse response) {
    StringBuilder head = new StringBuilder("HTTP/1.1 408 Request Timeout\r\n");
    for (int i = 0; i < response.headers().size(); i++) {
      head.append(response.headers().name(i))
          .append(": ")
          .append(response.headers().value(i))
          .append("\r\n");
    }
    head.append("Content-Length: ")
        .append(response.body().length)
        .append("\r\nConnection: close\r\n\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    bytes.writeBytes(response.body());
    return bytes.toByteArray();
  }
}
