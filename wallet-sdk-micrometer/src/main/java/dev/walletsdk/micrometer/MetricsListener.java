/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.micrometer;

import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.TransportException;
import dev.walletsdk.WalletException;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.RequestListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Records {@link WalletMetrics}' meters from the client's call events. The only per-call state is
 * the status of the call's latest attempt, keyed by the call (one {@link CallInfo} instance per
 * call) and removed when the call ends.
 */
final class MetricsListener implements RequestListener {
  private static final String NONE = "NONE";

  private final MeterRegistry registry;
  private final Tags commonTags;
  private final Map<CallInfo, Integer> lastStatus = new ConcurrentHashMap<>();

  MetricsListener(MeterRegistry registry, Tags commonTags) {
    this.registry = registry;
    this.commonTags = commonTags;
  }

  @Override
  public void onCallStart(CallInfo call) {
    inFlight(call).incrementAndGet();
  }

  @Override
  public void onAttempt(
      CallInfo call, int attempt, int status, Duration elapsed, @Nullable WalletException failure) {
    lastStatus.put(call, status);
    Timer.builder(WalletMetrics.ATTEMPTS)
        .description("Attempts (HTTP exchanges) of Wallet API calls")
        .tags(exchangeTags(call, status, failure))
        .register(registry)
        .record(elapsed);
    String fault = failure == null ? null : fault(status, failure);
    if (fault != null) {
      Counter.builder(WalletMetrics.FAULTS)
          .description("Attempts of Wallet API calls that failed for a network or server reason")
          .tags(callTags(call).and("fault", fault))
          .register(registry)
          .increment();
    }
  }

  @Override
  public void onRetry(CallInfo call, int nextAttempt, Duration delay, WalletException cause) {
    Counter.builder(WalletMetrics.RETRIES)
        .description("Retries of Wallet API calls")
        .tags(callTags(call).and("exception", exception(cause)))
        .register(registry)
        .increment();
  }

  @Override
  public void onCallEnd(
      CallInfo call, int attempts, Duration elapsed, @Nullable WalletException failure) {
    end(call, elapsed, failure);
  }

  @Override
  public void onCallAborted(CallInfo call, int attempts, Duration elapsed, Throwable failure) {
    end(call, elapsed, failure);
  }

  private void end(CallInfo call, Duration elapsed, @Nullable Throwable failure) {
    Integer status = lastStatus.remove(call);
    inFlight(call).decrementAndGet();
    Timer.builder(WalletMetrics.REQUESTS)
        .description("Calls of the Wallet API client, retries and waits included")
        .tags(exchangeTags(call, status == null ? 0 : status, failure))
        .register(registry)
        .record(elapsed);
  }

  private AtomicInteger inFlight(CallInfo call) {
    return InFlight.counter(registry, callTags(call));
  }

  private Tags callTags(CallInfo call) {
    return commonTags.and("operation", call.operation(), "method", call.method());
  }

  private Tags exchangeTags(CallInfo call, int status, @Nullable Throwable failure) {
    return callTags(call)
        .and(
            "outcome", outcome(status, failure),
            "status", status == 0 ? NONE : Integer.toString(status),
            "exception", failure == null ? "none" : exception(failure));
  }

  /** SUCCESS, or what kind of failure: by the status it came with, UNKNOWN without one. */
  static String outcome(int status, @Nullable Throwable failure) {
    if (failure == null) {
      return "SUCCESS";
    }
    if (status >= 400 && status < 500) {
      return "CLIENT_ERROR";
    }
    return status >= 500 && status < 600 ? "SERVER_ERROR" : "UNKNOWN";
  }

  /** The fault of a failed attempt, or {@code null} for a failure of the request itself. */
  static @Nullable String fault(int status, WalletException failure) {
    if (failure instanceof TransportException transport) {
      return transport.kind().name().toLowerCase(Locale.ROOT);
    }
    if (failure instanceof InvalidResponseException) {
      return "invalid_response";
    }
    if (status == 429) {
      return "rate_limited";
    }
    return status >= 500 && status < 600 ? "server_error" : null;
  }

  private static String exception(Throwable failure) {
    String simple = failure.getClass().getSimpleName();
    return simple.isEmpty() ? failure.getClass().getName() : simple;
  }
}
