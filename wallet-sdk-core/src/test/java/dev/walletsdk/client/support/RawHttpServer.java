/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 server that writes whatever bytes a test scripts, malformed status lines and
 * endless bodies included, one request per connection. It counts the requests it read and the body
 * bytes the client accepted before it closed the connection.
 */
public final class RawHttpServer implements AutoCloseable {
  private static final int CHUNK = 64 * 1024;

  /** Writes one response. */
  @FunctionalInterface
  public interface Responder {
    /**
     * Writes the response to a request.
     *
     * @param out the connection's output
     * @param server the server, to count body bytes with {@link #writeBody}
     * @throws IOException when the client has gone
     */
    void respond(OutputStream out, RawHttpServer server) throws IOException;
  }

  private final ServerSocket socket;
  private final ExecutorService connections;
  private final Responder responder;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicLong bodyBytes = new AtomicLong();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  private RawHttpServer(Responder responder) throws IOException {
    this.socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    this.responder = responder;
    this.connections =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "raw-http-server");
              thread.setDaemon(true);
              return thread;
            });
    connections.execute(this::acceptLoop);
  }

  /** Starts a server on 127.0.0.1 on an ephemeral port. */
  public static RawHttpServer start(Responder responder) {
    try {
      return new RawHttpServer(responder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A responder that writes the given text as it is, then closes the connection. */
  public static Responder text(String response) {
    return (out, server) -> out.write(response.getBytes(StandardCharsets.UTF_8));
  }

  /** The base URL, as the client builder takes it. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** The number of requests read so far. */
  public int requests() {
    return requests.get();
  }

  /** The body bytes written with {@link #writeBody} that the client's connection accepted. */
  public long bodyBytesAccepted() {
    return bodyBytes.get();
  }

  /**
   * Writes a body of {@code length} zero-valued bytes, plain or in 64 KiB chunks, counting every
   * byte the connection accepts, until {@code length} bytes are written or the client closes the
   * connection.
   *
   * @param out the connection's output
   * @param length the body length
   * @param chunked whether to use chunked transfer coding
   */
  public void writeBody(OutputStream out, long length, boolean chunked) throws IOException {
    byte[] chunk = new byte[CHUNK];
    byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
    for (long written = 0; written < length; written += CHUNK) {
      int size = (int) Math.min(CHUNK, length - written);
      if (chunked) {
        out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      }
      out.write(chunk, 0, size);
      if (chunked) {
        out.write(crlf);
      }
      bodyBytes.addAndGet(size);
    }
    if (chunked) {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.flush();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        open.add(connection);
        connections.execute(() -> serve(connection));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection;
        InputStream in = connection.getInputStream();
        OutputStream out = connection.getOutputStream()) {
      readRequest(in);
      requests.incrementAndGet();
      responder.respond(out, this);
      out.flush();
    } catch (IOException e) {
      // The client closed the connection; what it accepted is counted.
    } finally {
      open.remove(connection);
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request ended in its head");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    long length = 0;
    for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring("content-length:".length()).trim());
      }
    }
    in.skipNBytes(length);
  }

  @Override
  public void close() {
    try {
      socket.close();
      for (Socket connection : open) {
        connection.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      connections.shutdownNow();
      try {
        connections.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
