/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import dev.walletsdk.spi.TransportResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Answers what the HTTP layer refuses before the mock sees a request (a request line that does not
 * parse, a header with a control character, bad framing, headers too large) with the mock's problem
 * documents instead of the server's HTML error pages.
 */
final class ProblemErrorHandler extends ErrorHandler {
  private final HttpBounds bounds;

  ProblemErrorHandler(HttpBounds bounds) {
    this.bounds = bounds;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status =
        request.getAttribute(ERROR_STATUS) instanceof Integer code && code >= 400 ? code : 500;
    if (status == 426) {
      // The server parses "HTTP/2.0" as a request to upgrade; the mock speaks only HTTP/1.x, so
      // this is a version it does not support, like every other (docs/mock-server.md, Bounds).
      status = 505;
    }
    String reason = request.getAttribute(ERROR_MESSAGE) instanceof String message ? message : null;
    TransportResponse problem = HttpProblems.of(status, detail(status, reason));
    JettyExchange.write(response, problem, callback);
    return true;
  }

  private String detail(int status, @Nullable String reason) {
    return switch (status) {
      case 431 -> "the request line and headers exceed " + bounds.maxHeaderBytes() + " bytes";
      case 413 -> "the body exceeds " + bounds.maxBodyBytes() + " bytes";
      case 414 -> "the request target exceeds " + bounds.maxHeaderBytes() + " bytes";
      case 505 -> "the HTTP version is not supported: the mock speaks HTTP/1.0 and HTTP/1.1";
      default ->
          reason == null || reason.isBlank()
              ? "the request is not valid HTTP/1.1"
              : "the request is not valid HTTP/1.1: " + reason;
    };
  }
}
