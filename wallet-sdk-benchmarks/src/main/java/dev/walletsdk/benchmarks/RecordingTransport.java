/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Passes requests on and keeps the last exchange, to capture real responses of the mock. */
final class RecordingTransport implements Transport {
  private final Transport next;
  private @Nullable TransportRequest lastRequest;
  private @Nullable TransportResponse lastResponse;

  RecordingTransport(Transport next) {
    this.next = next;
  }

  @Override
  public TransportResponse execute(TransportRequest request) {
    TransportResponse response = next.execute(request);
    lastRequest = request;
    lastResponse = response;
    return response;
  }

  @Override
  public Optional<URI> defaultBaseUri() {
    return next.defaultBaseUri();
  }

  TransportRequest lastRequest() {
    if (lastRequest == null) {
      throw new IllegalStateException("nothing recorded yet");
    }
    return lastRequest;
  }

  TransportResponse lastResponse() {
    if (lastResponse == null) {
      throw new IllegalStateException("nothing recorded yet");
    }
    return lastResponse;
  }
}
