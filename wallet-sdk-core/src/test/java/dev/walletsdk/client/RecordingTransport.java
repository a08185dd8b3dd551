/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A transport that records every request it sends and the response it gets, exactly as they cross
 * the wire (after authentication and signing), so that tests can check them against the contract.
 */
final class RecordingTransport implements Transport {
  /** One request and its response. */
  record Exchange(TransportRequest request, TransportResponse response) {}

  private final Transport delegate;
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  RecordingTransport(Transport delegate) {
    this.delegate = delegate;
  }

  @Override
  public TransportResponse execute(TransportRequest request) {
    TransportResponse response = delegate.execute(request);
    exchanges.add(new Exchange(request, response));
    return response;
  }

  @Override
  public Optional<URI> defaultBaseUri() {
    return delegate.defaultBaseUri();
  }

  @Override
  public void close() {
    delegate.close();
  }

  /** Returns the exchanges so far, oldest first. */
  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }
}
