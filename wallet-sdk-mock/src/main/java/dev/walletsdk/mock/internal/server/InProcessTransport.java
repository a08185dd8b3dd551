package dev.walletsdk.mock.internal.server;

import dev.walletsdk.mock.internal.http.ApiServer;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.net.URI;
import java.util.Optional;

/** Hands requests straight to the mock's API, with no sockets and no serialization shortcut. */
public final class InProcessTransport implements Transport {
  private static final URI BASE = URI.create("http://localhost");

  private final ApiServer api;

  /**
   * Creates the transport.
   *
   * @param api the mock's API
   */
  public InProcessTransport(ApiServer api) {
    this.api = api;
  }

  @Override
  public TransportResponse execute(TransportRequest request) {
    return api.handle(request);
  }

  /** Returns {@code http://localhost}: requests never leave the process. */
  @Override
  public Optional<URI> defaultBaseUri() {
    return Optional.of(BASE);
  }
}
