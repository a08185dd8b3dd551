/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;

/**
 * Answers every request with the same recorded response, so that a benchmark measures the client's
 * own work and nothing of a server or a network.
 */
final class CannedTransport implements Transport {
  private final TransportResponse response;

  CannedTransport(TransportResponse response) {
    this.response = response;
  }

  @Override
  public TransportResponse execute(TransportRequest request) {
    return response;
  }
}
