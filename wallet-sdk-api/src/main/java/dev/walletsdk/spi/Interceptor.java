/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

/**
 * Observes or changes each attempt of a call: adds headers, records metrics, rewrites responses.
 *
 * <p>User interceptors run once per attempt, inside the retry loop, before the client adds
 * authentication and signs the request; so they see every retry and cannot alter what is signed
 * after signing. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Interceptor {
  /**
   * Handles one attempt, normally by calling {@link Chain#proceed(TransportRequest)} once.
   *
   * @param chain the rest of the pipeline
   * @return the response for this attempt
   */
  TransportResponse intercept(Chain chain);

  /** The remainder of the pipeline for one attempt. */
  interface Chain {
    /**
     * Returns the request as it stands at this point of the chain.
     *
     * @return the request
     */
    TransportRequest request();

    /**
     * Passes a request to the next link and returns its response.
     *
     * @param request the request to send on, possibly changed
     * @return the response
     */
    TransportResponse proceed(TransportRequest request);

    /**
     * Returns the name of the operation, for example {@code "transfers.create"}.
     *
     * @return the operation name
     */
    String operation();

    /**
     * Returns the call this attempt belongs to: the same instance that {@link RequestListener}s
     * receive for the call, so an interceptor and a listener can share per-call state (a tracing
     * span, for example) keyed by it.
     *
     * @return the call
     */
    CallInfo call();

    /**
     * Returns the number of this attempt.
     *
     * @return 1 for the first attempt, 2 for the first retry, and so on
     */
    int attempt();
  }
}
