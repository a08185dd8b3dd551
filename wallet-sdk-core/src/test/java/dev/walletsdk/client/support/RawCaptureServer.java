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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP/1.1 server that records each request exactly as it arrived on the socket (request
 * line, header lines, body) and answers every one with the same 404 problem document. No parsing
 * library stands between the wire and the record.
 */
public final class RawCaptureServer implements AutoCloseable {
  private static final byte[] RESPONSE_BODY =
      ("{\"type\":\"https://walletsdk.dev/problems/not_found\",\"title\":\"Not found\","
              + "\"status\":404,\"code\":\"not_found\",\"detail\":\"captured\"}")
          .getBytes(StandardCharsets.US_ASCII);

  /** Head and body in one write, so that Nagle's algorithm never holds back the body. */
  private static final byte[] RESPONSE = response();

  private static final int MAX_HEAD_BYTES = 64 * 1024;

  private static byte[] response() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("HTTP/1.1 404 Not Found\r\nContent-Type: application/problem+json\r\n"
                + "Request-Id: req_raw\r\nContent-Length: "
                + RESPONSE_BODY.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(RESPONSE_BODY);
    return out.toByteArray();
  }

  /**
   * One request as received.
   *
   * @param method the method of the request line
   * @param target the request target of the request line, byte for byte
   * @param headers the header lines as name and value, in order
   * @param body the body, empty if none
   */
  public record Captured(String method, String target, List<String[]> headers, byte[] body) {
    /** The first value of a header, or null. */
    public String header(String name) {
      return headers.stream()
          .filter(h -> h[0].equalsIgnoreCase(name))
          .map(h -> h[1])
          .findFirst()
          .orElse(null);
    }
  }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final BlockingQueue<Captured> captured = new LinkedBlockingQueue<>();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();

  private RawCaptureServer(ServerSocket socket) {
    this.socket = socket;
    threads.execute(this::acceptLoop);
  }

  /** Starts a server on 127.0.0.1 on an ephemeral port. */
  public static RawCaptureServer start() {
    try {
      return new RawCaptureServer(new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port the server listens on. */
  public int port() {
    return socket.getLocalPort();
  }

  /** Takes the next captured request, failing instead of waiting forever. */
  public Captured take() {
    try {
      Captured next = captured.poll(10, TimeUnit.SECONDS);
      if (next == null) {
        throw new AssertionError("the server received no request within 10 s");
      }
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        connections.add(connection);
        threads.execute(() -> serve(connection));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection;
        InputStream in = connection.getInputStream();
        OutputStream out = connection.getOutputStream()) {
      while (true) {
        List<String> head = readHead(in);
        if (head.isEmpty()) {
          return;
        }
        String[] requestLine = head.get(0).split(" ", -1);
        List<String[]> headers = new ArrayList<>();
        for (String line : head.subList(1, head.size())) {
          int colon = line.indexOf(':');
          headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
        }
        int length = contentLength(headers);
        byte[] body = in.readNBytes(length);
        captured.add(new Captured(requestLine[0], requestLine[1], headers, body));
        out.write(RESPONSE);
        out.flush();
      }
    } catch (IOException e) {
      // The client closed the connection or the server is stopping.
    }
  }

  private static int contentLength(List<String[]> headers) {
    return headers.stream()
        .filter(h -> h[0].toLowerCase(Locale.ROOT).equals("content-length"))
        .map(h -> Integer.parseInt(h[1]))
        .findFirst()
        .orElse(0);
  }

  /** Reads header lines up to the empty line; an empty list at the end of the stream. */
  private static List<String> readHead(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int total = 0;
    for (int b = in.read(); b != -1; b = in.read()) {
      if (++total > MAX_HEAD_BYTES) {
        throw new IOException("request head too large");
      }
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        if (text.isEmpty()) {
          return lines;
        }
        lines.add(text);
        line.reset();
      } else {
        line.write(b);
      }
    }
    return List.of();
  }

  @Override
  public void close() {
    try {
      socket.close();
      for (Socket connection : connections) {
        connection.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads.shutdownNow();
  }
}
