/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.spi.Headers;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of a successful call together with what the HTTP response said about it: its status,
 * its {@code Request-Id} (quote it in support requests) and its headers. Obtained with {@link
 * WalletClient#withResponse} or {@link AsyncWalletClient#withResponse}:
 *
 * <pre>{@code
 * ApiResponse<Transfer> r = wallet.withResponse(c -> c.transfers().create(request));
 * log.info("transfer {} created, request {}", r.value().id(), r.requestId().orElse("-"));
 * }</pre>
 *
 * <p>The response described is the one the value was read from: after retries, the last attempt;
 * after a step-up answered inline by the {@code StepUpHandler}, the confirmation's response. A
 * response replayed by the server's idempotency store says so with the header {@code
 * Idempotent-Replayed: true}.
 *
 * <p>Immutable and thread-safe when the value is. Header names are case-insensitive ({@link
 * Headers#first(String)}); {@link #toString()} hides the values of credential-bearing headers.
 *
 * @param <T> the type of the value
 */
public final class ApiResponse<T> {
  private final T value;
  private final int status;
  private final @Nullable String requestId;
  private final Headers headers;

  private ApiResponse(T value, int status, @Nullable String requestId, Headers headers) {
    this.value = value;
    this.status = status;
    this.requestId = requestId;
    this.headers = headers;
  }

  /**
   * Creates a response, for example to stub {@code withResponse} in a test.
   *
   * @param value the decoded result
   * @param status the HTTP status, from 200 to 299
   * @param requestId the server's {@code Request-Id}, or {@code null} if it sent none
   * @param headers the response headers
   * @param <T> the type of the value
   * @return the response
   * @throws InvalidRequestException if the status is not a success status
   */
  public static <T> ApiResponse<T> of(
      T value, int status, @Nullable String requestId, Headers headers) {
    if (status < 200 || status > 299) {
      throw InvalidRequestException.forField(
          "status", "out_of_range", "status must be from 200 to 299 but was " + status);
    }
    return new ApiResponse<>(
        Objects.requireNonNull(value, "value"),
        status,
        requestId,
        Objects.requireNonNull(headers, "headers"));
  }

  /**
   * Returns the decoded result, the same the plain call would have returned.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return a status from 200 to 299
   */
  public int status() {
    return status;
  }

  /**
   * Returns the server's {@code Request-Id} header. Wallet API v1 sends one on every response, so
   * it is empty only with a server that breaks the protocol.
   *
   * @return the request id, or empty
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns the response headers, in the order received; look them up in any case.
   *
   * @return immutable headers
   */
  public Headers headers() {
    return headers;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ApiResponse<?> other
        && status == other.status
        && value.equals(other.value)
        && Objects.equals(requestId, other.requestId)
        && headers.equals(other.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, status, requestId, headers);
  }

  /** Shows the status, request id, headers (credentials redacted) and value. */
  @Override
  public String toString() {
    return "ApiResponse{status="
        + status
        + ", requestId="
        + requestId
        + ", headers="
        + headers
        + ", value="
        + value
        + "}";
  }
}
