/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.TransportException;
import java.net.URI;
import java.util.Optional;

/**
 * Sends one HTTP request and returns the whole response: the seam between the client and the
 * network (or the in-process mock backend).
 *
 * <p>Implementations must be thread-safe: one instance serves every call of a client. They do not
 * retry, follow redirects or interpret status codes; the client's pipeline does that. A response
 * with any status, including 4xx and 5xx and a number outside 100 to 599, is returned, not thrown.
 */
public interface Transport extends AutoCloseable {
  /**
   * Sends the request and reads the complete response, honouring {@link
   * TransportRequest#timeout()}.
   *
   * @param request the request to send
   * @return the response
   * @throws TransportException if no complete response was received; its {@link
   *     TransportException#kind()} must say whether the request could have reached the server
   * @throws InvalidResponseException if the response body is larger than the transport accepts (it
   *     stops reading at its limit). The client does not retry it; the request may have been
   *     applied
   */
  TransportResponse execute(TransportRequest request);

  /**
   * Returns the base URI a client should use with this transport when none is configured. Only
   * transports that do not use the network, such as the mock's in-process transport, have one.
   *
   * @return the implied base URI, empty by default
   */
  default Optional<URI> defaultBaseUri() {
    return Optional.empty();
  }

  /** Releases the transport's resources. The default does nothing. */
  @Override
  default void close() {}
}
