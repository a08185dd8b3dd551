/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sends one hand-written HTTP/1.1 request over a new loopback socket, with exactly the headers
 * given: what a browser, or an attacker's page, could make a browser send.
 */
final class HandWrittenHttp {
  private HandWrittenHttp() {}

  /**
   * The status and JSON body of an answer.
   *
   * @param status the HTTP status
   * @param body the body, an empty object if there was none
   */
  record Answer(int status, JsonNode body) {
    String text(String pointer) {
      return body.at(pointer).asText();
    }
  }

  static Answer send(
      MockHttpServer server,
      String method,
      String path,
      Map<String, String> headers,
      @Nullable String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(content.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server's own loopback Host header value. */
  static String host(MockHttpServer server) {
    return "127.0.0.1:" + server.port();
  }

  private static Answer parse(InputStream in) throws IOException {
    String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int status = Integer.parseInt(response.substring(9, 12));
    int split = response.indexOf("\r\n\r\n");
    String body = split < 0 ? "" : response.substring(split + 4);
    return new Answer(
        status, body.isEmpty() ? MockApi.JSON.createObjectNode() : MockApi.JSON.readTree(body));
  }
}
