/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every status the mock answers an operation with is listed for that operation in
 * docs/openapi.yaml, with a body that follows its schema: each operation is sent the requests every
 * route refuses the same way (no API key, no or an unknown version, an unknown id, a body that is
 * not JSON or too large, a reused idempotency key) in process, and the ones only the HTTP layer
 * refuses (a foreign {@code Host}, a body, target or head over the bounds, HTTP/2.0) over loopback.
 */
class ContractStatusesTest {
  private static final ContractSchemas CONTRACT = ContractSchemas.shared();

  /** An id of the right shape for each path parameter, naming nothing. */
  private static final Map<String, String> UNKNOWN_IDS =
      Map.ofEntries(
          Map.entry("walletId", "wal_unknown1"),
          Map.entry("quoteId", "quo_unknown1"),
          Map.entry("paymentId", "pay_unknown1"),
          Map.entry("transferId", "trf_unknown1"),
          Map.entry("challengeId", "chl_unknown1"),
          Map.entry("tokenId", "pqt_unknown1"),
          Map.entry("splitBillId", "spl_unknown1"),
          Map.entry("billPaymentId", "bpy_unknown1"),
          Map.entry("redemptionId", "rdm_unknown1"),
          Map.entry("budgetId", "bgt_unknown1"),
          Map.entry("potId", "pot_unknown1"),
          Map.entry("reviewId", "rrv_unknown1"),
          Map.entry("offerId", "ofr_unknown1"),
          Map.entry("voucherId", "vch_unknown1"),
          Map.entry("invoiceId", "inv_unknown1"),
          Map.entry("batchId", "pbt_unknown1"));

  /** Any status, as long as the contract lists it for the operation. */
  private static final int ANY = 0;

  private final MockWalletServer mock = MockWalletServer.inProcess();
  private final List<String> violations = new ArrayList<>();

  private static String path(ContractSchemas.Route route) {
    Matcher parameter = Pattern.compile("\\{([A-Za-z]+)}").matcher(route.template());
    StringBuilder path = new StringBuilder();
    while (parameter.find()) {
      String id = UNKNOWN_IDS.get(parameter.group(1));
      assertThat(id).as("an unknown id for {%s}", parameter.group(1)).isNotNull();
      parameter.appendReplacement(path, id);
    }
    parameter.appendTail(path);
    return route.operationId().equals("listQuotes")
        ? path + "?walletId=" + UNKNOWN_IDS.get("walletId")
        : path.toString();
  }

  private TransportRequest.Builder request(ContractSchemas.Route route) {
    TransportRequest.Builder request =
        TransportRequest.builder()
            .method(route.method())
            .uri(URI.create("http://localhost" + path(route)))
            .header("Authorization", "Bearer " + mock.apiKey().reveal())
            .header("Wallet-Api-Version", "2026-11-01");
    if (route.method().equals("POST")) {
      request
          .header("Idempotency-Key", "key-" + route.operationId())
          .header("Content-Type", "application/json")
          .body("{}".getBytes(StandardCharsets.UTF_8));
    }
    return request;
  }

  /** Sends a request in process; checks the answer's status and that the contract lists it. */
  private void expect(
      ContractSchemas.Route route,
      String what,
      int status,
      UnaryOperator<TransportRequest> change) {
    TransportRequest request = change.apply(request(route).build());
    TransportResponse response = mock.transport().execute(request);
    check(route, what, status, response);
  }

  private void check(
      ContractSchemas.Route route, String what, int status, TransportResponse response) {
    if (status != ANY && response.status() != status) {
      violations.add(
          route.operationId()
              + " "
              + what
              + ": expected "
              + status
              + " but the mock answered "
              + response.status()
              + " "
              + response.bodyText());
    }
    String path = path(route).split("\\?", 2)[0];
    for (String violation : CONTRACT.validateResponse(route.method(), path, response)) {
      violations.add(violation + " (" + what + ")");
    }
  }

  private static TransportRequest without(TransportRequest request, String header) {
    return request.toBuilder().headers(request.headers().without(header)).build();
  }

  private static TransportRequest with(TransportRequest request, String header, String value) {
    return request.toBuilder().headers(request.headers().withReplaced(header, value)).build();
  }

