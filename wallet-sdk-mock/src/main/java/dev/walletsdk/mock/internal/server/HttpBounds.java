/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import java.time.Duration;

/**
 * The limits that keep one misbehaving client from stopping the standalone server
 * (docs/mock-server.md, "Bounds").
 *
 * @param requestReadTime the longest a request head may take to arrive from its first byte, and
 *     separately the longest its body may take
 * @param idleTime how long a connection may stay silent between requests (or within one) before it
 *     is closed
 * @param maxConnections connections served at once; further ones wait in the accept queue
 * @param maxHeaderBytes the request line and headers together
 * @param maxBodyBytes the request body
 */
public record HttpBounds(
    Duration requestReadTime,
    Duration idleTime,
    int maxConnections,
    int maxHeaderBytes,
    int maxBodyBytes) {

  /** The bounds of every server the mock starts. */
  public static final HttpBounds DEFAULTS =
      new HttpBounds(Duration.ofSeconds(10), Duration.ofSeconds(30), 512, 16 * 1024, 1024 * 1024);

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if a time is not positive or a size below one
   */
  public HttpBounds {
    if (requestReadTime.isNegative() || requestReadTime.isZero()) {
      throw new IllegalArgumentException("requestReadTime must be positive: " + requestReadTime);
    }
    if (idleTime.isNegative() || idleTime.isZero()) {
      throw new IllegalArgumentException("idleTime must be positive: " + idleTime);
    }
    if (maxConnections < 1 || maxHeaderBytes < 1 || maxBodyBytes < 1) {
      throw new IllegalArgumentException(
          "maxConnections, maxHeaderBytes and maxBodyBytes must be at least 1");
    }
  }

  /**
   * Returns these bounds with another request read time.
   *
   * @param time the new read time
   * @return the bounds
   */
  public HttpBounds withRequestReadTime(Duration time) {
    return new HttpBounds(time, idleTime, maxConnections, maxHeaderBytes, maxBodyBytes);
  }

  /**
   * Returns these bounds with another idle time.
   *
   * @param time the new idle time
   * @return the bounds
   */
  public HttpBounds withIdleTime(Duration time) {
    return new HttpBounds(requestReadTime, time, maxConnections, maxHeaderBytes, maxBodyBytes);
  }

  /**
   * Returns these bounds with another connection limit.
   *
   * @param connections the new limit
   * @return the bounds
   */
  public HttpBounds withMaxConnections(int connections) {
    return new HttpBounds(requestReadTime, idleTime, connections, maxHeaderBytes, maxBodyBytes);
  }
}
