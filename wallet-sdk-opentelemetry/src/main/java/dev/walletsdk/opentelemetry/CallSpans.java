/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.opentelemetry;

import static dev.walletsdk.opentelemetry.SpanAttributes.ERROR_TYPE;
import static dev.walletsdk.opentelemetry.SpanAttributes.WALLET_ATTEMPTS;
import static dev.walletsdk.opentelemetry.SpanAttributes.WALLET_CALL_ID;
import static dev.walletsdk.opentelemetry.SpanAttributes.WALLET_OPERATION;
import static dev.walletsdk.opentelemetry.SpanAttributes.WALLET_RETRY_DELAY;
import static dev.walletsdk.opentelemetry.SpanAttributes.WALLET_RETRY_NEXT_ATTEMPT;

import dev.walletsdk.WalletException;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.RequestListener;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One span per call, from the call's start to its end, keyed by the call's {@link CallInfo}
 * instance so that the attempt spans can find their parent. No scope is opened on the thread: the
 * span is made the parent of the attempts explicitly.
 */
final class CallSpans implements RequestListener {
  private final Tracer tracer;
  private final Map<CallInfo, Span> spans = new ConcurrentHashMap<>();

  CallSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void onCallStart(CallInfo call) {
    Span span =
        tracer
            .spanBuilder(call.operation())
            .setSpanKind(SpanKind.INTERNAL)
            .setParent(Context.current())
            .setAttribute(WALLET_OPERATION, call.operation())
            .setAttribute(WALLET_CALL_ID, call.callId())
            .startSpan();
    spans.put(call, span);
  }

  @Override
  public void onRetry(CallInfo call, int nextAttempt, Duration delay, WalletException cause) {
    Span span = spans.get(call);
    if (span != null) {
      span.addEvent(
          "wallet.retry",
          Attributes.of(
              WALLET_RETRY_NEXT_ATTEMPT,
              (long) nextAttempt,
              WALLET_RETRY_DELAY,
              delay.toNanos() / 1e9,
              ERROR_TYPE,
              cause.getClass().getName()));
    }
  }

  @Override
  public void onCallEnd(
      CallInfo call, int attempts, Duration elapsed, @Nullable WalletException failure) {
    end(call, attempts, failure, failure == null ? "" : failure.code());
  }

  @Override
  public void onCallAborted(CallInfo call, int attempts, Duration elapsed, Throwable failure) {
    end(call, attempts, failure, "");
  }

  private void end(
      CallInfo call, int attempts, @Nullable Throwable failure, String statusDescription) {
    Span span = spans.remove(call);
    if (span == null) {
      return;
    }
    span.setAttribute(WALLET_ATTEMPTS, (long) attempts);
    if (failure != null) {
      span.setAttribute(ERROR_TYPE, failure.getClass().getName());
      span.recordException(failure);
      span.setStatus(StatusCode.ERROR, statusDescription);
    }
    span.end();
  }

  /**
   * Returns the context attempts of a call start their spans in.
   *
   * @param call the call
   * @return the current context with the call's span, or the current context alone if the call has
   *     no span (the listener was not added)
   */
  Context contextOf(CallInfo call) {
    Span span = spans.get(call);
    return span == null ? Context.current() : Context.current().with(span);
  }
}
