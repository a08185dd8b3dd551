/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.internal.pipeline.CallScope;
import dev.walletsdk.client.internal.pipeline.ClientConfig;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.StepUpHandler;
import dev.walletsdk.spi.Transport;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Collects the options of a derived client and applies them to a copy of the configuration. */
final class DerivedOptions implements WalletClient.Options {
  private ApiKey apiKey;
  private Timeouts timeouts;
  private RetryPolicy retryPolicy;
  private StepUpHandler stepUpHandler;
  private final Headers.Builder headers;
  private final Set<String> replacedHeaders = new HashSet<>();
  private CallScope scope;
  private final ClientConfig base;

  DerivedOptions(ClientConfig base, CallScope scope) {
    this.base = base;
    this.scope = scope;
    this.apiKey = base.apiKey();
    this.timeouts = base.timeouts();
    this.retryPolicy = base.retryPolicy();
    this.stepUpHandler = base.stepUpHandler();
    this.headers = base.defaultHeaders().toBuilder();
  }

  @Override
  public WalletClient.Options apiKey(ApiKey apiKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    return this;
  }

  @Override
  public WalletClient.Options timeouts(Timeouts timeouts) {
    this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    return this;
  }

  @Override
  public WalletClient.Options timeout(Duration callTimeout) {
    if (callTimeout == null || callTimeout.isNegative() || callTimeout.isZero()) {
      throw InvalidRequestException.forField(
          "timeout", "out_of_range", "timeout must be positive but was " + callTimeout);
    }
    this.timeouts = timeouts.withCall(callTimeout);
    return this;
  }

  @Override
  public WalletClient.Options idempotencyKey(IdempotencyKey key) {
    this.scope = scope.withIdempotencyKey(Objects.requireNonNull(key, "idempotencyKey"));
    return this;
  }

  @Override
  public WalletClient.Options retries(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return this;
  }

  @Override
  public WalletClient.Options stepUpHandler(StepUpHandler handler) {
    this.stepUpHandler = Objects.requireNonNull(handler, "handler");
    return this;
  }

  @Override
  public WalletClient.Options header(String name, String value) {
    ExtraHeaders.checkValue(ExtraHeaders.checkName(name), value);
    // The first value set here for a name replaces the inherited ones: per-call over client.
    if (replacedHeaders.add(name.toLowerCase(Locale.ROOT))) {
      headers.remove(name);
    }
    headers.add(name, value);
    return this;
  }

  CallScope scope() {
    return scope;
  }

  ClientConfig apply() {
    return new ClientConfig(
        base.baseUri(),
        apiKey,
        transportFor(base.transport(), base.timeouts(), timeouts),
        base.clock(),
        base.sleeper(),
        base.random(),
        base.idempotencyKeys(),
        retryPolicy,
        timeouts,
        base.interceptors(),
        base.fieldEncryptor(),
        base.fieldDecryptor(),
        base.requestSigner(),
        base.receiptVerifier(),
        stepUpHandler,
        base.listeners(),
        base.asyncExecutor(),
        base.taskDecorators(),
        base.userAgent(),
        headers.build());
  }

  private static Transport transportFor(Transport shared, Timeouts before, Timeouts after) {
    boolean perAttemptChanged =
        !before.connect().equals(after.connect()) || !before.read().equals(after.read());
    return shared instanceof OkHttpTransport okHttp && perAttemptChanged
        ? okHttp.withTimeouts(after)
        : shared;
  }
}
