/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.spi.TransportResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What a transport does with one request, once faults are applied. */
public sealed interface Exchange {
  /**
   * Send the response, after a delay.
   *
   * @param response the response
   * @param delay how long to hold it first
   */
  record Respond(TransportResponse response, Duration delay) implements Exchange {}

  /**
   * Drop the connection without a response.
   *
   * @param processed whether the request was processed first
   * @param discarded the response that was not sent, if the request was processed
   */
  record Drop(boolean processed, @Nullable TransportResponse discarded) implements Exchange {}

  /**
   * Send the status and headers and half the body, then close the connection.
   *
   * @param response the full response
   */
  record Truncate(TransportResponse response) implements Exchange {}
}
