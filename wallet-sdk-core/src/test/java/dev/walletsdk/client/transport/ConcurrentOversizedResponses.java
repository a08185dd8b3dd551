/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.client.support.RawHttpServer;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Run in a JVM of its own with a small heap by {@link ResponseMemoryTest}: sends {@value #CALLS}
 * requests at once on one transport to a loopback server that answers each with a chunked body well
 * over the limit, and prints how many calls ended in each way, one {@code count outcome} a line.
 */
final class ConcurrentOversizedResponses {
  static final int CALLS = 32;
  private static final long BODY_BYTES = TransportContract.MAX_BODY_BYTES + 16L * 1024 * 1024;

  private ConcurrentOversizedResponses() {}

  public static void main(String[] args) throws Exception {
    TransportSettings settings =
        TransportSettings.direct(Timeouts.of(Duration.ofSeconds(5), Duration.ofSeconds(60)));
    try (RawHttpServer server = RawHttpServer.start(ConcurrentOversizedResponses::respond);
        Transport transport =
            args[0].equals("okhttp")
                ? OkHttpTransport.create(settings)
                : JdkHttpTransport.create(settings)) {
      for (Map.Entry<String, Integer> outcome : run(server, transport).entrySet()) {
        System.out.println(outcome.getValue() + " " + outcome.getKey());
      }
    }
  }

  private static void respond(java.io.OutputStream out, RawHttpServer server)
      throws java.io.IOException {
    out.write(
        "HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
    server.writeBody(out, BODY_BYTES, true);
  }

  private static Map<String, Integer> run(RawHttpServer server, Transport transport)
      throws Exception {
    TransportRequest request =
        TransportRequest.builder()
            .method("GET")
            .uri(URI.create(server.baseUrl() + "/v1/huge"))
            .timeout(Duration.ofSeconds(60))
            .build();
    ExecutorService callers = Executors.newFixedThreadPool(CALLS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> calls = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      calls.add(
          callers.submit(
              () -> {
                start.await();
                try {
                  return "response of " + transport.execute(request).bodyLength() + " bytes";
                } catch (RuntimeException e) {
                  return e.getClass().getName();
                }
              }));
    }
    start.countDown();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (Future<String> call : calls) {
      outcomes.merge(call.get(), 1, Integer::sum);
    }
    callers.shutdown();
    return outcomes;
  }
}
