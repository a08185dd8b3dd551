/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.opentelemetry;

import static java.util.Objects.requireNonNull;

import dev.walletsdk.client.WalletClient;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * Traces the Wallet SDK client's calls with OpenTelemetry.
 *
 * <pre>{@code
 * WalletClient wallet = WalletTelemetry.create(openTelemetry)
 *     .instrument(WalletClient.builder().apiKey(key))
 *     .build();
 * }</pre>
 *
 * <p>Each call is one span of kind {@code INTERNAL} named after the operation (for example {@code
 * transfers.create}), a child of the span current where the call was made, on the calling thread
 * or, for the asynchronous client, on the thread that started the call. It carries {@code
 * wallet.operation}, {@code wallet.call.id} (the id in the client's log lines) and {@code
 * wallet.attempts}, a {@code wallet.retry} event per retry, and, when the call fails, status {@code
 * ERROR}, {@code error.type} (the exception's class name) and the exception as an event.
 *
 * <p>Each attempt is a child span of kind {@code CLIENT} named after the HTTP method, following the
 * OpenTelemetry HTTP client semantic conventions: {@code http.request.method}, {@code url.full}
 * (user information and the values of query parameters other than the SDK's paging and filter
 * parameters replaced by {@code REDACTED}), {@code server.address}, {@code server.port}, {@code
 * http.response.status_code}, {@code http.request.resend_count} on retries, and {@code error.type}
 * (the status code for a status of 400 or more, the transport failure's kind such as {@code
 * timeout}, or the exception's class name) with status {@code ERROR} on failure. The configured
 * propagator (normally W3C {@code traceparent} and {@code tracestate}) writes the attempt span's
 * context into the headers of every attempt, retries included.
 *
 * <p>Immutable and thread-safe; one instance can instrument any number of clients.
 */
public final class WalletTelemetry {
  /** The instrumentation scope name of the spans. */
  public static final String INSTRUMENTATION_NAME = "dev.walletsdk.opentelemetry";

  private final CallSpans calls;
  private final AttemptSpans attempts;

  private WalletTelemetry(CallSpans calls, AttemptSpans attempts) {
    this.calls = calls;
    this.attempts = attempts;
  }

  /**
   * Creates tracing through an OpenTelemetry instance, with its tracer provider and propagators.
   *
   * @param openTelemetry the OpenTelemetry instance, for example the partner's SDK or {@code
   *     GlobalOpenTelemetry.get()}
   * @return the tracing
   */
  public static WalletTelemetry create(OpenTelemetry openTelemetry) {
    requireNonNull(openTelemetry, "openTelemetry");
    Tracer tracer = openTelemetry.getTracer(INSTRUMENTATION_NAME);
    CallSpans calls = new CallSpans(tracer);
    return new WalletTelemetry(
        calls,
        new AttemptSpans(tracer, openTelemetry.getPropagators().getTextMapPropagator(), calls));
  }

  /**
   * Adds the call listener, the attempt interceptor and the task decorator that carries the
   * caller's context to asynchronous calls to a client builder. Interceptors added to the builder
   * before this one run outside the attempt span, those added after run inside it and see the
   * propagation headers.
   *
   * @param builder the builder of the client to trace
   * @return the same builder, for chaining
   */
  public WalletClient.Builder instrument(WalletClient.Builder builder) {
    return requireNonNull(builder, "builder")
        .addListener(calls)
        .addInterceptor(attempts)
        .addTaskDecorator(task -> Context.current().wrap(task));
  }
}
