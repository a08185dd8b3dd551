/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.spi.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The Spring MVC endpoint that hands deliveries to a {@link WalletWebhookReceiver}: the body is
 * read as raw bytes from the servlet stream, never converted, since the signature covers exactly
 * those bytes.
 */
final class WebhookEndpoint {
  /** Larger deliveries are refused with 413 before any verification; events are a few KiB. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final List<String> WEBHOOK_HEADERS =
      List.of("webhook-id", "webhook-timestamp", "webhook-signature");

  private WebhookEndpoint() {}

  static RouterFunction<ServerResponse> route(String path, WalletWebhookReceiver receiver) {
    return RouterFunctions.route().POST(path, request -> receive(request, receiver)).build();
  }

  private static ServerResponse receive(ServerRequest request, WalletWebhookReceiver receiver)
      throws IOException {
    byte[] body;
    try (InputStream in = request.servletRequest().getInputStream()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      return ServerResponse.status(413).build();
    }
    Headers headers;
    try {
      headers = webhookHeaders(request);
    } catch (InvalidRequestException e) {
      return ServerResponse.status(WalletWebhookReceiver.Reception.REJECTED_SIGNATURE.httpStatus())
          .build();
    }
    return ServerResponse.status(receiver.receive(headers, body).httpStatus()).build();
  }

  /** The headers the signature check reads; the others play no part. */
  private static Headers webhookHeaders(ServerRequest request) {
    Headers.Builder headers = Headers.builder();
    for (String name : WEBHOOK_HEADERS) {
      for (String value : request.headers().header(name)) {
        headers.add(name, value);
      }
    }
    return headers.build();
  }
}