  @Test
  void everyRefusalOfEveryOperationInProcessIsListedWithItsSchema() {
    for (ContractSchemas.Route route : CONTRACT.routes()) {
      expect(route, "no API key", 401, r -> without(r, "Authorization"));
      expect(route, "no version", 400, r -> without(r, "Wallet-Api-Version"));
      expect(route, "an unknown version", 400, r -> with(r, "Wallet-Api-Version", "2020-01-01"));
      expect(route, "an unknown query parameter", 400, r -> withQuery(r, "color=blue"));
      if (route.template().contains("{") || route.operationId().equals("listQuotes")) {
        // A POST may refuse the empty body before it looks the id up: any listed status will do.
        expect(route, "an unknown id", route.method().equals("POST") ? ANY : 404, r -> r);
      }
      if (route.method().equals("POST")) {
        expect(route, "a text/plain body", 415, r -> with(r, "Content-Type", "text/plain"));
        expect(
            route,
            "a body over its route's bound",
            413,
            r -> r.toBuilder().body(largeJson(bodyBound(route) + 1024)).build());
        mock.transport().execute(request(route).build());
        expect(
            route,
            "a reused idempotency key",
            422,
            r -> r.toBuilder().body("{\"other\":1}".getBytes(StandardCharsets.UTF_8)).build());
      }
    }

    assertThat(violations).isEmpty();
  }

  private static TransportRequest withQuery(TransportRequest request, String query) {
    String uri = request.uri().toString();
    return request.toBuilder()
        .uri(URI.create(uri + (uri.contains("?") ? "&" : "?") + query))
        .build();
  }

  /** The largest body a route reads: 64 KiB, 1 MiB for a batch payout's items. */
  private static int bodyBound(ContractSchemas.Route route) {
    return route.operationId().equals("submitPayoutBatch") ? 1024 * 1024 : 64 * 1024;
  }

  private static byte[] largeJson(int size) {
    return ("{\"filler\":\"" + "x".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyRefusalOfTheHttpLayerIsListedForEveryOperationWithItsSchema() throws IOException {
    try (MockHttpServer server = mock.start(0)) {
      int port = server.baseUrl().getPort();
      for (ContractSchemas.Route route : CONTRACT.routes()) {
        String target = path(route);
        String head = route.method() + " " + target + " HTTP/1.1\r\n";
        String api =
            "Authorization: Bearer "
                + mock.apiKey().reveal()
                + "\r\nWallet-Api-Version: 2026-11-01\r\nConnection: close\r\n";
        check(route, "a foreign Host", 403, send(port, head + "Host: example.com\r\n" + api));
        check(
            route,
            "a Content-Length over 1 MiB",
            413,
            send(port, head + "Host: 127.0.0.1\r\n" + api + "Content-Length: 2000000\r\n"));
        check(
            route,
            "a head over 16 KiB",
            431,
            send(
                port,
                head + "Host: 127.0.0.1\r\n" + api + "X-Filler: " + "x".repeat(17_000) + "\r\n"));
        check(
            route,
            "a target over 16 KiB",
            414,
            send(
                port,
                route.method()
                    + " "
                    + target
                    + "?"
                    + "x".repeat(17_000)
                    + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\n"
                    + api));
        check(
            route,
            "HTTP/2.0",
            505,
            send(port, route.method() + " " + target + " HTTP/2.0\r\nHost: 127.0.0.1\r\n" + api));
      }
    }

    assertThat(violations).isEmpty();
  }

  @Test
  void everyOperationListsTheStatusesOfRefusalsTheseTestsCannotProvokeQuickly() {
    List<String> missing = new ArrayList<>();
    for (ContractSchemas.Route route : CONTRACT.routes()) {
      // 408: a request head or body that takes longer than 10 s (docs/mock-server.md, Bounds).
      // 409: a POST whose idempotency key is still being processed (idempotency_in_flight).
      List<String> statuses =
          route.method().equals("POST") ? List.of("408", "409") : List.of("408");
      for (String status : statuses) {
        if (!route.op().getResponses().containsKey(status)) {
          missing.add(route.operationId() + " " + status);
        }
      }
    }

    assertThat(missing).isEmpty();
  }

  /** Sends a raw request head (without a body) and reads the whole answer. */
  private static TransportResponse send(int port, String head) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return parse(all.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TransportResponse parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Headers.Builder headers = Headers.builder();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
    }
    byte[] body = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
    return TransportResponse.of(status, headers.build(), body);
  }
}
