/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.opentelemetry;

import static dev.walletsdk.opentelemetry.SpanAttributes.ERROR_TYPE;
import static dev.walletsdk.opentelemetry.SpanAttributes.HTTP_REQUEST_METHOD;
import static dev.walletsdk.opentelemetry.SpanAttributes.HTTP_REQUEST_RESEND_COUNT;
import static dev.walletsdk.opentelemetry.SpanAttributes.HTTP_RESPONSE_STATUS_CODE;
import static dev.walletsdk.opentelemetry.SpanAttributes.SERVER_ADDRESS;
import static dev.walletsdk.opentelemetry.SpanAttributes.SERVER_PORT;
import static dev.walletsdk.opentelemetry.SpanAttributes.URL_FULL;
import static dev.walletsdk.opentelemetry.SpanAttributes.WALLET_OPERATION;

import dev.walletsdk.TransportException;
import dev.walletsdk.spi.Interceptor;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.net.URI;
import java.util.Locale;

/**
 * A CLIENT span per attempt, child of its call's span, with the HTTP client semantic conventions'
 * attributes; the propagator writes the span's context into the attempt's headers.
 */
final class AttemptSpans implements Interceptor {
  /** Writes propagation fields as headers; a field the SDK's header rules refuse is not sent. */
  private static final TextMapSetter<TransportRequest.Builder> HEADERS =
      (carrier, name, value) -> {
        if (carrier != null) {
          try {
            carrier.header(name, value);
          } catch (RuntimeException refused) {
            // Tracing must never fail a call: a field with a control character is left out.
          }
        }
      };

  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final CallSpans calls;

  AttemptSpans(Tracer tracer, TextMapPropagator propagator, CallSpans calls) {
    this.tracer = tracer;
    this.propagator = propagator;
    this.calls = calls;
  }

  @Override
  public TransportResponse intercept(Chain chain) {
    TransportRequest request = chain.request();
    Context parent = calls.contextOf(chain.call());
    Span span = start(request, chain, parent);
    Context context = parent.with(span);
    TransportRequest.Builder carrier = request.toBuilder();
    propagator.inject(context, carrier, HEADERS);
    Scope scope = context.makeCurrent();
    try {
      TransportResponse response = chain.proceed(carrier.build());
      span.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) response.status());
      if (response.status() >= 400 || response.status() < 100) {
        span.setAttribute(ERROR_TYPE, Integer.toString(response.status()));
        span.setStatus(StatusCode.ERROR);
      }
      return response;
    } catch (RuntimeException | Error e) {
      span.setAttribute(ERROR_TYPE, errorType(e));
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      scope.close();
      span.end();
    }
  }

  private Span start(TransportRequest request, Chain chain, Context parent) {
    URI uri = request.uri();
    SpanBuilder builder =
        tracer
            .spanBuilder(request.method())
            .setSpanKind(SpanKind.CLIENT)
            .setParent(parent)
            .setAttribute(HTTP_REQUEST_METHOD, request.method())
            .setAttribute(URL_FULL, RedactedUrl.of(uri))
            .setAttribute(SERVER_PORT, (long) port(uri))
            .setAttribute(WALLET_OPERATION, chain.operation());
    String host = uri.getHost();
    if (host != null) {
      builder.setAttribute(SERVER_ADDRESS, host);
    }
    if (chain.attempt() > 1) {
      builder.setAttribute(HTTP_REQUEST_RESEND_COUNT, (long) chain.attempt() - 1);
    }
    return builder.startSpan();
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  /** The transport failure's kind ({@code timeout}, ...) or the exception's class name. */
  static String errorType(Throwable failure) {
    return failure instanceof TransportException transport
        ? transport.kind().name().toLowerCase(Locale.ROOT)
        : failure.getClass().getName();
  }
}
