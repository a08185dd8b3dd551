/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.fuzz;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A fuzz input read as an HTTP response: a first line {@code <status> <operationId> [async]
 * [secure]}, header lines {@code Name: value}, an empty line, then the body. Anything unreadable
 * falls back (status 200, no operation, no headers) rather than being thrown away, so every input
 * reaches the client.
 *
 * @param operation the operation named on the first line, or the empty string
 * @param async whether to call the asynchronous client
 * @param secure whether to call a client that verifies receipts, decrypts fields and answers
 *     step-up challenges
 * @param response the response the transport returns
 */
record FuzzInput(String operation, boolean async, boolean secure, TransportResponse response) {
  static FuzzInput parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int headerEnd = text.indexOf("\n\n");
    String head = headerEnd < 0 ? "" : text.substring(0, headerEnd);
    String body = headerEnd < 0 ? text : text.substring(headerEnd + 2);
    String[] lines = head.split("\n", -1);
    String[] first = lines[0].trim().split(" ");
    int status = number(first[0], 200);
    String operation = first.length >= 2 ? first[1] : "";
    boolean async = false;
    boolean secure = false;
    for (int i = 2; i < first.length; i++) {
      async |= first[i].equals("async");
      secure |= first[i].equals("secure");
    }
    List<String> namesAndValues = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        namesAndValues.add(lines[i].substring(0, colon).trim());
        namesAndValues.add(lines[i].substring(colon + 1).trim());
      }
    }
    if (namesAndValues.stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
      namesAndValues.add("Content-Type");
      namesAndValues.add(status >= 400 ? "application/problem+json" : "application/json");
    }
    Headers headers;
    try {
      headers = Headers.of(namesAndValues.toArray(String[]::new));
    } catch (InvalidRequestException e) {
      // A transport never delivers a header it could not parse (HostileHeaderTest covers that).
      headers = Headers.empty();
    }
    return new FuzzInput(
        operation,
        async,
        secure,
        TransportResponse.of(status, headers, body.getBytes(StandardCharsets.UTF_8)));
  }

  private static int number(String text, int fallback) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
