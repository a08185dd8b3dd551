/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Comparator;
import java.util.List;

/** An OpenTelemetry SDK exporting finished spans to memory, with W3C trace context propagation. */
final class Tracing implements AutoCloseable {
  static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");

  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                  .build())
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();

  /** The one finished call span (the tests' own spans have another instrumentation scope). */
  SpanData call() {
    List<SpanData> calls =
        ofKind(SpanKind.INTERNAL).stream()
            .filter(
                span ->
                    span.getInstrumentationScopeInfo()
                        .getName()
                        .equals(WalletTelemetry.INSTRUMENTATION_NAME))
            .toList();
    if (calls.size() != 1) {
      throw new AssertionError("expected one call span but found " + calls);
    }
    return calls.get(0);
  }

  /** The finished attempt spans, in the order they started. */
  List<SpanData> attempts() {
    return ofKind(SpanKind.CLIENT);
  }

  private List<SpanData> ofKind(SpanKind kind) {
    return exporter.getFinishedSpanItems().stream()
        .filter(span -> span.getKind() == kind)
        .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
        .toList();
  }

  @Override
  public void close() {
    sdk.close();
  }
}
