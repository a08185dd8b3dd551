/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.support;

import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Passes every request on to another transport and keeps a copy of what was sent. */
public final class RecordingTransport implements Transport {
  private final Transport delegate;
  private final List<TransportRequest> sent = new CopyOnWriteArrayList<>();

  public RecordingTransport(Transport delegate) {
    this.delegate = delegate;
  }

  @Override
  public TransportResponse execute(TransportRequest request) {
    sent.add(request);
    return delegate.execute(request);
  }

  @Override
  public Optional<URI> defaultBaseUri() {
    return delegate.defaultBaseUri();
  }

  @Override
  public void close() {
    delegate.close();
  }

  public List<TransportRequest> sent() {
    return List.copyOf(sent);
  }
}
