/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import dev.walletsdk.TransportException;
import dev.walletsdk.mock.internal.runtime.Exchange;
import dev.walletsdk.mock.internal.runtime.MockRuntime;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Hands requests straight to the mock, with no sockets and no shortcut past the protocol: the
 * client's bytes are parsed and answered by the same code as over HTTP. Injected faults become the
 * transport failures a network would cause, without any time passing.
 */
public final class InProcessTransport implements Transport {
  private static final URI BASE = URI.create("http://localhost");

  private final MockRuntime runtime;

  /**
   * Creates the transport.
   *
   * @param runtime the mock
   */
  public InProcessTransport(MockRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public TransportResponse execute(TransportRequest request) {
    Exchange exchange = runtime.exchange(request);
    if (exchange instanceof Exchange.Respond respond) {
      Duration timeout = request.timeout().orElse(null);
      if (timeout != null && respond.delay().compareTo(timeout) >= 0) {
        throw new TransportException(
            "no response in time for " + target(request), TransportException.Kind.TIMEOUT, null);
      }
      return respond.response();
    }
    if (exchange instanceof Exchange.Drop) {
      throw new TransportException(
          "connection reset during " + target(request),
          TransportException.Kind.CONNECTION_FAILED,
          null);
    }
    throw new TransportException(
        "response body of " + target(request) + " was cut short",
        TransportException.Kind.CONNECTION_FAILED,
        null);
  }

  private static String target(TransportRequest request) {
    return request.method() + " " + request.uri();
  }

  /** Returns {@code http://localhost}: requests never leave the process. */
  @Override
  public Optional<URI> defaultBaseUri() {
    return Optional.of(BASE);
  }
}
