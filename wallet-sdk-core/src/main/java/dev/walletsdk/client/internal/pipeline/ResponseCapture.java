/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.client.ApiResponse;
import dev.walletsdk.client.ResponseCaptureException;
import dev.walletsdk.client.ResponseCaptureException.Reason;
import dev.walletsdk.spi.TransportResponse;
import org.jspecify.annotations.Nullable;

/**
 * The response of the one call a {@code withResponse} function makes. Each {@code withResponse}
 * invocation has its own capture, bound to the view its function receives; no state is kept per
 * thread, so calls on other threads or through other clients are never mixed in.
 *
 * <p>Thread-safe: the call may be admitted on the caller's thread and recorded on an executor's.
 */
public final class ResponseCapture {
  private @Nullable String operation;
  private boolean closed;
  private @Nullable TransportResponse response;

  /**
   * Admits a call: the first is admitted, a second, or any after {@link #close()}, is refused.
   *
   * @param call the operation about to be sent, for example {@code "transfers.create"}
   * @throws ResponseCaptureException if the call may not be made; nothing has been sent
   */
  synchronized void admit(String call) {
    if (closed) {
      throw new ResponseCaptureException(
          Reason.VIEW_EXPIRED,
          "withResponse: "
              + call
              + " was called through the view after the function returned; it was not sent");
    }
    if (operation != null) {
      throw new ResponseCaptureException(
          Reason.SECOND_CALL,
          "withResponse: the function already called "
              + operation
              + " and then called "
              + call
              + ", which was not sent; capture one API call per withResponse");
    }
    operation = call;
  }

  /**
   * Records the response the result was read from.
   *
   * @param response the successful response
   */
  synchronized void record(TransportResponse response) {
    this.response = response;
  }

  /** Refuses every call from now on; called when the function returns. */
  public synchronized void close() {
    closed = true;
  }

  /**
   * Checks that the function made a call.
   *
   * @throws ResponseCaptureException if it made none
   */
  public synchronized void requireCall() {
    if (operation == null) {
      throw new ResponseCaptureException(
          Reason.NO_CALL,
          "withResponse: the function made no API call (a paged list fetches nothing until it is"
              + " iterated: capture firstPage() or page(...))");
    }
  }

  /**
   * Pairs the call's result with its response.
   *
   * @param value what the function returned
   * @param <T> the type of the value
   * @return the value with the status, request id and headers of its response
   * @throws ResponseCaptureException if no call was made, or its response has not arrived
   */
  public synchronized <T> ApiResponse<T> response(T value) {
    requireCall();
    TransportResponse received = response;
    if (received == null) {
      throw new ResponseCaptureException(
          Reason.CALL_NOT_AWAITED,
          "withResponse: the function's result was ready before "
              + operation
              + " completed; return the call's own future");
    }
    return ApiResponse.of(
        value, received.status(), ErrorMapper.requestId(received), received.headers());
  }
}
