/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.ApiResponse;
import dev.walletsdk.client.ResponseCaptureException;
import dev.walletsdk.client.internal.pipeline.Pipeline;
import dev.walletsdk.client.internal.pipeline.ResponseCapture;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** What the synchronous and asynchronous {@code withResponse} share. */
final class ResponseViews {
  private ResponseViews() {}

  /**
   * Starts the capture of a {@code withResponse} invocation.
   *
   * @param pipeline the pipeline of the client asked
   * @return a new capture
   * @throws ResponseCaptureException if the client is itself a {@code withResponse} view
   */
  static ResponseCapture newCapture(Pipeline pipeline) {
    if (pipeline.scope().capture() != null) {
      throw unsupported("withResponse");
    }
    return new ResponseCapture();
  }

  /**
   * Refuses a method a {@code withResponse} view does not offer.
   *
   * @param method the method, for example {@code "async()"}
   * @return the exception to throw
   */
  static ResponseCaptureException unsupported(String method) {
    return new ResponseCaptureException(
        ResponseCaptureException.Reason.UNSUPPORTED_IN_VIEW,
        "withResponse: "
            + method
            + " is not available on the view given to the function; capture one call of this"
            + " client, or use async().withResponse for futures");
  }

  /**
   * Completes with the call's result and response once the future the function returned completes;
   * cancelling the returned future cancels that future, and so the call.
   *
   * @param future the future the function returned
   * @param capture the invocation's capture
   * @param <T> the result type
   * @return the future of the response
   */
  static <T> CompletableFuture<ApiResponse<T>> whenDone(
      CompletableFuture<? extends T> future, ResponseCapture capture) {
    CompletableFuture<ApiResponse<T>> response = new CancelsSource<>(future);
    future.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            response.completeExceptionally(
                failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause()
                    : failure);
            return;
          }
          try {
            response.complete(capture.response(value));
          } catch (RuntimeException e) {
            response.completeExceptionally(e);
          }
        });
    return response;
  }

  /** A future whose cancellation is passed on to the future it waits for. */
  private static final class CancelsSource<T> extends CompletableFuture<T> {
    private final CompletableFuture<?> source;

    CancelsSource(CompletableFuture<?> source) {
      this.source = source;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      source.cancel(mayInterruptIfRunning);
      return cancelled;
    }
  }
}
