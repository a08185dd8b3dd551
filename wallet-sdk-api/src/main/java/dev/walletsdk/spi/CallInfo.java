/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Describes one logical call of the client to a {@link RequestListener}: the same for every attempt
 * of the call.
 *
 * <p>The client makes one instance per call and passes that same instance to every listener event
 * of the call and to each attempt's {@link Interceptor.Chain#call()}; equality is identity, so an
 * instance can key per-call state (a tracing span, a start time) until {@link
 * RequestListener#onCallEnd} removes it.
 */
public final class CallInfo {
  private final String callId;
  private final String operation;
  private final String method;
  private final URI uri;
  private final @Nullable String idempotencyKey;

  private CallInfo(
      String callId, String operation, String method, URI uri, @Nullable String idempotencyKey) {
    this.callId = requireNonNull(callId, "callId");
    this.operation = requireNonNull(operation, "operation");
    this.method = requireNonNull(method, "method");
    this.uri = requireNonNull(uri, "uri");
    this.idempotencyKey = idempotencyKey;
  }

  /**
   * Creates call information.
   *
   * @param callId the client's id of the call, also found in its log lines
   * @param operation the operation, for example {@code "transfers.create"}
   * @param method the HTTP method
   * @param uri the request URI
   * @param idempotencyKey the idempotency key of a write, or {@code null} for a read
   * @return the call information
   */
  public static CallInfo of(
      String callId, String operation, String method, URI uri, @Nullable String idempotencyKey) {
    return new CallInfo(callId, operation, method, uri, idempotencyKey);
  }

  /**
   * Returns the client's id of the call.
   *
   * @return a short random id, the same in every log line of the call
   */
  public String callId() {
    return callId;
  }

  /**
   * Returns the operation.
   *
   * @return for example {@code "transfers.create"}
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the request URI.
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * Returns the idempotency key sent with every attempt of a write.
   *
   * @return the key, or empty for a read
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  @Override
  public String toString() {
    return operation + " " + method + " " + uri + " (call " + callId + ")";
  }
}
