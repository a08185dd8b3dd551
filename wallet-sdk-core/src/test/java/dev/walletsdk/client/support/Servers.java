/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Loopback MockWebServers and the responses tests script on them. */
public final class Servers {
  private Servers() {}

  /** Starts a server on the loopback interface on an ephemeral port. */
  public static MockWebServer startLoopback() {
    MockWebServer server = new MockWebServer();
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /** The base URL of a loopback server, as the client builder takes it. */
  public static String baseUrl(MockWebServer server) {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** A JSON response with a request id. */
  public static MockResponse json(int status, String body, String requestId) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
        .addHeader("Request-Id", requestId)
        .body(body)
        .build();
  }

  /** A problem document response. */
  public static MockResponse problem(int status, String code, String detail, String requestId) {
    return json(
        status,
        "{\"type\":\"https://walletsdk.dev/problems/"
            + code
            + "\",\"title\":\"Problem\",\"status\":"
            + status
            + ",\"code\":\""
            + code
            + "\",\"detail\":\""
            + detail
            + "\"}",
        requestId);
  }

  /** Takes the next recorded request, failing instead of waiting forever. */
  public static RecordedRequest take(MockWebServer server) {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("the server received no request within 5 s");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
