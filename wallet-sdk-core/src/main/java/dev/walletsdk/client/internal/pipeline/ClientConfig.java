/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.spi.FieldDecryptor;
import dev.walletsdk.spi.FieldEncryptor;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.IdempotencyKeys;
import dev.walletsdk.spi.Interceptor;
import dev.walletsdk.spi.ReceiptVerifier;
import dev.walletsdk.spi.RequestListener;
import dev.walletsdk.spi.RequestSigner;
import dev.walletsdk.spi.Sleeper;
import dev.walletsdk.spi.StepUpHandler;
import dev.walletsdk.spi.TaskDecorator;
import dev.walletsdk.spi.Transport;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Everything a client is configured with; immutable. A derived client ({@code withOptions}) gets a
 * copy with some components replaced and shares the transport.
 *
 * @param baseUri the server's base URI, without a trailing slash
 * @param apiKey the partner's API key
 * @param transport sends requests
 * @param clock the time source for deadlines and {@code Retry-After} dates
 * @param sleeper waits between attempts
 * @param random draws backoff jitter
 * @param idempotencyKeys makes keys for writes without one
 * @param retryPolicy when and how long to retry
 * @param timeouts connect, per-attempt and per-call limits
 * @param interceptors the user's per-attempt interceptors, in order
 * @param fieldEncryptor encrypts sensitive request fields, if configured
 * @param fieldDecryptor decrypts encrypted response fields, if configured
 * @param requestSigner signs each attempt, if configured
 * @param receiptVerifier verifies receipts, if configured
 * @param stepUpHandler answers step-up challenges inline, if configured
 * @param listeners observe calls
 * @param asyncExecutor runs asynchronous calls
 * @param taskDecorators wrap each asynchronous call's task on the calling thread, first outermost
 * @param userAgent the {@code User-Agent} header
 * @param defaultHeaders extra headers sent on every request, already checked against the headers
 *     the pipeline owns
 */
public record ClientConfig(
    URI baseUri,
    ApiKey apiKey,
    Transport transport,
    Clock clock,
    Sleeper sleeper,
    RandomGenerator random,
    IdempotencyKeys idempotencyKeys,
    RetryPolicy retryPolicy,
    Timeouts timeouts,
    List<Interceptor> interceptors,
    @Nullable FieldEncryptor fieldEncryptor,
    @Nullable FieldDecryptor fieldDecryptor,
    @Nullable RequestSigner requestSigner,
    @Nullable ReceiptVerifier receiptVerifier,
    @Nullable StepUpHandler stepUpHandler,
    List<RequestListener> listeners,
    Executor asyncExecutor,
    List<TaskDecorator> taskDecorators,
    String userAgent,
    Headers defaultHeaders) {

  /** Copies the lists so the configuration stays immutable. */
  public ClientConfig {
    interceptors = List.copyOf(interceptors);
    listeners = List.copyOf(listeners);
    taskDecorators = List.copyOf(taskDecorators);
  }
}
