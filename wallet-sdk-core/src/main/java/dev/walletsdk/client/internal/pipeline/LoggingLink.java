/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.internal.ServerText;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Interceptor;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each attempt as it goes to the transport: request and response lines at DEBUG with
 * allow-listed headers, bodies at TRACE through the {@link Redactor}. Every line carries the
 * client's call id, and response lines the server's request id.
 */
final class LoggingLink implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("dev.walletsdk.client.http");
  private static final Set<String> LOGGED_HEADERS =
      Set.of(
          "content-type",
          "content-length",
          "idempotency-key",
          "idempotent-replayed",
          "wallet-api-version",
          "request-id",
          "retry-after",
          "user-agent");

  private final CallInfo call;

  LoggingLink(CallInfo call) {
    this.call = call;
  }

  /**
   * Tells whether the link would log now; when it would not, it only passes the request on.
   *
   * @return {@code true} when the logger is at DEBUG or finer
   */
  static boolean logs() {
    return LOG.isDebugEnabled();
  }

  @Override
  public TransportResponse intercept(Chain chain) {
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(chain.request());
    }
    TransportRequest request = chain.request();
    LOG.debug(
        "--> {} {} call={} attempt={} {} ({} bytes)",
        request.method(),
        request.uri(),
        call.callId(),
        chain.attempt(),
        allowListed(request.headers()),
        request.bodyLength());
    if (LOG.isTraceEnabled() && request.bodyLength() > 0) {
      LOG.trace("--> body call={} {}", call.callId(), Redactor.body(request.body().orElseThrow()));
    }
    long start = System.nanoTime();
    try {
      TransportResponse response = chain.proceed(request);
      logResponse(response, start);
      return response;
    } catch (TransportException | InvalidResponseException e) {
      LOG.debug(
          "<-- failed call={} {} ({} ms): {}",
          call.callId(),
          e.code(),
          elapsedMillis(start),
          e.getMessage());
      throw e;
    }
  }

  private void logResponse(TransportResponse response, long start) {
    LOG.debug(
        "<-- {} call={} request-id={} {} ({} ms, {} bytes)",
        response.status(),
        call.callId(),
        response.headers().first("Request-Id").map(ServerText::of).orElse("-"),
        allowListed(response.headers()),
        elapsedMillis(start),
        response.bodyLength());
    if (LOG.isTraceEnabled() && response.bodyLength() > 0) {
      LOG.trace("<-- body call={} {}", call.callId(), Redactor.body(response.body()));
    }
  }

  private static long elapsedMillis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static String allowListed(Headers headers) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < headers.size(); i++) {
      if (LOGGED_HEADERS.contains(headers.name(i).toLowerCase(Locale.ROOT))) {
        text.append(text.length() == 1 ? "" : ", ");
        text.append(headers.name(i)).append(": ").append(ServerText.of(headers.value(i)));
      }
    }
    return text.append(']').toString();
  }
}
