/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes raw bytes to a loopback server and reads one response, so that requests no HTTP client
 * would send can be tried. Every read waits at most five seconds.
 */
final class RawHttp {
  /** What came back: a response, or the connection closed without one. */
  record Answer(int status, String statusLine, Map<String, String> headers, String body) {
    static final Answer CLOSED = new Answer(0, "", Map.of(), "");

    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    JsonNode json() {
      try {
        return MockApi.JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private final int port;

  RawHttp(MockHttpServer server) {
    this.port = server.port();
  }

  /** Opens a connection that the caller closes. */
  Socket open() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(5_000);
    return socket;
  }

  /** Sends the text (ISO-8859-1) on a new connection and reads the answer. */
  Answer send(String request) throws IOException {
    return send(request.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends the bytes on a new connection and reads the answer. */
  Answer send(byte[] request) throws IOException {
    try (Socket socket = open()) {
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (SocketException e) {
        // The server may answer and close before it has read everything (a huge body).
      }
      return read(socket.getInputStream());
    }
  }

  /** A GET of the API with the mock's API key, closing the connection after the answer. */
  static String apiGet(MockWalletServer mock, String path, String... extraHeaderLines) {
    StringBuilder request =
        new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            .append("Authorization: Bearer ")
            .append(mock.apiKey().reveal())
            .append("\r\nWallet-Api-Version: 2026-11-01\r\nConnection: close\r\n");
    for (String line : extraHeaderLines) {
      request.append(line).append("\r\n");
    }
    return request.append("\r\n").toString();
  }

  /** Reads one response: status line, headers and a body of Content-Length bytes. */
  static Answer read(InputStream in) throws IOException {
    String statusLine;
    try {
      statusLine = line(in);
    } catch (SocketException e) {
      return Answer.CLOSED;
    }
    if (statusLine == null) {
      return Answer.CLOSED;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return new Answer(Integer.parseInt(statusLine.split(" ")[1]), statusLine, headers, body);
  }

  private static @Nullable String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
