/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import dev.walletsdk.WalletException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Observes the life of each call: its start, each attempt, each retry and its end. The hook for
 * metrics and tracing (Micrometer, OpenTelemetry) without the SDK depending on them.
 *
 * <p>Methods are called on the calling thread (or the async executor's thread) and must be fast and
 * must not throw; an exception thrown by a listener is logged and ignored. Implementations must be
 * thread-safe. Every method has an empty default.
 *
 * <p>Every {@link #onCallStart} is followed by exactly one {@link #onCallEnd} or, when the call
 * ends with an exception that is not a {@link WalletException}, one {@link #onCallAborted}; a
 * listener that keeps state per call releases it in both.
 */
public interface RequestListener {
  /**
   * A call starts, before its first attempt.
   *
   * @param call the call
   */
  default void onCallStart(CallInfo call) {}

  /**
   * An attempt ended, with a response or a transport failure.
   *
   * @param call the call
   * @param attempt the attempt's number, from 1
   * @param status the HTTP status, or {@code 0} when no response was received
   * @param elapsed how long the attempt took
   * @param failure the failure the attempt produced, or {@code null} if it succeeded
   */
  default void onAttempt(
      CallInfo call,
      int attempt,
      int status,
      Duration elapsed,
      @Nullable WalletException failure) {}

  /**
   * The client will retry after a wait.
   *
   * @param call the call
   * @param nextAttempt the number of the attempt to come
   * @param delay how long the client waits first
   * @param cause the failure being retried
   */
  default void onRetry(CallInfo call, int nextAttempt, Duration delay, WalletException cause) {}

  /**
   * A call ended.
   *
   * @param call the call
   * @param attempts how many attempts were made
   * @param elapsed how long the call took, waits included
   * @param failure the exception the call throws, or {@code null} if it succeeded
   */
  default void onCallEnd(
      CallInfo call, int attempts, Duration elapsed, @Nullable WalletException failure) {}

  /**
   * A call ended with an exception that is not a {@link WalletException}: a {@link
   * RuntimeException} or {@link Error} thrown by an interceptor, a handler or the JVM, which the
   * client rethrows unchanged. Called instead of {@link #onCallEnd}.
   *
   * @param call the call
   * @param attempts how many attempts were started
   * @param elapsed how long the call took, waits included
   * @param failure the exception the call throws
   */
  default void onCallAborted(CallInfo call, int attempts, Duration elapsed, Throwable failure) {}
}
